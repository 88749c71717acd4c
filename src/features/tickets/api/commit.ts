/**
 * The write plans of ticket operations, assembled from `writes.ts` and committed against any Firestore client:
 * the app's (through `mutations.ts`) or a script's own clients (the load test, scripts/lib/load.ts). Each
 * plan is plain data (src/lib/write-plan.ts) run as one batch by the one decoder (src/lib/plan-commit.ts);
 * each resolves when the server has accepted the whole batch; the rules refuse it whole or accept it whole.
 * These functions (and the transactions in them) are the operations a Firestore worker will run by name.
 *
 * A refusal is not always what it seems: when a connection drops after the server applied a batch but
 * before its answer arrived, the SDK sends the batch again, and the rules rightly refuse the copy (the
 * report exists now; the timeline is append-only). Every batch writes a document with a fresh id, so a
 * refusal is checked against the server: if that document is there, the write arrived and it resolves.
 * (Found by the load run: about one report in 500 under load.)
 */
import type { DocumentReference, Firestore } from 'firebase/firestore';
import type { Ticket } from '../types';
import {
  changeWrites,
  mergeTargetWrites,
  newTicketWrites,
  photoWrite,
  remarkWrite,
  replyStamp,
  type Actor,
  type Change,
  type NewTicketInput,
  type NewTicketWrites,
  type PhotoInput,
  type TicketState,
  type VoiceInput,
  voiceWrite,
} from './writes';
import { isRefused } from '../../../lib/error-kind'; // relative: scripts run this file under tsx
import { commitPlanWith, type PlanFs } from '../../../lib/plan-commit';
import { planSdk, type PlainDoc, type WritePlan } from '../../../lib/write-plan';

type Fs = typeof import('firebase/firestore');
/** The Firestore functions the operations use (the app passes its backend, scripts the SDK module). */
export type CommitSdk = Pick<Fs, 'doc' | 'collection' | 'runTransaction' | 'Timestamp'> & PlanFs;

/** Commits; a refusal whose `proof` (a new document of this write) is on the server counts as success. */
async function commit(b: CommitSdk, send: () => Promise<void>, proof: DocumentReference) {
  try {
    await send();
  } catch (e) {
    if (!isRefused(e)) throw e;
    let arrived = false;
    try {
      // A transaction's read always asks the server and answers at once (a refused one-off listen, as
      // getDocFromServer makes, can take a minute to give up).
      arrived = await b.runTransaction(proof.firestore, async (tx) => (await tx.get(proof)).exists());
    } catch {
      // Not readable (or no connection): it did not arrive as far as we can tell; keep the refusal.
    }
    if (!arrived) throw e;
  }
}

/**
 * A new report: the ticket, its first timeline entry, its public mirror, the month's counters, the day's
 * warning signals, the household's count of the day, its photos, its voice message.
 */
export async function commitNewTicket(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  input: NewTicketInput,
  photos: PhotoInput[],
  voice: VoiceInput | null = null,
) {
  const plan = newTicketPlan(
    input.id,
    newTicketWrites(planSdk, actor, {
      ...input,
      photoCount: photos.length,
      voiceSeconds: voice?.seconds ?? null,
    }),
    photos.map((p) => photoWrite(planSdk, actor, p)),
    voice && voiceWrite(planSdk, actor, voice),
  );
  await commit(b, () => commitPlanWith(b, db, plan), b.doc(db, 'tickets', input.id));
}

/**
 * The one plan of a new report, from its writes (the rules tests pass writes they have altered, and a voice
 * message's document under another id).
 */
export function newTicketPlan(
  id: string,
  w: NewTicketWrites,
  photoDocs: PlainDoc[],
  voiceDoc: PlainDoc | null = null,
  voiceId = 'v1',
): WritePlan {
  const t = `tickets/${id}`;
  return [
    { op: 'set', path: t, data: w.ticket },
    { op: 'set', path: `${t}/timeline/created`, data: w.created },
    ...(w.publicTicket ? [{ op: 'set', path: `publicTickets/${id}`, data: w.publicTicket } as const] : []),
    { op: 'set', path: `stats/${w.stats.period}`, data: w.stats.data, merge: true },
    // (a test's hostile report leaves the signal out)
    ...(w.signal.day
      ? [{ op: 'set', path: `signals/${w.signal.day}`, data: w.signal.data, merge: true } as const]
      : []),
    ...(w.reportDay
      ? [{ op: 'set', path: w.reportDay.path, data: w.reportDay.data, merge: true } as const]
      : []),
    ...photoDocs.map((p, i) => ({ op: 'set', path: `${t}/photos/p${i + 1}`, data: p }) as const),
    ...(voiceDoc ? [{ op: 'set', path: `${t}/voice/${voiceId}`, data: voiceDoc } as const] : []),
  ];
}

/**
 * A state change (or transfer, or a photo's count) with its timeline entry and public mirror. Resolves to
 * the new timeline entry's id.
 *
 * A counted change (acceptance, resolution, rating, reopening) adds to the month's summary what the rules
 * compute from the time it reaches the server: the month, and how long after the report it came. A change
 * that waited on the phone (made offline before midnight on a month's last day and sent after it, or queued
 * for longer than the few minutes the rules allow a phone's clock to be off) is refused for that. If the
 * ticket on the server is still as it was, the same change is made again as of now, once.
 */
export async function commitChange(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticket: TicketState & Pick<Ticket, 'photoCount'>,
  change: Change,
  photo?: PhotoInput,
) {
  try {
    return await sendChange(b, db, actor, ticket, change, photo, new Date());
  } catch (e) {
    if (!isRefused(e)) throw e;
    if (!changeWrites(planSdk, actor, ticket, change).stats) throw e;
    let unchanged = false;
    try {
      unchanged = await b.runTransaction(db, async (tx) => {
        const d = (await tx.get(b.doc(db, 'tickets', ticket.id))).data();
        return (
          d?.status === ticket.status &&
          (d?.assigneeId ?? null) === ticket.assigneeId &&
          d?.photoCount === ticket.photoCount
        );
      });
    } catch {
      // Not readable now (or no connection): keep the refusal.
    }
    if (!unchanged) throw e;
    return sendChange(b, db, actor, ticket, change, photo, new Date());
  }
}

async function sendChange(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticket: TicketState & Pick<Ticket, 'photoCount'>,
  change: Change,
  photo: PhotoInput | undefined,
  at: Date,
) {
  const w = changeWrites(planSdk, actor, ticket, change, at);
  const entry = b.doc(b.collection(db, 'tickets', ticket.id, 'timeline'));
  const eventId = entry.id;
  const plan = changePlan(ticket.id, w, eventId);
  if (change.kind === 'addPhoto') {
    if (!photo) throw new Error('addPhoto needs a photo');
    plan.push({
      op: 'set',
      path: `tickets/${ticket.id}/photos/p${ticket.photoCount + 1}`,
      data: photoWrite(planSdk, actor, photo),
    });
  }
  await commit(b, () => commitPlanWith(b, db, plan), entry);
  return eventId;
}

/** The plan of a change: the ticket, its entry `eventId`, its mirror, the month's summary (rules tests too). */
export function changePlan(ticketId: string, w: ReturnType<typeof changeWrites>, eventId: string): WritePlan {
  const t = `tickets/${ticketId}`;
  const plan: WritePlan = [
    { op: 'update', path: t, data: { ...w.ticket, lastEventId: eventId } },
    { op: 'set', path: `${t}/timeline/${eventId}`, data: w.entry },
  ];
  if (w.publicTicket) plan.push({ op: 'update', path: `publicTickets/${ticketId}`, data: w.publicTicket });
  if (w.stats) plan.push({ op: 'set', path: `stats/${w.stats.period}`, data: w.stats.data, merge: true });
  return plan;
}

/**
 * A duplicate merged into another open ticket: the duplicate's change (status `merged`, its entry, its
 * mirror) and the other ticket's list of what was merged into it (with its entry), in one transaction, so
 * the list read is the list written (two merges into one ticket at once: the second is made again on the
 * first's list). Resolves to the duplicate's new entry id.
 */
export async function commitMerge(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticket: TicketState,
  targetId: string,
  note: string,
) {
  // A transaction (it reads the other ticket's list): the SDK's own sentinels, as before plans.
  const sdk = {
    serverTimestamp: b.serverTimestamp,
    fromDate: (d: Date) => b.Timestamp.fromDate(d),
    increment: b.increment,
  };
  const entry = b.doc(b.collection(db, 'tickets', ticket.id, 'timeline'));
  const targetEntry = b.doc(b.collection(db, 'tickets', targetId, 'timeline'));
  const w = changeWrites(sdk, actor, ticket, { kind: 'merge', intoId: targetId, note });
  await b.runTransaction(db, async (tx) => {
    const target = await tx.get(b.doc(db, 'tickets', targetId));
    const listed: unknown = target.data()?.mergedFrom;
    const mergedFrom = Array.isArray(listed) ? listed.filter((x): x is string => typeof x === 'string') : [];
    const t = mergeTargetWrites(sdk, actor, { mergedFrom }, ticket.id);
    tx.update(b.doc(db, 'tickets', ticket.id), { ...w.ticket, lastEventId: entry.id });
    tx.set(entry, w.entry);
    if (w.publicTicket) tx.update(b.doc(db, 'publicTickets', ticket.id), w.publicTicket);
    tx.update(b.doc(db, 'tickets', targetId), { ...t.ticket, lastEventId: targetEntry.id });
    tx.set(targetEntry, t.entry);
  });
  return entry.id;
}

/** A remark that changes nothing on the ticket (a reply only stamps it). Resolves to the entry's id. */
export async function commitRemark(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticketId: string,
  type: 'comment' | 'reply' | 'note',
  text: string,
) {
  const ref = b.doc(b.collection(db, 'tickets', ticketId, 'timeline'));
  const plan: WritePlan = [{ op: 'set', path: ref.path, data: remarkWrite(planSdk, actor, type, text) }];
  if (type === 'reply') {
    plan.push({ op: 'update', path: `tickets/${ticketId}`, data: replyStamp(planSdk, ref.id) });
  }
  await commit(b, () => commitPlanWith(b, db, plan), ref);
  return ref.id;
}
