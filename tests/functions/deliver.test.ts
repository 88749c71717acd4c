/**
 * The functions' sending against a real Firestore emulator (admin SDK, as in Cloud Functions): who hears of
 * what, exactly once, quiet hours, retries, the daily cap, people's choices. The triggers' wiring on the
 * Functions emulator is tests/functions/emulator.test.ts.
 */
import { deleteApp } from 'firebase-admin/app';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { SMS_PER_PERSON_PER_DAY } from '../../functions/src/notify/config';
import { sweep } from '../../functions/src/notify/deliver';
import type { SmsGateway, SmsMessage } from '../../functions/src/notify/gateway';
import { onSignupChange, onTicketEntry, type Env } from '../../functions/src/notify/handlers';
import { sendBatches } from '../../functions/src/notify/schedule';
import { clearFirestore } from '../../scripts/lib/emulators';
import { adminApp } from '../../scripts/seed/write';

const projectId = 'demo-functions-deliver';
let db: Firestore;
let close: () => Promise<void>;
beforeAll(() => {
  const a = adminApp({ projectId, firestorePort: inject('firestorePort'), authPort: null });
  db = a.db;
  close = () => deleteApp(a.app);
});
afterAll(() => close());

/** A provider that keeps what it was given; `failing` makes it refuse. */
function fakeGateway() {
  const sent: SmsMessage[] = [];
  const g = {
    failing: false,
    sent,
    gateway: {
      name: 'fake',
      async send(msg: SmsMessage) {
        if (g.failing) throw new Error('isv.BUSINESS_LIMIT_CONTROL');
        sent.push(msg);
        return { id: `fake-${sent.length}` };
      },
    } satisfies SmsGateway,
  };
  return g;
}

/** A moment on the community's clock (UTC+8). */
const cst = (iso: string) => new Date(`${iso}+08:00`);
const DAY = cst('2026-12-05T10:00:00');
const NIGHT = cst('2026-12-05T23:00:00');

let gw: ReturnType<typeof fakeGateway>;
let clock: Date;
const env = (): Env => ({ db, gateway: gw.gateway, appUrl: 'https://shequ.example.cn', now: () => clock });

const user = (over: Record<string, unknown>) => ({
  active: true,
  role: 'resident',
  locale: 'zh-CN',
  householdId: 'h-3-1-401',
  phone: '+8613800000001',
  ...over,
});

beforeEach(async () => {
  await clearFirestore(inject('firestorePort'), projectId);
  gw = fakeGateway();
  clock = DAY;
  const b = db.batch();
  b.set(db.doc('users/r1'), user({ displayName: '王秀兰' }));
  b.set(db.doc('users/r2'), user({ displayName: '王小明', phone: '+8613800000002', locale: 'en' }));
  b.set(db.doc('users/w1'), user({ role: 'worker', householdId: null, phone: '+8613900000001' }));
  b.set(db.doc('users/w2'), user({ role: 'worker', householdId: null, phone: '+8613900000002' }));
  b.set(db.doc('users/hd'), user({ role: 'head', householdId: null, phone: '+8613900000009' }));
  b.set(
    db.doc('users/gone'),
    user({ role: 'head', active: false, householdId: null, phone: '+8613900000008' }),
  );
  b.set(db.doc('buildings/b3'), { number: 3, workerId: 'w1' });
  b.set(db.doc('buildings/b5'), { number: 5, workerId: null });
  b.set(db.doc('tickets/t1'), {
    householdId: 'h-3-1-401',
    buildingId: 'b3',
    assigneeId: 'w1',
    urgency: 'normal',
    status: 'submitted',
    viaProxy: false,
    clientCreatedAt: Timestamp.fromDate(cst('2026-12-03T09:00:00')),
    description: '厨房水管漏水，邻居王阿姨家也受影响',
  });
  await b.commit();
});

const entry = (type: string, authorId: string, authorRole: string, visibility = 'public') => ({
  type,
  authorId,
  authorRole,
  visibility,
  text: '师傅明天上午九点上门，请王阿姨在家',
});
const records = async () =>
  (await db.collection('notifications').get()).docs.map((d): Record<string, unknown> => ({
    id: d.id,
    ...d.data(),
  }));

describe('a ticket’s progress, told to the household', () => {
  it('each member hears of the acceptance once, in their language, with nothing anyone wrote; the author hears nothing', async () => {
    const outcomes = await onTicketEntry(env(), 't1', 'e1', entry('accepted', 'w1', 'worker'));
    expect(outcomes.sort()).toEqual(['sent', 'sent']);
    expect(gw.sent.map((m) => [m.to, m.text]).sort()).toEqual([
      [
        '+8613800000001',
        '【社区服务】您家12月3日反映的问题已受理，网格员正在处理。查看进度：https://shequ.example.cn/tickets/t1',
      ],
      [
        '+8613800000002',
        '[Community Service] Your report of Dec 3 has been accepted and is being handled. Progress: https://shequ.example.cn/tickets/t1',
      ],
    ]);
    for (const m of gw.sent) expect(m.text).not.toMatch(/王|师傅|漏水/);
    const recs = await records();
    expect(recs.map((r) => [r.id, r.status, r.recipientId, r.attempts]).sort()).toEqual([
      ['t-t1-e1~r1~sms', 'sent', 'r1', 1],
      ['t-t1-e1~r2~sms', 'sent', 'r2', 1],
    ]);
    expect((await db.doc('smsMonthly/2026-12').get()).get('sent')).toBe(2);
  });

  it('a duplicate merged by its worker: its household hears, with only the date and a link to its own report; the household of the report it joined hears nothing', async () => {
    const b = db.batch();
    b.update(db.doc('tickets/t1'), { status: 'merged', mergedInto: 't2' });
    b.set(db.doc('users/r3'), user({ householdId: 'h-3-2-502', phone: '+8613800000003' }));
    b.set(db.doc('tickets/t2'), {
      householdId: 'h-3-2-502',
      buildingId: 'b3',
      assigneeId: 'w1',
      urgency: 'normal',
      status: 'accepted',
      viaProxy: false,
      clientCreatedAt: Timestamp.fromDate(cst('2026-12-02T08:00:00')),
      description: '楼上302漏水到我家',
      mergedFrom: ['t1'],
    });
    await b.commit();
    const merged = { ...entry('merged', 'w1', 'worker'), text: '与302王阿姨家的报事是同一处漏水' };
    expect((await onTicketEntry(env(), 't1', 'm1', merged)).sort()).toEqual(['sent', 'sent']);
    expect(await onTicketEntry(env(), 't2', 'm2', entry('mergedIn', 'w1', 'worker'))).toEqual([]);
    expect(gw.sent.map((m) => [m.to, m.text]).sort()).toEqual([
      [
        '+8613800000001',
        '【社区服务】您家12月3日反映的问题与同一问题的另一件报事合并，一起处理。查看进度：https://shequ.example.cn/tickets/t1',
      ],
      [
        '+8613800000002',
        '[Community Service] Your report of Dec 3 was joined to another report of the same problem; they are handled together. Progress: https://shequ.example.cn/tickets/t1',
      ],
    ]);
    for (const m of gw.sent) expect(m.text).not.toMatch(/王|302|漏水|t2/);
    expect((await records()).map((r) => [r.id, r.recipientId, r.kind]).sort()).toEqual([
      ['t-t1-m1~r1~sms', 'r1', 'myTickets'],
      ['t-t1-m1~r2~sms', 'r2', 'myTickets'],
    ]);
  });

  it('an internal note or the household’s own comment sends nothing', async () => {
    expect(await onTicketEntry(env(), 't1', 'e2', entry('note', 'w1', 'worker', 'internal'))).toEqual([]);
    expect(await onTicketEntry(env(), 't1', 'e3', entry('comment', 'r1', 'resident'))).toEqual([]);
    expect(gw.sent).toEqual([]);
  });

  it('a trigger delivered five times at once sends once per person', async () => {
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => onTicketEntry(env(), 't1', 'e1', entry('resolved', 'w1', 'worker'))),
    );
    expect(gw.sent).toHaveLength(2);
    expect(runs.flat().filter((o) => o === 'sent')).toHaveLength(2);
    expect(runs.flat().filter((o) => o === 'duplicate')).toHaveLength(8);
    expect(await records()).toHaveLength(2);
  });
});

describe('when and whether', () => {
  it('at night it waits until 08:00, then the sweep sends it once', async () => {
    await db.doc('users/r2').update({ active: false });
    clock = NIGHT;
    expect(await onTicketEntry(env(), 't1', 'e1', entry('reply', 'w1', 'worker'))).toEqual(['deferred']);
    const [rec] = await records();
    expect(rec).toMatchObject({ status: 'deferred', reason: 'quietHours' });
    expect((rec!.sendAfter as Timestamp).toDate()).toEqual(cst('2026-12-06T08:00:00'));
    expect(await sweep(db, gw.gateway, cst('2026-12-06T07:59:00'))).toEqual([]);
    expect(await sweep(db, gw.gateway, cst('2026-12-06T08:00:00'))).toEqual(['sent']);
    expect(await sweep(db, gw.gateway, cst('2026-12-06T08:05:00'))).toEqual([]);
    expect(gw.sent).toHaveLength(1);
  });

  it('an urgent report reaches the building’s worker at night; a normal one waits for the morning’s batch', async () => {
    clock = NIGHT;
    await db.doc('tickets/t1').update({ urgency: 'urgent' });
    expect(await onTicketEntry(env(), 't1', 'e0', entry('created', 'r1', 'resident'))).toEqual(['sent']);
    expect(gw.sent[0]!.text).toBe(
      '【社区服务】3栋有紧急报事，请尽快处理：https://shequ.example.cn/tickets/t1',
    );
    await db.doc('tickets/t1').update({ urgency: 'normal' });
    expect(await onTicketEntry(env(), 't1', 'e9', entry('created', 'r1', 'resident'))).toEqual(['batched']);
    expect(await sendBatches(env())).toEqual([]);
    clock = cst('2026-12-06T08:00:00');
    expect(await sendBatches(env())).toEqual(['sent']);
    expect(gw.sent[1]!.text).toBe(
      '【社区服务】您负责的楼栋有1条新报事，请及时受理：https://shequ.example.cn/work',
    );
  });

  it('follows each person’s choices: everything stopped, one kind off, no quiet hours', async () => {
    const prefs = (over: Record<string, unknown>) => ({
      sms: { myTickets: true, buildingNew: true, escalations: true, events: true },
      quiet: true,
      quietStart: 1260,
      quietEnd: 480,
      stopAll: false,
      ...over,
    });
    await db.doc('notifyPrefs/r1').set(prefs({ stopAll: true }));
    await db
      .doc('notifyPrefs/r2')
      .set(prefs({ sms: { myTickets: false, buildingNew: true, escalations: true, events: true } }));
    expect(await onTicketEntry(env(), 't1', 'e1', entry('accepted', 'w1', 'worker'))).toEqual([
      'skipped',
      'skipped',
    ]);
    expect((await records()).map((r) => r.reason).sort()).toEqual(['kindOff', 'stopped']);
    await db.doc('notifyPrefs/r1').set(prefs({ quiet: false }));
    clock = NIGHT;
    expect(await onTicketEntry(env(), 't1', 'e2', entry('reply', 'w1', 'worker'))).toEqual([
      'sent',
      'skipped',
    ]);
    expect(gw.sent.map((m) => m.to)).toEqual(['+8613800000001']);
  });

  it(`stops at ${SMS_PER_PERSON_PER_DAY} a day per person and records the rest as capped`, async () => {
    await db.doc('users/r2').update({ active: false });
    const outcomes = [];
    for (let i = 0; i < SMS_PER_PERSON_PER_DAY + 2; i++) {
      outcomes.push(...(await onTicketEntry(env(), 't1', `r${i}`, entry('reply', 'w1', 'worker'))));
    }
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(SMS_PER_PERSON_PER_DAY);
    expect(outcomes.slice(-2)).toEqual(['capped', 'capped']);
    expect((await db.doc('smsMonthly/2026-12').get()).data()).toMatchObject({
      sent: SMS_PER_PERSON_PER_DAY,
      capped: 2,
    });
    clock = cst('2026-12-06T10:00:00'); // a new day
    expect(await onTicketEntry(env(), 't1', 'next', entry('reply', 'w1', 'worker'))).toEqual(['sent']);
  });
});

describe('a provider that refuses', () => {
  it('is tried again after 2 and 10 minutes, then recorded as failed for the head', async () => {
    await db.doc('users/r2').update({ active: false });
    gw.failing = true;
    expect(await onTicketEntry(env(), 't1', 'e1', entry('accepted', 'w1', 'worker'))).toEqual(['retry']);
    expect(await sweep(db, gw.gateway, cst('2026-12-05T10:01:00'))).toEqual([]);
    expect(await sweep(db, gw.gateway, cst('2026-12-05T10:02:00'))).toEqual(['retry']);
    expect(await sweep(db, gw.gateway, cst('2026-12-05T10:11:00'))).toEqual([]);
    expect(await sweep(db, gw.gateway, cst('2026-12-05T10:12:00'))).toEqual(['failed']);
    expect(await sweep(db, gw.gateway, cst('2026-12-05T11:00:00'))).toEqual([]);
    const [rec] = await records();
    expect(rec).toMatchObject({ status: 'failed', attempts: 3, error: 'isv.BUSINESS_LIMIT_CONTROL' });
    expect((await db.doc('smsMonthly/2026-12').get()).get('failed')).toBe(1);
  });

  it('a send left half-done (the process died) is tried again by the sweep', async () => {
    await db.doc('users/r2').update({ active: false });
    await onTicketEntry(env(), 't1', 'e1', entry('accepted', 'w1', 'worker'));
    const ref = db.doc('notifications/t-t1-e1~r1~sms');
    await ref.update({ status: 'sending', claimedAt: Timestamp.fromDate(cst('2026-12-05T10:00:00')) });
    expect(await sweep(db, gw.gateway, cst('2026-12-05T10:05:00'))).toEqual([]);
    expect(await sweep(db, gw.gateway, cst('2026-12-05T10:10:00'))).toEqual(['sent']);
    expect(gw.sent).toHaveLength(2);
  });
});

describe('the staff side', () => {
  it('a new report goes to the building’s worker; in a building nobody owns, to every active head', async () => {
    expect(await onTicketEntry(env(), 't1', 'e0', entry('created', 'r1', 'resident'))).toEqual(['batched']);
    await db
      .doc('tickets/t2')
      .set({ householdId: 'h-5-1-101', buildingId: 'b5', assigneeId: null, status: 'submitted' });
    expect(await onTicketEntry(env(), 't2', 'e0', entry('created', 'r1', 'resident'))).toEqual(['batched']);
    clock = cst('2026-12-05T10:30:00');
    expect(await sendBatches(env())).toEqual(['sent', 'sent']);
    expect(gw.sent.map((m) => [m.to, m.text]).sort()).toEqual([
      ['+8613900000001', '【社区服务】您负责的楼栋有1条新报事，请及时受理：https://shequ.example.cn/work'],
      ['+8613900000009', '【社区服务】您负责的楼栋有1条新报事，请及时受理：https://shequ.example.cn/work'],
    ]);
  });

  it('whoever a ticket is handed to hears of it; the worker who files it by proxy does not hear of their own report', async () => {
    await db.doc('tickets/t1').update({ assigneeId: 'w2' });
    expect(await onTicketEntry(env(), 't1', 'e1', entry('transferred', 'w1', 'worker', 'internal'))).toEqual([
      'sent',
    ]);
    expect(gw.sent[0]!.to).toBe('+8613900000002');
    await db.doc('tickets/t1').update({ assigneeId: 'w1', viaProxy: true });
    expect(await onTicketEntry(env(), 't1', 'e2', entry('created', 'w1', 'worker'))).toEqual([]);
  });

  it('a household reported by proxy, with nobody on the app, hears by its registered mobile', async () => {
    await db.doc('tickets/t2').set({
      householdId: 'h-3-2-101',
      buildingId: 'b3',
      assigneeId: 'w1',
      urgency: 'normal',
      viaProxy: true,
      clientCreatedAt: Timestamp.fromDate(cst('2026-12-04T09:00:00')),
    });
    await db.doc('householdPrivate/h-3-2-101').set({
      phones: [
        { name: '张', phone: '+867308821234' },
        { name: '张', phone: '+8613700000005' },
      ],
    });
    expect(await onTicketEntry(env(), 't2', 'e1', entry('resolved', 'w1', 'worker'))).toEqual(['sent']);
    expect(gw.sent[0]!.to).toBe('+8613700000005');
    expect((await records())[0]!.id).toBe('t-t2-e1~hh-h-3-2-101~sms');
  });
});

describe('a place from the waiting list', () => {
  it('tells the person their place came up, once; other sign-up changes tell nobody', async () => {
    await db.doc('events/ev1').set({
      status: 'published',
      title: '重阳节登山活动（志愿者集合）',
      startAt: Timestamp.fromDate(cst('2026-12-08T09:30:00')),
    });
    const waiting = { status: 'waitlisted', seq: 4 };
    const confirmed = { status: 'confirmed', seq: 4 };
    expect(await onSignupChange(env(), 'ev1', 'r1', waiting, confirmed)).toEqual(['sent']);
    expect(await onSignupChange(env(), 'ev1', 'r1', waiting, confirmed)).toEqual(['duplicate']);
    expect(await onSignupChange(env(), 'ev1', 'r1', confirmed, { ...confirmed, checkedInAt: 1 })).toEqual([]);
    expect(gw.sent.map((m) => m.text)).toEqual([
      '【社区服务】您候补的活动“重阳节登山活动（志愿者集合）”有名额了，您已报上名。时间：12月8日 09:30。详情：https://shequ.example.cn/events/ev1',
    ]);
  });

  it('tells a volunteer their hours were certified, once; checking in tells nobody', async () => {
    await db
      .doc('events/ev1')
      .set({ status: 'published', title: '义诊', startAt: Timestamp.fromDate(cst('2026-12-04T09:30:00')) });
    const place = { status: 'confirmed', seq: 2, hours: null, hoursConfirmedAt: null };
    expect(
      await onSignupChange(env(), 'ev1', 'r1', place, { ...place, checkedInAt: Timestamp.now() }),
    ).toEqual([]);
    const certified = { ...place, hours: 3, hoursConfirmedAt: Timestamp.now() };
    expect(await onSignupChange(env(), 'ev1', 'r1', place, certified)).toEqual(['sent']);
    expect(await onSignupChange(env(), 'ev1', 'r1', place, certified)).toEqual(['duplicate']);
    expect(await onSignupChange(env(), 'ev1', 'r1', certified, certified)).toEqual([]);
    expect(gw.sent.map((m) => m.text)).toEqual([
      '【社区服务】您在活动“义诊”的志愿服务已认证 3 小时，谢谢您！记录：https://shequ.example.cn/me/record',
    ]);
  });
});
