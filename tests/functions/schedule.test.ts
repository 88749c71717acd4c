/**
 * The functions' schedule against the Firestore emulator: deadlines coming due and passed (told once per
 * deadline), the head's daily count of overdue work, tomorrow's events.
 */
import { deleteApp } from 'firebase-admin/app';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { SmsGateway, SmsMessage } from '../../functions/src/notify/gateway';
import type { Env } from '../../functions/src/notify/handlers';
import { dayStart } from '../../functions/src/notify/clock';
import { dueTickets, remindDeadlines, remindEvents } from '../../functions/src/notify/schedule';
import { clearFirestore } from '../../scripts/lib/emulators';
import { adminApp } from '../../scripts/seed/write';

const projectId = 'demo-functions-schedule';
let db: Firestore;
let close: () => Promise<void>;
beforeAll(() => {
  const a = adminApp({ projectId, firestorePort: inject('firestorePort'), authPort: null });
  db = a.db;
  close = () => deleteApp(a.app);
});
afterAll(() => close());

const cst = (iso: string) => new Date(`${iso}+08:00`);
let sent: SmsMessage[];
let clock: Date;
const gateway: SmsGateway = {
  name: 'fake',
  async send(msg) {
    sent.push(msg);
    return { id: String(sent.length) };
  },
};
const env = (): Env => ({ db, gateway, appUrl: 'https://shequ.example.cn', now: () => clock });
const ts = (iso: string) => Timestamp.fromDate(cst(iso));

beforeEach(async () => {
  await clearFirestore(inject('firestorePort'), projectId);
  sent = [];
  clock = cst('2026-12-05T10:00:00');
  const b = db.batch();
  const person = (role: string, phone: string) => ({
    active: true,
    role,
    locale: 'zh-CN',
    phone,
    householdId: null,
  });
  b.set(db.doc('users/w1'), person('worker', '+8613900000001'));
  b.set(db.doc('users/hd'), person('head', '+8613900000009'));
  b.set(db.doc('users/r1'), person('resident', '+8613800000001'));
  b.set(db.doc('buildings/b3'), { number: 3 });
  const ticket = (dueAt: Timestamp | null, open = true, assigneeId: string | null = 'w1') => ({
    householdId: 'h1',
    buildingId: 'b3',
    assigneeId,
    open,
    dueAt,
  });
  b.set(db.doc('tickets/soon'), ticket(ts('2026-12-05T11:30:00')));
  b.set(db.doc('tickets/later'), ticket(ts('2026-12-05T13:00:00')));
  b.set(db.doc('tickets/over'), ticket(ts('2026-12-04T18:00:00')));
  b.set(db.doc('tickets/overNobody'), ticket(ts('2026-12-03T18:00:00'), true, null));
  b.set(db.doc('tickets/done'), ticket(null, false));
  await b.commit();
});

describe('deadlines', () => {
  it('picks what is coming due within two hours and what is past', () => {
    const now = cst('2026-12-05T10:00:00');
    expect(
      dueTickets(
        [
          { id: 'a', dueAt: cst('2026-12-05T12:00:00') },
          { id: 'b', dueAt: cst('2026-12-05T12:00:01') },
          { id: 'c', dueAt: cst('2026-12-05T10:00:00') },
          { id: 'd', dueAt: null },
        ],
        now,
      ).map((d) => [d.ticketId, d.kind]),
    ).toEqual([
      ['a', 'soon'],
      ['c', 'over'],
    ]);
    expect(dayStart('2026-12-06')).toEqual(cst('2026-12-06T00:00:00'));
  });

  it('tells the owner once per deadline, the head of unowned ones, and the head a daily count after 09:00', async () => {
    const first = await remindDeadlines(env());
    expect(first.filter((o) => o === 'sent')).toHaveLength(4);
    expect(sent.map((m) => [m.to, m.text]).sort()).toEqual(
      [
        [
          '+8613900000001',
          '【社区服务】3栋一件报事将于12月5日 11:30到期，请抓紧处理：https://shequ.example.cn/tickets/soon',
        ],
        [
          '+8613900000001',
          '【社区服务】3栋一件报事已超过办理期限，请尽快处理：https://shequ.example.cn/tickets/over',
        ],
        [
          '+8613900000009',
          '【社区服务】3栋一件报事已超过办理期限，请尽快处理：https://shequ.example.cn/tickets/overNobody',
        ],
        ['+8613900000009', '【社区服务】社区现有2件报事超期未办结，请查看：https://shequ.example.cn/admin'],
      ].sort(),
    );
    // The next run, minutes later: nothing new; the resident hears of none of it.
    clock = cst('2026-12-05T10:05:00');
    expect((await remindDeadlines(env())).every((o) => o === 'duplicate')).toBe(true);
    expect(sent).toHaveLength(4);
    // Accepted: the ticket has a new deadline, told again when it comes due.
    await db.doc('tickets/soon').update({ dueAt: ts('2026-12-05T12:00:00') });
    await remindDeadlines(env());
    expect(sent).toHaveLength(5);
    // The next day's count is a new message.
    clock = cst('2026-12-06T09:00:00');
    await remindDeadlines(env());
    expect(sent.filter((m) => m.text.includes('社区现有'))).toHaveLength(2);
  });

  it('a report not accepted in time: its worker hears it is overdue, the head once that nobody accepted it', async () => {
    await db.doc('tickets/over').update({ status: 'submitted' });
    await remindDeadlines(env());
    const head = sent.filter((m) => m.to === '+8613900000009').map((m) => m.text);
    expect(head).toContain(
      '【社区服务】督办：3栋一件报事已过受理时限，还没有人受理，请查看：https://shequ.example.cn/tickets/over',
    );
    expect(sent.filter((m) => m.text.includes('督办'))).toHaveLength(1);
    // the next run, and after the day's count: not again
    clock = cst('2026-12-05T10:05:00');
    await remindDeadlines(env());
    clock = cst('2026-12-06T10:00:00');
    await remindDeadlines(env());
    expect(sent.filter((m) => m.text.includes('督办'))).toHaveLength(1);
  });

  it('sends no count before 09:00; at night the owner’s messages wait for the morning', async () => {
    clock = cst('2026-12-05T03:00:00');
    const outcomes = await remindDeadlines(env());
    expect(outcomes).toEqual(['deferred', 'deferred']);
    expect(sent).toEqual([]);
    const records = await db.collection('notifications').get();
    expect(records.docs.map((d) => d.id).some((id) => id.startsWith('digest-'))).toBe(false);
  });
});

describe('events', () => {
  beforeEach(async () => {
    await db
      .doc('events/tomorrow')
      .set({ status: 'published', title: '社区合唱排练', startAt: ts('2026-12-06T15:00:00') });
    await db.doc('events/tomorrow/signups/r1').set({ status: 'confirmed' });
    await db.doc('events/tomorrow/signups/w1').set({ status: 'waitlisted' });
    await db
      .doc('events/today')
      .set({ status: 'published', title: '义诊', startAt: ts('2026-12-05T15:00:00') });
    await db.doc('events/today/signups/r1').set({ status: 'confirmed' });
    await db
      .doc('events/cancelled')
      .set({ status: 'cancelled', title: '讲座', startAt: ts('2026-12-06T10:00:00') });
    await db.doc('events/cancelled/signups/r1').set({ status: 'confirmed' });
  });

  it('the day before, from 09:00, reminds those with a confirmed place, once', async () => {
    clock = cst('2026-12-05T08:30:00');
    expect(await remindEvents(env())).toEqual([]);
    clock = cst('2026-12-05T09:00:00');
    expect(await remindEvents(env())).toEqual(['sent']);
    expect(await remindEvents(env())).toEqual(['duplicate']);
    expect(sent.map((m) => [m.to, m.text])).toEqual([
      [
        '+8613800000001',
        '【社区服务】提醒：您报名的活动“社区合唱排练”将于12月6日 15:00开始，详情：https://shequ.example.cn/events/tomorrow',
      ],
    ]);
  });
});
