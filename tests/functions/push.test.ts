/**
 * Phone notifications (Web Push) beside text messages, against a real Firestore emulator (admin SDK, as in
 * Cloud Functions), with a fake push service: each event reaches a person's phones once, by their choice,
 * silently in quiet hours; a phone the push service says is gone (404/410) is taken off their list; a push
 * service that refuses is tried again, then recorded as failed.
 */
import { deleteApp } from 'firebase-admin/app';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { sweep } from '../../functions/src/notify/deliver';
import type { Gateways, SmsGateway, SmsMessage } from '../../functions/src/notify/gateway';
import { onTicketEntry, type Env } from '../../functions/src/notify/handlers';
import type { PushGateway, PushOptions, PushPayload, PushTarget } from '../../functions/src/notify/push';
import { clearFirestore } from '../../scripts/lib/emulators';
import { adminApp } from '../../scripts/seed/write';

const projectId = 'demo-functions-push';
let db: Firestore;
let close: () => Promise<void>;
beforeAll(() => {
  const a = adminApp({ projectId, firestorePort: inject('firestorePort'), authPort: null });
  db = a.db;
  close = () => deleteApp(a.app);
});
afterAll(() => close());

/** A push service that keeps what it was given; `refuse` maps an endpoint to the HTTP status it answers. */
function fakePush() {
  const sent: { to: PushTarget; payload: PushPayload; opts: PushOptions }[] = [];
  const refuse = new Map<string, number>();
  const gateway: PushGateway = {
    name: 'fake-push',
    async send(to, payload, opts) {
      const status = refuse.get(to.endpoint);
      if (status)
        throw Object.assign(new Error(`Received unexpected response code ${status}`), { statusCode: status });
      sent.push({ to, payload: JSON.parse(payload) as PushPayload, opts });
      return { id: `push-${sent.length}` };
    },
  };
  return { sent, refuse, gateway };
}

function fakeSms() {
  const sent: SmsMessage[] = [];
  const gateway: SmsGateway = {
    name: 'fake',
    async send(msg) {
      sent.push(msg);
      return { id: `sms-${sent.length}` };
    },
  };
  return { sent, gateway };
}

const cst = (iso: string) => new Date(`${iso}+08:00`);
const DAY = cst('2026-12-05T10:00:00');
const NIGHT = cst('2026-12-05T23:00:00');

let push: ReturnType<typeof fakePush>;
let sms: ReturnType<typeof fakeSms>;
let clock: Date;
const gateways = (): Gateways => ({ sms: sms.gateway, push: push.gateway });
const env = (): Env => ({ db, gateway: gateways(), appUrl: 'https://shequ.example.cn', now: () => clock });

const user = (over: Record<string, unknown>) => ({
  active: true,
  role: 'resident',
  locale: 'zh-CN',
  householdId: 'h-3-1-401',
  phone: '+8613800000001',
  ...over,
});
const endpoint = (n: string) => `https://fcm.googleapis.com/fcm/send/${n}`;
const device = (n: string, label: string) => ({
  endpoint: endpoint(n),
  p256dh: 'B'.repeat(87),
  auth: 'a'.repeat(22),
  label,
  createdAt: Timestamp.fromDate(DAY),
});
const prefs = (over: Record<string, unknown>) => ({
  sms: { myTickets: true, buildingNew: true, escalations: true, events: true },
  push: { myTickets: true, buildingNew: true, escalations: true, events: true },
  quiet: true,
  quietStart: 1260,
  quietEnd: 480,
  stopAll: false,
  ...over,
});

beforeEach(async () => {
  await clearFirestore(inject('firestorePort'), projectId);
  push = fakePush();
  sms = fakeSms();
  clock = DAY;
  const b = db.batch();
  b.set(db.doc('users/r1'), user({ displayName: '王秀兰' }));
  b.set(db.doc('users/r2'), user({ displayName: '王小明', phone: '+8613800000002', locale: 'en' }));
  b.set(db.doc('users/w1'), user({ role: 'worker', householdId: null, phone: '+8613900000001' }));
  b.set(db.doc('buildings/b3'), { number: 3, workerId: 'w1' });
  b.set(db.doc('tickets/t1'), {
    householdId: 'h-3-1-401',
    buildingId: 'b3',
    assigneeId: 'w1',
    urgency: 'normal',
    viaProxy: false,
    clientCreatedAt: Timestamp.fromDate(cst('2026-12-03T09:00:00')),
    description: '厨房水管漏水，邻居王阿姨家也受影响',
  });
  // r1 turned notifications on on two phones; r2 on none
  b.set(db.doc('pushSubscriptions/r1/devices/d0'), device('phone', 'Android · Chrome'));
  b.set(db.doc('pushSubscriptions/r1/devices/d1'), device('tablet', 'Android · Firefox'));
  await b.commit();
});

const entry = (type: string, authorId: string, authorRole: string, visibility = 'public') => ({
  type,
  authorId,
  authorRole,
  visibility,
  text: '师傅明天上午九点上门，请王阿姨在家',
});
const record = async (id: string) => (await db.doc(`notifications/${id}`).get()).data();
const ids = async () => (await db.collection('notifications').get()).docs.map((d) => d.id).sort();
const devices = async (uid: string) =>
  (await db.collection(`pushSubscriptions/${uid}/devices`).get()).docs.map((d) => d.id).sort();

describe('a notification beside the text message', () => {
  it('reaches each of the person’s phones once, with the same words and no names; nobody without phones gets a record', async () => {
    expect((await onTicketEntry(env(), 't1', 'e1', entry('accepted', 'w1', 'worker'))).sort()).toEqual([
      'sent',
      'sent',
    ]);
    expect(sms.sent).toHaveLength(2);
    expect(push.sent.map((p) => p.to.endpoint).sort()).toEqual([endpoint('phone'), endpoint('tablet')]);
    for (const p of push.sent) {
      expect(p.payload).toEqual({
        title: '社区服务',
        body: '您家12月3日反映的问题已受理，网格员正在处理。',
        url: 'https://shequ.example.cn/tickets/t1',
        silent: false,
      });
      expect(p.to.keys).toEqual({ p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) });
      expect(p.opts).toMatchObject({ urgency: 'normal', ttl: 86400 });
    }
    expect(JSON.stringify(push.sent)).not.toMatch(/王|师傅|漏水/);
    expect(await ids()).toEqual(['t-t1-e1~r1~push', 't-t1-e1~r1~sms', 't-t1-e1~r2~sms']);
    expect(await record('t-t1-e1~r1~push')).toMatchObject({
      channel: 'push',
      recipientId: 'r1',
      status: 'sent',
      delivered: 2,
      pending: [],
      attempts: 1,
      to: null,
      text: '社区服务：您家12月3日反映的问题已受理，网格员正在处理。',
    });
    // a notification costs no text message
    expect((await db.doc('smsMonthly/2026-12').get()).get('sent')).toBe(2);
  });

  it('a duplicate merged into another report reaches the household’s phones too, saying only that, and opens its own report', async () => {
    await db.doc('tickets/t1').update({ status: 'merged', mergedInto: 't2' });
    await onTicketEntry(env(), 't1', 'm1', entry('merged', 'w1', 'worker'));
    expect(push.sent.map((p) => p.to.endpoint).sort()).toEqual([endpoint('phone'), endpoint('tablet')]);
    for (const p of push.sent) {
      expect(p.payload).toEqual({
        title: '社区服务',
        body: '您家12月3日反映的问题与同一问题的另一件报事合并，一起处理。',
        url: 'https://shequ.example.cn/tickets/t1',
        silent: false,
      });
    }
    expect(JSON.stringify(push.sent)).not.toMatch(/王|师傅|漏水|t2/);
    expect(sms.sent).toHaveLength(2);
  });

  it('a trigger delivered five times at once notifies each phone once', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => onTicketEntry(env(), 't1', 'e1', entry('resolved', 'w1', 'worker'))),
    );
    expect(push.sent).toHaveLength(2);
    expect(sms.sent).toHaveLength(2);
    expect((await ids()).filter((id) => id.endsWith('~push'))).toEqual(['t-t1-e1~r1~push']);
  });

  it('follows the choice per kind and channel: notifications only, text messages only, everything stopped', async () => {
    await db.doc('notifyPrefs/r1').set(prefs({ sms: { ...prefs({}).sms, myTickets: false } }));
    await onTicketEntry(env(), 't1', 'e1', entry('reply', 'w1', 'worker'));
    expect(push.sent).toHaveLength(2);
    expect(sms.sent.map((m) => m.to)).toEqual(['+8613800000002']); // r1 chose no texts for this kind
    await db.doc('notifyPrefs/r1').set(prefs({ push: { ...prefs({}).push, myTickets: false } }));
    await onTicketEntry(env(), 't1', 'e2', entry('reply', 'w1', 'worker'));
    expect(push.sent).toHaveLength(2);
    expect(await record('t-t1-e2~r1~push')).toBeUndefined();
    await db.doc('notifyPrefs/r1').set(prefs({ stopAll: true }));
    await onTicketEntry(env(), 't1', 'e3', entry('reply', 'w1', 'worker'));
    expect(push.sent).toHaveLength(2);
    expect(await record('t-t1-e3~r1~push')).toBeUndefined();
  });

  it('in quiet hours it goes at once but silently, while the text message waits; urgent ones ring', async () => {
    await db.doc('users/r2').update({ active: false });
    clock = NIGHT;
    expect(await onTicketEntry(env(), 't1', 'e1', entry('reply', 'w1', 'worker'))).toEqual(['deferred']);
    expect(push.sent).toHaveLength(2);
    expect(push.sent.every((p) => p.payload.silent && p.opts.urgency === 'low')).toBe(true);
    expect(await record('t-t1-e1~r1~push')).toMatchObject({ status: 'sent', reason: 'quietHours' });
    // the sweep at 08:00 sends the text message, and the notification not again
    expect(await sweep(db, gateways(), cst('2026-12-06T08:00:00'))).toEqual(['sent']);
    expect(push.sent).toHaveLength(2);

    await db.doc('pushSubscriptions/w1/devices/d0').set(device('worker', 'Android · Chrome'));
    await db.doc('tickets/t1').update({ urgency: 'urgent' });
    await onTicketEntry(env(), 't1', 'e0', entry('created', 'r1', 'resident'));
    expect(push.sent[2]!.payload).toMatchObject({ body: '3栋有紧急报事，请尽快处理。', silent: false });
    expect(push.sent[2]!.opts.urgency).toBe('high');
  });
});

describe('phones that are gone, push services that refuse', () => {
  it('a phone the push service no longer knows (410, 404) is taken off the list; the others get it', async () => {
    push.refuse.set(endpoint('tablet'), 410);
    await onTicketEntry(env(), 't1', 'e1', entry('accepted', 'w1', 'worker'));
    expect(push.sent.map((p) => p.to.endpoint)).toEqual([endpoint('phone')]);
    expect(await devices('r1')).toEqual(['d0']);
    expect(await record('t-t1-e1~r1~push')).toMatchObject({ status: 'sent', delivered: 1, pending: [] });

    push.refuse.set(endpoint('phone'), 404);
    await onTicketEntry(env(), 't1', 'e2', entry('reply', 'w1', 'worker'));
    expect(await devices('r1')).toEqual([]);
    expect(await record('t-t1-e2~r1~push')).toMatchObject({ status: 'skipped', reason: 'noDevice' });
    // with no phones left, the next event makes no push record at all
    await onTicketEntry(env(), 't1', 'e3', entry('reply', 'w1', 'worker'));
    expect(await record('t-t1-e3~r1~push')).toBeUndefined();
  });

  it('a refusing push service is tried again for the phones that missed it, then recorded as failed', async () => {
    await db.doc('users/r2').update({ active: false });
    push.refuse.set(endpoint('tablet'), 503);
    await onTicketEntry(env(), 't1', 'e1', entry('accepted', 'w1', 'worker'));
    expect(await record('t-t1-e1~r1~push')).toMatchObject({
      status: 'retry',
      pending: ['d1'],
      delivered: 1,
      error: 'Received unexpected response code 503',
    });
    expect(await sweep(db, gateways(), cst('2026-12-05T10:01:00'))).toEqual([]);
    expect(await sweep(db, gateways(), cst('2026-12-05T10:02:00'))).toEqual(['retry']);
    // a text-message-only sweep leaves notifications alone
    expect(await sweep(db, sms.gateway, cst('2026-12-05T10:12:00'))).toEqual([]);
    expect(await sweep(db, gateways(), cst('2026-12-05T10:12:00'))).toEqual(['failed']);
    expect(push.sent.map((p) => p.to.endpoint)).toEqual([endpoint('phone')]); // never twice to the phone
    expect(await record('t-t1-e1~r1~push')).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await devices('r1')).toEqual(['d0', 'd1']); // refused is not gone: the tablet stays

    // it comes back: the next event reaches both, and a retry in between succeeds
    push.refuse.clear();
    await onTicketEntry(env(), 't1', 'e2', entry('reply', 'w1', 'worker'));
    expect(push.sent).toHaveLength(3);
  });
});
