import {
  FieldValue,
  Timestamp,
  type DocumentReference,
  type Firestore,
  type Transaction,
} from 'firebase-admin/firestore';
import {
  PUSH_DEVICES_MAX,
  RETRY_MINUTES,
  SEND_ATTEMPTS,
  SMS_PER_PERSON_PER_DAY,
  STUCK_MINUTES,
  SWEEP_BATCH,
} from './config.js';
import { channels, type Gateways, type SmsGateway } from './gateway.js';
import { deliveryId } from './plan.js';
import { communityDay, communityMonth } from './clock.js';
import { decide, decidePush, type Kind, type NotifyPrefs } from './prefs.js';
import { isGone, PUSH_TTL_SECONDS, pushPayload, type PushGateway, type PushTarget } from './push.js';
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
 * Tells one recipient of one event by each channel they chose: a text message (its outcome is returned) and,
 * when a push gateway is given, a notification to their phones (`deliverPush`). Each channel has its own
 * delivery record, so each is sent once.
 */
export async function deliver(
  db: Firestore,
  gateway: SmsGateway | Gateways,
  out: Outgoing,
  to: Recipient,
  now: Date = new Date(),
): Promise<Outcome> {
  const { sms, push } = channels(gateway);
  const outcome = await deliverSms(db, sms, out, to, now);
  if (push) await deliverPush(db, push, out, to, now);
  return outcome;
}

/**
 * Records and sends one text message to one recipient, exactly once per event: the delivery record is
 * created in a transaction that first reads it (a retried or doubled trigger finds it and sends nothing),
 * together with the person's daily count. Then the provider is called; its answer is recorded (sent, or
 * retried later with backoff, finally failed). A message in the person's quiet hours waits (`deferred`) for
 * the sweeper.
 */
export async function deliverSms(
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
export async function sweep(db: Firestore, gateway: SmsGateway | Gateways, now: Date = new Date()) {
  const { sms, push } = channels(gateway);
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
    const isPush = doc.get('channel') === 'push';
    if (isPush && !push) continue; // (a caller that sends text messages only)
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
    if (claimed === 'sending')
      outcomes.push(
        await (isPush && push ? attemptPush(db, push, doc.ref, now) : attempt(db, sms, doc.ref, now)),
      );
    else if (claimed) outcomes.push(claimed);
  }
  return outcomes;
}

/** `pushSubscriptions/{uid}/devices`: the phones a person turned notifications on for. */
const devicesOf = (db: Firestore, uid: string) =>
  db.collection('pushSubscriptions').doc(uid).collection('devices');

/**
 * Notifies one recipient's phones of one event, exactly once as a text message is: the `…~push` delivery
 * record is created in a transaction that first reads it, naming the phones to reach (`pending`); each
 * phone the push service takes, or says is gone (404/410: that subscription is removed), leaves the list;
 * phones left are tried again with backoff, finally recorded as failed. No record when nothing would be
 * sent (no account, no phone turned on, this kind or everything turned off): a person without phones costs
 * one read, not a write. Quiet hours do not hold a notification back: it goes silently (`decidePush`).
 * Notifications are free: no daily cap, not counted in `smsMonthly`.
 */
export async function deliverPush(
  db: Firestore,
  push: PushGateway,
  out: Outgoing,
  to: Recipient,
  now: Date = new Date(),
): Promise<Outcome | null> {
  if (!to.uid) return null;
  const decision = decidePush(to.prefs, out, now);
  if (decision.send === 'never') return null;
  const devices = await devicesOf(db, to.uid).limit(PUSH_DEVICES_MAX).get();
  if (devices.empty) return null;
  const ref = db.collection(NOTIFICATIONS).doc(deliveryId(out.source, to.key, 'push'));
  const params = out.vars(to.locale);
  const payload = pushPayload(out.template, params, to.locale, decision.silent);
  const created = await db.runTransaction(async (tx) => {
    if ((await tx.get(ref)).exists) return false;
    tx.create(ref, {
      recipientId: to.uid,
      recipientKey: to.key,
      householdId: to.householdId,
      to: null,
      channel: 'push',
      kind: out.kind,
      template: out.template,
      params,
      text: `${payload.title}：${payload.body}`,
      payload: JSON.stringify(payload),
      silent: payload.silent,
      urgent: out.urgent,
      ticketId: out.ticketId,
      eventId: out.eventId,
      status: 'sending',
      reason: payload.silent ? 'quietHours' : null,
      pending: devices.docs.map((d) => d.id),
      delivered: 0,
      attempts: 0,
      sendAfter: null,
      claimedAt: Timestamp.fromDate(now),
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      sentAt: null,
      provider: null,
      providerId: null,
      error: null,
    });
    return true;
  });
  if (!created) return 'duplicate';
  return attemptPush(db, push, ref, now);
}

/** Sends a claimed (`sending`) push record to each phone still pending, and records what became of it. */
async function attemptPush(
  db: Firestore,
  push: PushGateway,
  ref: DocumentReference,
  now: Date,
): Promise<Outcome> {
  const d = (await ref.get()).data() as {
    recipientId: string;
    payload: string;
    urgent: boolean;
    silent: boolean;
    pending: string[];
    delivered: number;
    attempts: number;
  };
  const attempts = (d.attempts ?? 0) + 1;
  const pending: string[] = [];
  let delivered = d.delivered ?? 0;
  let providerId: string | null = null;
  let error: string | null = null;
  for (const id of d.pending ?? []) {
    const device = await devicesOf(db, d.recipientId).doc(id).get();
    if (!device.exists) continue; // turned off on that phone since
    const target: PushTarget = {
      endpoint: device.get('endpoint') as string,
      keys: { p256dh: device.get('p256dh') as string, auth: device.get('auth') as string },
    };
    try {
      const res = await push.send(target, d.payload, {
        ttl: PUSH_TTL_SECONDS,
        urgency: d.urgent ? 'high' : d.silent ? 'low' : 'normal',
        label: String(device.get('label') ?? id),
      });
      delivered++;
      providerId = res.id;
    } catch (e) {
      if (isGone(e)) {
        // The phone unsubscribed or the app was removed: off the list (unless the slot has since been
        // taken by a new subscription: the precondition leaves that one).
        await device.ref.delete({ lastUpdateTime: device.updateTime }).catch(() => undefined);
        continue;
      }
      pending.push(id);
      error = String(e instanceof Error ? e.message : e).slice(0, 300);
    }
  }
  const done = pending.length === 0;
  const failed = !done && attempts >= SEND_ATTEMPTS;
  const status: DeliveryStatus = done ? (delivered > 0 ? 'sent' : 'skipped') : failed ? 'failed' : 'retry';
  await ref.update({
    status,
    ...(status === 'skipped' ? { reason: 'noDevice' } : {}),
    attempts,
    pending,
    delivered,
    provider: push.name,
    ...(providerId ? { providerId } : {}),
    error,
    sentAt: status === 'sent' ? FieldValue.serverTimestamp() : null,
    sendAfter:
      status === 'retry'
        ? Timestamp.fromMillis(now.getTime() + (RETRY_MINUTES[attempts] ?? 10) * 60_000)
        : null,
    updatedAt: FieldValue.serverTimestamp(),
  });
  return status;
}
