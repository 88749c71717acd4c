import {
  FieldValue,
  Timestamp,
  type DocumentReference,
  type Firestore,
  type Transaction,
} from 'firebase-admin/firestore';
import {
  RETRY_MINUTES,
  SEND_ATTEMPTS,
  SMS_PER_PERSON_PER_DAY,
  STUCK_MINUTES,
  SWEEP_BATCH,
} from './config.js';
import type { SmsGateway } from './gateway.js';
import { deliveryId } from './plan.js';
import { communityDay, communityMonth } from './clock.js';
import { decide, type Kind, type NotifyPrefs } from './prefs.js';
import { render, type Locale, type Template } from './text.js';

/** A person (or a household's phone, for one reported by proxy without the app) a message may go to. */
export interface Recipient {
  /** The uid, or `hh-<householdId>` for a household phone. */
  key: string;
  uid: string | null;
  householdId: string | null;
  phone: string | null;
  locale: Locale;
  prefs: NotifyPrefs;
}

/** One thing worth telling, before it is addressed to anybody. */
export interface Outgoing {
  /** What happened, unique per event (`t-<ticket>-<entry>`, `s-<event>-<uid>-confirmed`). */
  source: string;
  kind: Kind;
  template: Template;
  /** The template's variables but the date formats, per locale (`vars(locale)`). */
  vars: (locale: Locale) => Record<string, string>;
  urgent: boolean;
  ticketId: string | null;
  eventId: string | null;
}

/** `notifications/{id}` — one per event × recipient × channel; written only here (rules: no client writes). */
export type DeliveryStatus = 'sending' | 'sent' | 'deferred' | 'retry' | 'failed' | 'skipped' | 'capped';

export const NOTIFICATIONS = 'notifications';

/** What became of one message: `duplicate` when this event had already been handled for this person. */
export type Outcome = DeliveryStatus | 'duplicate';

const dailyRef = (db: Firestore, key: string, at: Date) => db.doc(`smsDaily/${key}~${communityDay(at)}`);
const monthlyRef = (db: Firestore, at: Date) => db.doc(`smsMonthly/${communityMonth(at)}`);

/**
 * In a transaction: takes one of the person's text messages for today (community day), or says the day's
 * cap is reached (then nothing is written).
 */
async function takeToday(tx: Transaction, db: Firestore, key: string, now: Date): Promise<boolean> {
  const daily = dailyRef(db, key, now);
  const count = ((await tx.get(daily)).get('count') as number | undefined) ?? 0;
  if (count >= SMS_PER_PERSON_PER_DAY) return false;
  tx.set(daily, { count: count + 1, updatedAt: FieldValue.serverTimestamp() }, { merge: true });
  return true;
}

/**
 * Records and sends one message to one recipient, exactly once per event: the delivery record is created in
 * a transaction that first reads it (a retried or doubled trigger finds it and sends nothing), together with
 * the person's daily count. Then the provider is called; its answer is recorded (sent, or retried later with
 * backoff, finally failed). A message in the person's quiet hours waits (`deferred`) for the sweeper.
 */
export async function deliver(
  db: Firestore,
  gateway: SmsGateway,
  out: Outgoing,
  to: Recipient,
  now: Date = new Date(),
): Promise<Outcome> {
  const ref = db.collection(NOTIFICATIONS).doc(deliveryId(out.source, to.key, 'sms'));
  const decision = decide(to.prefs, out, to.phone, now);
  const params = out.vars(to.locale);
  const text = render(out.template, params, to.locale);
  const status = await db.runTransaction(async (tx) => {
    const existing = await tx.get(ref);
    if (existing.exists) return 'duplicate' as const;
    let status: DeliveryStatus;
    let reason: string | null = null;
    if (decision.send === 'never') {
      status = 'skipped';
      reason = decision.reason;
    } else if (decision.send === 'later') {
      status = 'deferred';
      reason = 'quietHours';
    } else if (await takeToday(tx, db, to.key, now)) {
      status = 'sending';
    } else {
      status = 'capped';
      reason = 'dailyCap';
    }
    tx.create(ref, {
      recipientId: to.uid,
      recipientKey: to.key,
      householdId: to.householdId,
      to: to.phone,
      channel: 'sms',
      kind: out.kind,
      template: out.template,
      params,
      text,
      urgent: out.urgent,
      ticketId: out.ticketId,
      eventId: out.eventId,
      status,
      reason,
      attempts: 0,
      sendAfter: decision.send === 'later' ? Timestamp.fromDate(decision.at) : null,
      claimedAt: status === 'sending' ? Timestamp.fromDate(now) : null,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      sentAt: null,
      provider: null,
      providerId: null,
      error: null,
    });
    if (status === 'capped')
      tx.set(monthlyRef(db, now), { capped: FieldValue.increment(1) }, { merge: true });
    return status;
  });
  if (status === 'sending') return attempt(db, gateway, ref, now);
  return status;
}

/** Calls the provider for a claimed (`sending`) record and records what it said. */
async function attempt(
  db: Firestore,
  gateway: SmsGateway,
  ref: DocumentReference,
  now: Date,
): Promise<Outcome> {
  const snap = await ref.get();
  const d = snap.data() as {
    to: string;
    template: Template;
    params: Record<string, string>;
    text: string;
    attempts: number;
  };
  const attempts = (d.attempts ?? 0) + 1;
  try {
    const { id } = await gateway.send({ to: d.to, template: d.template, params: d.params, text: d.text });
    const batch = db.batch();
    batch.update(ref, {
      status: 'sent',
      attempts,
      sentAt: FieldValue.serverTimestamp(),
      provider: gateway.name,
      providerId: id,
      error: null,
      updatedAt: FieldValue.serverTimestamp(),
    });
    batch.set(
      monthlyRef(db, now),
      { sent: FieldValue.increment(1), updatedAt: FieldValue.serverTimestamp() },
      { merge: true },
    );
    await batch.commit();
    return 'sent';
  } catch (e) {
    const error = String(e instanceof Error ? e.message : e).slice(0, 300);
    const failed = attempts >= SEND_ATTEMPTS;
    const batch = db.batch();
    batch.update(ref, {
      status: failed ? 'failed' : 'retry',
      attempts,
      provider: gateway.name,
      error,
      sendAfter: failed
        ? null
        : Timestamp.fromMillis(now.getTime() + (RETRY_MINUTES[attempts] ?? 10) * 60_000),
      updatedAt: FieldValue.serverTimestamp(),
    });
    if (failed) batch.set(monthlyRef(db, now), { failed: FieldValue.increment(1) }, { merge: true });
    await batch.commit();
    return failed ? 'failed' : 'retry';
  }
}

/**
 * Sends what is due: messages that waited out quiet hours, and retries whose time has come; a send claimed
 * long ago and never finished (the process died mid-call) is tried again — the one case where a person
 * could get a message twice, rather than never. Each record is claimed in a transaction, so two sweeps at
 * once send it once. Runs on a schedule in production, every minute beside the emulators (`npm start`).
 */
export async function sweep(db: Firestore, gateway: SmsGateway, now: Date = new Date()) {
  const col = db.collection(NOTIFICATIONS);
  const stuck = await col
    .where('status', '==', 'sending')
    .where('claimedAt', '<=', Timestamp.fromMillis(now.getTime() - STUCK_MINUTES * 60_000))
    .limit(SWEEP_BATCH)
    .get();
  for (const doc of stuck.docs) {
    await doc.ref.update({
      status: 'retry',
      sendAfter: Timestamp.fromDate(now),
      updatedAt: FieldValue.serverTimestamp(),
    });
  }
  const due = await col
    .where('status', 'in', ['deferred', 'retry'])
    .where('sendAfter', '<=', Timestamp.fromDate(now))
    .orderBy('sendAfter')
    .limit(SWEEP_BATCH)
    .get();
  const outcomes: Outcome[] = [];
  for (const doc of due.docs) {
    const claimed = await db.runTransaction(async (tx) => {
      const snap = await tx.get(doc.ref);
      const status = snap.get('status') as DeliveryStatus;
      const sendAfter = snap.get('sendAfter') as Timestamp | null;
      if (
        (status !== 'deferred' && status !== 'retry') ||
        !sendAfter ||
        sendAfter.toMillis() > now.getTime()
      ) {
        return null;
      }
      // A deferred message counts on the day it goes out.
      if (status === 'deferred' && !(await takeToday(tx, db, snap.get('recipientKey') as string, now))) {
        tx.update(doc.ref, {
          status: 'capped',
          reason: 'dailyCap',
          sendAfter: null,
          updatedAt: FieldValue.serverTimestamp(),
        });
        tx.set(monthlyRef(db, now), { capped: FieldValue.increment(1) }, { merge: true });
        return 'capped' as const;
      }
      tx.update(doc.ref, {
        status: 'sending',
        claimedAt: Timestamp.fromDate(now),
        updatedAt: FieldValue.serverTimestamp(),
      });
      return 'sending' as const;
    });
    if (claimed === 'sending') outcomes.push(await attempt(db, gateway, doc.ref, now));
    else if (claimed) outcomes.push(claimed);
  }
  return outcomes;
}
