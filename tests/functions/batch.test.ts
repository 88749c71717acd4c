/**
 * A grid worker's new reports told together, and the head's 督办 by text message, against the Firestore
 * emulator (admin SDK, as in Cloud Functions): non-urgent reports of a half hour make one message with their
 * count, once however often the triggers and the schedule run; urgent ones go at once; a ticket stalled or
 * sent back twice reaches the head once, its worker a day earlier.
 */
import { deleteApp } from 'firebase-admin/app';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { BATCH_MINUTES, SMS_PER_PERSON_PER_DAY, STALL_DAYS } from '../../functions/src/notify/config';
import { sweep } from '../../functions/src/notify/deliver';
import type { SmsGateway, SmsMessage } from '../../functions/src/notify/gateway';
import { onTicketEntry, type Env } from '../../functions/src/notify/handlers';
import { remindStalled, sendBatches } from '../../functions/src/notify/schedule';
import { clearFirestore } from '../../scripts/lib/emulators';
import { adminApp } from '../../scripts/seed/write';

const projectId = 'demo-functions-batch';
let db: Firestore;
let close: () => Promise<void>;
beforeAll(() => {
  const a = adminApp({ projectId, firestorePort: inject('firestorePort'), authPort: null });
  db = a.db;
  close = () => deleteApp(a.app);
});
afterAll(() => close());

/** A moment on the community's clock (UTC+8). */
const cst = (iso: string) => new Date(`${iso}+08:00`);
const ts = (iso: string) => Timestamp.fromDate(cst(iso));
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

const person = (role: string, phone: string, householdId: string | null = null) => ({
  active: true,
  role,
  locale: 'zh-CN',
  phone,
  householdId,
  displayName: role === 'resident' ? '王秀兰' : '黄师傅',
});
const ticket = (over: Record<string, unknown> = {}) => ({
  householdId: 'h-3-1-401',
  buildingId: 'b3',
  assigneeId: 'w1',
  urgency: 'normal',
  status: 'submitted',
  open: true,
  viaProxy: false,
  reopenCount: 0,
  clientCreatedAt: ts('2026-12-05T10:00:00'),
  updatedAt: ts('2026-12-05T10:00:00'),
  description: '楼道灯坏了，王阿姨摔了一跤',
  ...over,
});
/** The `created` entry of a report, written at `at` (the server's time of the entry). */
const created = (at: string, authorId = 'r1') => ({
  type: 'created',
  visibility: 'public',
  authorId,
  authorRole: 'resident',
  text: '',
  createdAt: ts(at),
});
const records = async () => (await db.collection('notifications').get()).docs.map((d) => d.data());

beforeEach(async () => {
  await clearFirestore(inject('firestorePort'), projectId);
  sent = [];
  clock = cst('2026-12-05T10:00:00');
  const b = db.batch();
  b.set(db.doc('users/r1'), person('resident', '+8613800000001', 'h-3-1-401'));
  b.set(db.doc('users/w1'), person('worker', '+8613900000001'));
  b.set(db.doc('users/hd'), person('head', '+8613900000009'));
  b.set(db.doc('buildings/b3'), { number: 3, workerId: 'w1' });
  for (const id of ['t1', 't2', 't3', 't4']) b.set(db.doc(`tickets/${id}`), ticket());
  await b.commit();
});

describe(`new reports, told together every ${BATCH_MINUTES} minutes at most`, () => {
  it('three non-urgent reports in a half hour: one message with their count, once; an urgent one goes at once and alone', async () => {
    clock = cst('2026-12-05T10:03:00');
    expect(await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'))).toEqual(['batched']);
    clock = cst('2026-12-05T10:11:00');
    expect(await onTicketEntry(env(), 't2', 'c', created('2026-12-05T10:10:00'))).toEqual(['batched']);
    // a trigger retried, and one delivered twice at once, count the report once
    expect(await onTicketEntry(env(), 't2', 'c', created('2026-12-05T10:10:00'))).toEqual(['batched']);
    clock = cst('2026-12-05T10:29:00');
    await Promise.all([
      onTicketEntry(env(), 't3', 'c', created('2026-12-05T10:28:00')),
      onTicketEntry(env(), 't3', 'c', created('2026-12-05T10:28:00')),
    ]);
    // urgent: at once, on its own
    await db.doc('tickets/t4').update({ urgency: 'urgent' });
    expect(await onTicketEntry(env(), 't4', 'c', created('2026-12-05T10:20:00'))).toEqual(['sent']);
    expect(sent.map((m) => m.text)).toEqual([
      '【社区服务】3栋有紧急报事，请尽快处理：https://shequ.example.cn/tickets/t4',
    ]);

    // the window is still open: nothing yet
    expect(await sendBatches(env())).toEqual([]);
    clock = cst('2026-12-05T10:30:00');
    expect(await sendBatches(env())).toEqual(['sent']);
    expect(sent.map((m) => [m.to, m.text])).toEqual([
      ['+8613900000001', '【社区服务】3栋有紧急报事，请尽快处理：https://shequ.example.cn/tickets/t4'],
      ['+8613900000001', '【社区服务】您负责的楼栋有3条新报事，请及时受理：https://shequ.example.cn/work'],
    ]);
    for (const m of sent) expect(m.text).not.toMatch(/王|黄|灯|摔/);
    // the schedule again, and twice at once: nothing more
    clock = cst('2026-12-05T10:35:00');
    await Promise.all([sendBatches(env()), sendBatches(env())]);
    expect(sent).toHaveLength(2);

    // a late retry of a report already counted sends nothing; the next half hour is a new message
    clock = cst('2026-12-05T10:40:00');
    expect(await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'))).toEqual(['batched']);
    await db.doc('tickets/t5').set(ticket());
    expect(await onTicketEntry(env(), 't5', 'c', created('2026-12-05T10:39:00'))).toEqual(['batched']);
    clock = cst('2026-12-05T11:00:00');
    expect(await sendBatches(env())).toEqual(['sent']);
    expect(sent[2]!.text).toBe(
      '【社区服务】您负责的楼栋有1条新报事，请及时受理：https://shequ.example.cn/work',
    );
    expect(sent).toHaveLength(3);
  });

  it('counts only the reports still waiting; none waiting, no message', async () => {
    await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'));
    await onTicketEntry(env(), 't2', 'c', created('2026-12-05T10:05:00'));
    await db.doc('tickets/t1').update({ status: 'accepted' });
    clock = cst('2026-12-05T10:30:00');
    await sendBatches(env());
    expect(sent.map((m) => m.text)).toEqual([
      '【社区服务】您负责的楼栋有1条新报事，请及时受理：https://shequ.example.cn/work',
    ]);
    await onTicketEntry(env(), 't3', 'c', created('2026-12-05T10:40:00'));
    await db.doc('tickets/t3').update({ status: 'accepted' });
    clock = cst('2026-12-05T11:00:00');
    expect(await sendBatches(env())).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('a report whose trigger comes after its batch went out is told on its own, once', async () => {
    await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'));
    clock = cst('2026-12-05T10:30:00');
    await sendBatches(env());
    clock = cst('2026-12-05T10:31:00');
    expect(await onTicketEntry(env(), 't2', 'c', created('2026-12-05T10:29:00'))).toEqual(['sent']);
    expect(await onTicketEntry(env(), 't2', 'c', created('2026-12-05T10:29:00'))).toEqual(['duplicate']);
    expect(sent.map((m) => m.text)).toEqual([
      '【社区服务】您负责的楼栋有1条新报事，请及时受理：https://shequ.example.cn/work',
      '【社区服务】3栋有新报事，请及时受理：https://shequ.example.cn/tickets/t2',
    ]);
  });

  it('reports of the night make one message when quiet hours end', async () => {
    clock = cst('2026-12-05T22:00:00');
    await onTicketEntry(env(), 't1', 'c', created('2026-12-05T21:59:00'));
    clock = cst('2026-12-06T02:00:00');
    await onTicketEntry(env(), 't2', 'c', created('2026-12-06T01:59:00'));
    clock = cst('2026-12-06T07:55:00');
    expect(await sendBatches(env())).toEqual([]);
    clock = cst('2026-12-06T08:00:00');
    expect(await sendBatches(env())).toEqual(['sent']);
    expect(sent.map((m) => m.text)).toEqual([
      '【社区服务】您负责的楼栋有2条新报事，请及时受理：https://shequ.example.cn/work',
    ]);
  });

  it('counts as one message against the daily cap, and is recorded as capped past it', async () => {
    await db.doc(`smsDaily/w1~2026-12-05`).set({ count: SMS_PER_PERSON_PER_DAY });
    await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'));
    clock = cst('2026-12-05T10:30:00');
    expect(await sendBatches(env())).toEqual(['capped']);
    expect(sent).toEqual([]);
    expect((await records()).map((r) => [r.template, r.status, r.reason])).toEqual([
      ['ticketsNewBatch', 'capped', 'dailyCap'],
    ]);
  });

  it('a worker who turned new reports off gets no batch; the report is recorded as skipped', async () => {
    await db.doc('notifyPrefs/w1').set({
      sms: { myTickets: true, buildingNew: false, escalations: true, events: true },
      quiet: true,
      quietStart: 1260,
      quietEnd: 480,
      stopAll: false,
    });
    expect(await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'))).toEqual(['skipped']);
    clock = cst('2026-12-05T10:30:00');
    expect(await sendBatches(env())).toEqual([]);
    expect(await sweep(db, gateway, clock)).toEqual([]);
    expect(sent).toEqual([]);
  });
});

describe('督办 by text message', () => {
  const reopened = { type: 'reopened', visibility: 'public', authorId: 'r1', authorRole: 'resident' };

  it('sent back as not fixed the second time: the head hears once per ticket, the worker each time', async () => {
    await db.doc('tickets/t1').update({ status: 'reopened', reopenCount: 1 });
    await onTicketEntry(env(), 't1', 'e1', reopened);
    expect(sent.map((m) => m.to)).toEqual(['+8613900000001']);
    await db.doc('tickets/t1').update({ reopenCount: 2 });
    expect(await onTicketEntry(env(), 't1', 'e2', reopened)).toEqual(['sent', 'sent']);
    expect(await onTicketEntry(env(), 't1', 'e2', reopened)).toEqual(['duplicate', 'duplicate']);
    await db.doc('tickets/t1').update({ reopenCount: 3 });
    expect(await onTicketEntry(env(), 't1', 'e3', reopened)).toEqual(['sent', 'duplicate']);
    expect(sent.filter((m) => m.to === '+8613900000009').map((m) => m.text)).toEqual([
      '【社区服务】督办：3栋一件报事，居民已2次反映没有解决，请查看：https://shequ.example.cn/tickets/t1',
    ]);
    expect(sent.filter((m) => m.to === '+8613900000001')).toHaveLength(3);
  });

  it(`nobody moved it for ${STALL_DAYS - 1} days: its worker is warned; for ${STALL_DAYS}: the head hears, once`, async () => {
    const day = 86_400_000;
    const now = cst('2026-12-08T10:00:00');
    clock = now;
    const at = (ms: number) => Timestamp.fromMillis(now.getTime() - ms);
    await db.doc('tickets/t1').update({ status: 'in_progress', updatedAt: at((STALL_DAYS - 1) * day) });
    await db.doc('tickets/t2').update({ status: 'accepted', updatedAt: at(STALL_DAYS * day + 60_000) });
    await db.doc('tickets/t3').update({ updatedAt: at(day) });
    await db.doc('tickets/t4').update({ open: false, status: 'closed', updatedAt: at(STALL_DAYS * day) });
    expect((await remindStalled(env())).sort()).toEqual(['sent', 'sent']);
    expect(sent.map((m) => [m.to, m.text]).sort()).toEqual([
      [
        '+8613900000001',
        `【社区服务】3栋一件报事已${STALL_DAYS - 1}天没有进展，明天起将报社区主任督办，请尽快处理：https://shequ.example.cn/tickets/t1`,
      ],
      [
        '+8613900000009',
        `【社区服务】督办：3栋一件报事已${STALL_DAYS}天没有进展，请查看：https://shequ.example.cn/tickets/t2`,
      ],
    ]);
    // the schedule's next runs: nothing new; a day on, t1 has become stalled (the head hears) and t3 has sat
    // two days (its worker is warned); t2 is not told again
    clock = new Date(now.getTime() + 5 * 60_000);
    expect((await remindStalled(env())).every((o) => o === 'duplicate')).toBe(true);
    clock = new Date(now.getTime() + day);
    await remindStalled(env());
    expect(
      sent
        .slice(2)
        .map((m) => [m.to, m.text.match(/tickets\/(t\d)/)![1]])
        .sort(),
    ).toEqual([
      ['+8613900000001', 't3'],
      ['+8613900000009', 't1'],
    ]);
  });
});

describe('预警 by text message', () => {
  const signal = (households: string[]) => ({
    reports: { 'b3~water': Object.fromEntries(households.map((h) => [h, true])), 'b3~power': { hX: true } },
  });

  it('the report that makes three households of a building with the same problem tells the head and the worker, once a day', async () => {
    await db.doc('tickets/t1').update({ categoryId: 'water' });
    await db.doc('signals/2026-12-01').set(signal(['h-3-2-101']));
    await db.doc('signals/2026-12-05').set(signal(['h-3-1-401']));
    expect(await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'))).toEqual(['batched']);
    await db.doc('signals/2026-12-05').set(signal(['h-3-1-401', 'h-3-1-402']));
    expect((await onTicketEntry(env(), 't1', 'c', created('2026-12-05T10:02:00'))).sort()).toEqual([
      'batched',
      'sent',
      'sent',
    ]);
    expect(sent.map((m) => [m.to, m.text]).sort()).toEqual([
      [
        '+8613900000001',
        '【社区服务】预警：3栋近7天有3户反映同一类问题，请留意：https://shequ.example.cn/work',
      ],
      [
        '+8613900000009',
        '【社区服务】预警：3栋近7天有3户反映同一类问题，请留意：https://shequ.example.cn/admin',
      ],
    ]);
    for (const m of sent) expect(m.text).not.toMatch(/王|黄|灯|摔|水/);
    // a fourth household the same day: no second warning
    await db.doc('tickets/t2').update({ categoryId: 'water' });
    await db.doc('signals/2026-12-05').set(signal(['h-3-1-401', 'h-3-1-402', 'h-3-1-403']));
    expect((await onTicketEntry(env(), 't2', 'c', created('2026-12-05T11:00:00'))).sort()).toEqual([
      'batched',
      'duplicate',
      'duplicate',
    ]);
    // signals older than the window do not count
    await db.doc('tickets/t3').update({ categoryId: 'power' });
    await db.doc('signals/2026-11-27').set({ reports: { 'b3~power': { hY: true, hZ: true } } });
    expect(await onTicketEntry(env(), 't3', 'c', created('2026-12-05T11:00:00'))).toEqual(['batched']);
    expect(sent).toHaveLength(2);
  });
});
