import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { flushBatches } from './batch.js';
import { STALL_DAYS } from './config.js';
import { deliver, type Outcome, type Outgoing } from './deliver.js';
import type { Env } from './handlers.js';
import { person, recipients } from './handlers.js';
import { communityDay, communityMinute, dayStart } from './clock.js';
import { clip, shortDateTime, type Locale } from './text.js';

/** A ticket's deadline this close is told to whoever owns it ("coming due"). */
export const DUE_SOON_HOURS = 2;
/** The head's overdue summary goes out once a day, from this time (community clock, minutes). */
export const DIGEST_MINUTE = 9 * 60;
/** Event reminders for tomorrow go out from this time today. */
export const REMINDER_MINUTE = 9 * 60;
/** Tickets looked at per run (the oldest deadlines first). */
const TICKETS_PAGE = 300;

type Due = { kind: 'soon' | 'over'; ticketId: string; dueAt: Date };

/** Which open tickets are coming due or overdue now (pure: tests give it tickets and a clock). */
export function dueTickets(tickets: { id: string; dueAt: Date | null }[], now: Date): Due[] {
  const soon = now.getTime() + DUE_SOON_HOURS * 3_600_000;
  return tickets.flatMap((t): Due[] => {
    if (!t.dueAt) return [];
    const due = t.dueAt.getTime();
    if (due <= now.getTime()) return [{ kind: 'over', ticketId: t.id, dueAt: t.dueAt }];
    if (due <= soon) return [{ kind: 'soon', ticketId: t.id, dueAt: t.dueAt }];
    return [];
  });
}

/**
 * Deadlines: the owner of each open ticket hears once when its deadline is two hours away and once when it
 * has passed (per deadline: accepting a ticket sets its next one); the head(s) hear once per ticket of one
 * not accepted in time, and get one summary a day of how many are overdue. Each message is its own delivery record, so a run repeated sends nothing new.
 */
export async function remindDeadlines(env: Env): Promise<Outcome[]> {
  const { db } = env;
  const now = env.now?.() ?? new Date();
  const snap = await db
    .collection('tickets')
    .where('open', '==', true)
    .where('dueAt', '<=', Timestamp.fromMillis(now.getTime() + DUE_SOON_HOURS * 3_600_000))
    .orderBy('dueAt')
    .limit(TICKETS_PAGE)
    .get();
  const tickets = snap.docs.map((d) => ({
    id: d.id,
    dueAt: (d.get('dueAt') as Timestamp | null)?.toDate() ?? null,
    data: d.data(),
  }));
  const outcomes: Outcome[] = [];
  const buildings = new Map<string, string>();
  const buildingNumber = async (id: string) => {
    if (!buildings.has(id))
      buildings.set(id, String((await db.doc(`buildings/${id}`).get()).get('number') ?? ''));
    return buildings.get(id)!;
  };
  let overdue = 0;
  for (const due of dueTickets(tickets, now)) {
    if (due.kind === 'over') overdue++;
    const t = tickets.find((x) => x.id === due.ticketId)!.data;
    const building = await buildingNumber(String(t.buildingId));
    const link = `${env.appUrl}/tickets/${encodeURIComponent(due.ticketId)}`;
    const out: Outgoing = {
      source: `${due.kind === 'over' ? 'over' : 'due'}-${due.ticketId}-${due.dueAt.getTime()}`,
      kind: 'escalations',
      template: due.kind === 'over' ? 'ticketOverdue' : 'ticketDueSoon',
      vars: (locale: Locale) => ({ building, when: shortDateTime(due.dueAt, locale), link }),
      urgent: false,
      ticketId: due.ticketId,
      eventId: null,
    };
    const audience = t.assigneeId
      ? { to: 'user' as const, uid: String(t.assigneeId) }
      : { to: 'heads' as const };
    for (const r of await recipients(db, audience, { householdId: String(t.householdId), viaProxy: false })) {
      outcomes.push(await deliver(db, env.gateway, out, r, now));
    }
    // 督办: not accepted in time (the head's home flags it) — the head hears once per ticket, besides its
    // worker (a ticket nobody owns already went to the head above).
    if (due.kind === 'over' && t.status === 'submitted' && t.assigneeId) {
      const esc: Outgoing = {
        ...out,
        source: `esc-notaccepted-${due.ticketId}`,
        template: 'ticketNotAccepted',
        vars: () => ({ building, link }),
      };
      for (const r of await recipients(db, { to: 'heads' }, { householdId: '', viaProxy: false })) {
        outcomes.push(await deliver(db, env.gateway, esc, r, now));
      }
    }
  }
  if (overdue > 0 && communityMinute(now) >= DIGEST_MINUTE) {
    const count = overdue >= TICKETS_PAGE ? `${TICKETS_PAGE}+` : String(overdue);
    const out: Outgoing = {
      source: `digest-${communityDay(now)}`,
      kind: 'escalations',
      template: 'overdueDigest',
      vars: () => ({ count, link: `${env.appUrl}/admin` }),
      urgent: false,
      ticketId: null,
      eventId: null,
    };
    for (const r of await recipients(db, { to: 'heads' }, { householdId: '', viaProxy: false })) {
      outcomes.push(await deliver(db, env.gateway, out, r, now));
    }
  }
  return outcomes;
}

const DAY_MS = 86_400_000;

type Stall = { kind: 'warn' | 'stalled'; ticketId: string; updatedAt: Date; days: number };

/**
 * Which open tickets nobody has changed for long (pure): STALL_DAYS or more is stalled, as the head's home
 * flags it (督办); a day less is the worker's early warning.
 */
export function stalledTickets(tickets: { id: string; updatedAt: Date | null }[], now: Date): Stall[] {
  return tickets.flatMap((t): Stall[] => {
    if (!t.updatedAt) return [];
    const idle = now.getTime() - t.updatedAt.getTime();
    const days = Math.floor(idle / DAY_MS);
    if (idle >= STALL_DAYS * DAY_MS)
      return [{ kind: 'stalled', ticketId: t.id, updatedAt: t.updatedAt, days }];
    if (idle >= (STALL_DAYS - 1) * DAY_MS)
      return [{ kind: 'warn', ticketId: t.id, updatedAt: t.updatedAt, days }];
    return [];
  });
}

/**
 * Work nobody has moved: the ticket's worker is warned when it has sat STALL_DAYS − 1 days (once per quiet
 * spell: a change starts a new one), and the head(s) hear when it has sat STALL_DAYS (once per ticket —
 * the head's home keeps listing it). A ticket nobody owns warns nobody early; the head hears of it then.
 * Each run looks only at tickets that crossed a threshold within the last day (two days' band), so the
 * reads stay with the few tickets that are becoming stalled, not every one that ever was.
 */
export async function remindStalled(env: Env): Promise<Outcome[]> {
  const { db } = env;
  const now = env.now?.() ?? new Date();
  const snap = await db
    .collection('tickets')
    .where('open', '==', true)
    .where('updatedAt', '<=', Timestamp.fromMillis(now.getTime() - (STALL_DAYS - 1) * DAY_MS))
    .where('updatedAt', '>', Timestamp.fromMillis(now.getTime() - (STALL_DAYS + 1) * DAY_MS))
    .orderBy('updatedAt')
    .limit(TICKETS_PAGE)
    .get();
  const byId = new Map(snap.docs.map((d) => [d.id, d.data()]));
  const tickets = snap.docs.map((d) => ({
    id: d.id,
    updatedAt: (d.get('updatedAt') as Timestamp | null)?.toDate() ?? null,
  }));
  const outcomes: Outcome[] = [];
  const buildings = new Map<string, string>();
  const buildingNumber = async (id: string) => {
    if (!buildings.has(id))
      buildings.set(id, String((await db.doc(`buildings/${id}`).get()).get('number') ?? ''));
    return buildings.get(id)!;
  };
  for (const s of stalledTickets(tickets, now)) {
    const t = byId.get(s.ticketId)!;
    if (s.kind === 'warn' && !t.assigneeId) continue;
    const building = await buildingNumber(String(t.buildingId));
    const out: Outgoing = {
      source:
        s.kind === 'stalled'
          ? `esc-stalled-${s.ticketId}`
          : `stallwarn-${s.ticketId}-${s.updatedAt.getTime()}`,
      kind: 'escalations',
      template: s.kind === 'stalled' ? 'ticketStalled' : 'ticketStalling',
      vars: () => ({
        building,
        days: String(s.days),
        link: `${env.appUrl}/tickets/${encodeURIComponent(s.ticketId)}`,
      }),
      urgent: false,
      ticketId: s.ticketId,
      eventId: null,
    };
    const audience =
      s.kind === 'stalled' ? { to: 'heads' as const } : { to: 'user' as const, uid: String(t.assigneeId) };
    for (const r of await recipients(db, audience, { householdId: String(t.householdId), viaProxy: false })) {
      outcomes.push(await deliver(db, env.gateway, out, r, now));
    }
  }
  return outcomes;
}

/** The day before an event, from 09:00: everyone with a confirmed place hears when it starts. */
export async function remindEvents(env: Env): Promise<Outcome[]> {
  const { db } = env;
  const now = env.now?.() ?? new Date();
  if (communityMinute(now) < REMINDER_MINUTE) return [];
  const tomorrow = dayStart(communityDay(new Date(now.getTime() + 86_400_000)));
  const after = new Date(tomorrow.getTime() + 86_400_000);
  const events = await db
    .collection('events')
    .where('status', '==', 'published')
    .where('startAt', '>=', Timestamp.fromDate(tomorrow))
    .where('startAt', '<', Timestamp.fromDate(after))
    .orderBy('startAt')
    .limit(50)
    .get();
  const outcomes: Outcome[] = [];
  for (const ev of events.docs) {
    const places = await ev.ref.collection('signups').where('status', '==', 'confirmed').limit(500).get();
    for (const place of places.docs) {
      const out: Outgoing = {
        source: `rem-${ev.id}-${place.id}`,
        kind: 'events',
        template: 'eventTomorrow',
        vars: (locale) => ({
          title: clip(String(ev.get('title') ?? '')),
          when: shortDateTime((ev.get('startAt') as Timestamp).toDate(), locale),
          link: `${env.appUrl}/events/${encodeURIComponent(ev.id)}`,
        }),
        urgent: false,
        ticketId: null,
        eventId: ev.id,
      };
      for (const r of await recipients(
        db,
        { to: 'user', uid: place.id },
        { householdId: '', viaProxy: false },
      )) {
        outcomes.push(await deliver(db, env.gateway, out, r, now));
      }
    }
  }
  return outcomes;
}

/** The batches of new reports whose window has closed (batch.ts). */
export function sendBatches(env: Env): Promise<Outcome[]> {
  const now = env.now?.() ?? new Date();
  return flushBatches(env.db, env.gateway, env.appUrl, (uid) => person(env.db, uid), now);
}

/** Everything the schedule does: deadlines, stalled work, batches of new reports, event reminders, then
 * what is due to be sent. */
export async function scheduled(env: Env, sweepDue: (db: Firestore, now: Date) => Promise<Outcome[]>) {
  const now = env.now?.() ?? new Date();
  return [
    ...(await remindDeadlines(env)),
    ...(await remindStalled(env)),
    ...(await sendBatches(env)),
    ...(await remindEvents(env)),
    ...(await sweepDue(env.db, now)),
  ];
}
