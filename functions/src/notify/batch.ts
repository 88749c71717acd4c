/**
 * A grid worker's non-urgent new reports, told together: each joins the worker's batch for the window it was
 * reported in (BATCH_MINUTES, or the whole of their quiet hours at night), and when the window has closed
 * the schedule sends one message — "您负责的楼栋有 3 条新报事" and the queue's link — counting the reports
 * still waiting to be accepted. Urgent reports never wait here (plan.ts).
 *
 * Exactly once: the batch's id is the recipient and its window's start, so the same report joins the same
 * batch however often its trigger runs, and is counted once (a set of ticket ids); the message is an
 * ordinary delivery (deliver.ts) whose source is the batch, so a flush repeated sends nothing new. A report
 * whose trigger arrives after its batch was sent (a late retry) is told on its own.
 *
 * `notifyBatches/{recipientKey}~{windowStartMillis}`: written only here (no rule lets a client near it).
 */
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { BATCH_MINUTES, SWEEP_BATCH } from './config.js';
import { deliver, type Outcome, type Outgoing, type Recipient } from './deliver.js';
import type { Gateways, SmsGateway } from './gateway.js';
import { decide, quietEndsAt, type NotifyPrefs } from './prefs.js';

export const BATCHES = 'notifyBatches';

/**
 * The window a report made at `at` is told in, for a person with these prefs: the BATCH_MINUTES slot it
 * falls in, or, in their quiet hours, the whole quiet spell (one morning message for the night's reports).
 */
export function batchWindow(at: Date, prefs: NotifyPrefs): { start: Date; end: Date } {
  if (decide(prefs, { kind: 'buildingNew', urgent: false }, '-', at).send === 'later') {
    const end = quietEndsAt(at, prefs);
    const span = (prefs.quietEnd - prefs.quietStart + 1440) % 1440;
    return { start: new Date(end.getTime() - span * 60_000), end };
  }
  const slot = BATCH_MINUTES * 60_000;
  const start = Math.floor(at.getTime() / slot) * slot;
  return { start: new Date(start), end: new Date(start + slot) };
}

/**
 * Adds a report to its recipient's batch. `batched` when it joined (or had joined: a repeated trigger),
 * `closed` when that batch was already sent — the caller then tells it on its own.
 */
export async function joinBatch(
  db: Firestore,
  to: Recipient,
  ticketId: string,
  reportedAt: Date,
): Promise<'batched' | 'closed'> {
  const w = batchWindow(reportedAt, to.prefs);
  const ref = db.collection(BATCHES).doc(`${to.key}~${w.start.getTime()}`);
  return db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    if (!snap.exists) {
      tx.create(ref, {
        recipientKey: to.key,
        recipientId: to.uid,
        windowStart: Timestamp.fromDate(w.start),
        windowEnd: Timestamp.fromDate(w.end),
        tickets: [ticketId],
        status: 'open',
        count: null,
        createdAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
      return 'batched' as const;
    }
    const tickets = (snap.get('tickets') ?? []) as string[];
    if (tickets.includes(ticketId)) return 'batched' as const;
    if (snap.get('status') !== 'open') return 'closed' as const;
    tx.update(ref, { tickets: FieldValue.arrayUnion(ticketId), updatedAt: FieldValue.serverTimestamp() });
    return 'batched' as const;
  });
}

/**
 * Sends each batch whose window has closed: one message with the number of its reports still waiting to be
 * accepted (none waiting: no message). The batch is claimed first (`sending`: a report arriving now is
 * told on its own), then delivered — quiet hours and the daily cap as for any message — then marked `done`.
 */
export async function flushBatches(
  db: Firestore,
  gateway: SmsGateway | Gateways,
  appUrl: string,
  person: (uid: string) => Promise<Recipient | null>,
  now: Date,
): Promise<Outcome[]> {
  const due = await db
    .collection(BATCHES)
    .where('status', 'in', ['open', 'sending'])
    .where('windowEnd', '<=', Timestamp.fromDate(now))
    .orderBy('windowEnd')
    .limit(SWEEP_BATCH)
    .get();
  const outcomes: Outcome[] = [];
  for (const doc of due.docs) {
    const tickets = await db.runTransaction(async (tx) => {
      const snap = await tx.get(doc.ref);
      if (snap.get('status') === 'done') return null;
      if (snap.get('status') === 'open')
        tx.update(doc.ref, { status: 'sending', updatedAt: FieldValue.serverTimestamp() });
      return (snap.get('tickets') ?? []) as string[];
    });
    if (!tickets) continue;
    const uid = doc.get('recipientId') as string | null;
    const snaps = tickets.length ? await db.getAll(...tickets.map((id) => db.doc(`tickets/${id}`))) : [];
    const waiting = snaps.filter((s) => s.get('status') === 'submitted').length;
    const to = waiting > 0 && uid ? await person(uid) : null;
    if (to) {
      const out: Outgoing = {
        source: `batch-${doc.id}`,
        kind: 'buildingNew',
        template: 'ticketsNewBatch',
        vars: () => ({ count: String(waiting), link: `${appUrl}/work` }),
        urgent: false,
        ticketId: null,
        eventId: null,
      };
      outcomes.push(await deliver(db, gateway, out, to, now));
    }
    await doc.ref.update({ status: 'done', count: waiting, updatedAt: FieldValue.serverTimestamp() });
  }
  return outcomes;
}
