/**
 * Ticket writes through the backend. Each function commits one write plan built from `writes.ts` (the shapes
 * the rules accept) as one batch (./commit.ts; `commitPlan`). A batch made offline is queued by Firestore's persistent cache and sent when the phone
 * is back online; the promise settles only when the server answers.
 */
import { getBackend } from '@/lib/backend';
import { commitPlan, newDocId, planSdk, type WritePlan } from '@/lib/commit-plan';
import { ticketConverter } from '@/lib/converters/tickets';
import type { Ticket } from '../types';
import { commitChange, commitMerge, commitNewTicket, commitRemark } from './commit';
import {
  changeWrites,
  reportDayPath,
  type Actor,
  type Change,
  type NewTicketInput,
  type PhotoInput,
  type VoiceInput,
} from './writes';
import { addMessages } from '@/i18n';
import outboxMessages from '@/i18n/zh-CN.outbox';
import { isRefused } from '@/lib/errors';
import { dayKey } from '@/lib/period';
import { reportsPerHouseholdDayMax } from '@/lib/policy';

/** A new id for a ticket, made on the phone so that a queued report keeps its identity. */
export async function newTicketId() {
  const b = await getBackend();
  return b.doc(b.collection(b.db, 'tickets')).id;
}

export async function submitTicket(
  actor: Actor,
  input: NewTicketInput,
  photos: PhotoInput[],
  voice: VoiceInput | null = null,
) {
  const b = await getBackend();
  await commitNewTicket(b, b.db, actor, input, photos, voice);
}

/**
 * How many reports the household has filed on `day` (its own; the rules cap them), as the server has it;
 * null when that cannot be told within a few seconds (a weak signal: the report is sent, and the server
 * decides).
 */
export async function reportsFiledOn(householdId: string, day: string): Promise<number | null> {
  const b = await getBackend();
  const read = b
    .getDocFromServer(b.doc(b.db, reportDayPath(day, householdId)))
    .then((s) => (s.get('count') as number | undefined) ?? 0);
  const late = new Promise<null>((r) => setTimeout(() => r(null), 3_000));
  return Promise.race([read.catch(() => null), late]);
}

// The words for a report refused because the household's reports of the day are used up arrive with the
// code that finds out (the report form shows them as soon as this says so).
addMessages(outboxMessages);

/**
 * Whether the household's reports of the day this one was written are used up (a resident's own report;
 * false when that cannot be told: the server decides).
 */
export async function reportLimitReached(
  input: Pick<NewTicketInput, 'proxyFor' | 'household'> & { writtenAt: Date | string },
) {
  if (input.proxyFor !== undefined) return false;
  const filed = await reportsFiledOn(input.household.id, dayKey(new Date(input.writtenAt)));
  return filed !== null && filed >= reportsPerHouseholdDayMax;
}

/** Whether the server has the ticket (used to settle reports queued before a reload). */
export async function ticketReachedServer(id: string) {
  const b = await getBackend();
  await b.waitForPendingWrites(b.db);
  try {
    return (await b.getDocFromServer(b.doc(b.db, 'tickets', id))).exists();
  } catch (e) {
    // Not allowed to read it means it does not exist for us.
    if (isRefused(e)) return false;
    throw e;
  }
}

/** A state change (or transfer, or a photo's count) with its timeline entry and public mirror. */
export async function changeTicket(actor: Actor, ticket: Ticket, change: Change, photo?: PhotoInput) {
  const b = await getBackend();
  await commitChange(b, b.db, actor, ticket, change, photo);
}

/** Merges a duplicate into another open ticket of its building (both sides, one transaction). */
export async function mergeTicket(actor: Actor, ticket: Ticket, targetId: string, note: string) {
  const b = await getBackend();
  await commitMerge(b, b.db, actor, ticket, targetId, note);
}

export async function addRemark(
  actor: Actor,
  ticketId: string,
  type: 'comment' | 'reply' | 'note',
  text: string,
) {
  const b = await getBackend();
  await commitRemark(b, b.db, actor, ticketId, type, text);
}

/** "Me too": follow another household's open ticket instead of filing a duplicate. */
export async function followTicket(uid: string, householdId: string, ticketId: string) {
  await commitPlan([
    { op: 'update', path: `publicTickets/${ticketId}`, data: { followerCount: planSdk.increment(1) } },
    {
      op: 'set',
      path: `publicTickets/${ticketId}/followers/${uid}`,
      data: { uid, householdId, createdAt: planSdk.serverTimestamp() },
    },
  ]);
}

export async function unfollowTicket(uid: string, ticketId: string) {
  await commitPlan([
    { op: 'update', path: `publicTickets/${ticketId}`, data: { followerCount: planSdk.increment(-1) } },
    { op: 'delete', path: `publicTickets/${ticketId}/followers/${uid}` },
  ]);
}

/** How many open tickets `assigneeId` has now (an aggregation query: one read). */
export async function countOpenTickets(assigneeId: string) {
  const b = await getBackend();
  const snap = await b.getCountFromServer(
    b.query(
      b.collection(b.db, 'tickets'),
      b.where('assigneeId', '==', assigneeId),
      b.where('open', '==', true),
    ),
  );
  return snap.data().count;
}

/**
 * Hands every open ticket matching `where` (a departed worker's, or a building's — `unassigned`: only those
 * nobody has, as a new worker takes them up) to another worker, or (`to` null: the head only) back to the
 * queue nobody has (待分派), as `transferTickets` does.
 */
export async function reassignOpenTickets(
  actor: Actor,
  where: { assigneeId: string | null } | { buildingId: string; unassigned?: boolean },
  to: { id: string; name: string } | null,
  note: string,
) {
  const b = await getBackend();
  const [field, value] =
    'buildingId' in where ? ['buildingId', where.buildingId] : ['assigneeId', where.assigneeId];
  const snap = await b.getDocs(
    b.query(
      b.collection(b.db, 'tickets').withConverter(ticketConverter),
      b.where(field, '==', value),
      ...('unassigned' in where && where.unassigned ? [b.where('assigneeId', '==', null)] : []),
      b.where('open', '==', true),
    ),
  );
  return transferTickets(
    actor,
    snap.docs.map((d) => d.data()),
    to,
    note,
  );
}

/**
 * Hands the tickets chosen on the desk's queue table to another staff member, or (`to` null: the head
 * only) back to the queue nobody has (待分派), each with its transfer entry (an internal note); those
 * already with `to`, or no longer open, are left. Small batches (the rules may read at most 20 documents per
 * batch). How many moved.
 */
export async function transferTickets(
  actor: Actor,
  tickets: readonly Ticket[],
  to: { id: string; name: string } | null,
  note: string,
) {
  const moving = tickets.filter((t) => t.open && t.assigneeId !== (to?.id ?? null));
  for (let i = 0; i < moving.length; i += 5) {
    const plan: WritePlan = [];
    for (const t of moving.slice(i, i + 5)) {
      const w = changeWrites(planSdk, actor, t, {
        kind: 'transfer',
        toId: to?.id ?? null,
        toName: to?.name ?? null,
        note,
      });
      const eventId = newDocId();
      plan.push(
        { op: 'update', path: `tickets/${t.id}`, data: { ...w.ticket, lastEventId: eventId } },
        { op: 'set', path: `tickets/${t.id}/timeline/${eventId}`, data: w.entry },
      );
    }
    await commitPlan(plan);
  }
  return moving.length;
}
