/** Messages: one's own choices, the delivery records the functions write, the head's monthly counts. */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { notifyPrefsWrite } from '../../src/features/notify/api/writes';
import { DEFAULT_NOTIFY_PREFS } from '../../src/features/notify/types';
import { notificationsPage, quietMinuteMax } from '../../src/lib/policy';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('notify');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore();
    const record = (recipientId: string) => ({
      recipientId,
      recipientKey: recipientId,
      to: '+8613800000001',
      channel: 'sms',
      kind: 'myTickets',
      text: '【社区服务】您家12月5日反映的问题已受理。',
      status: 'sent',
      createdAt: Timestamp.now(),
    });
    await setDoc(doc(f, 'notifications/n-rA'), record('rA'));
    await setDoc(doc(f, 'notifications/n-rB'), record('rB'));
    await setDoc(
      doc(f, 'notifyPrefs/rB'),
      notifyPrefsWrite({ serverTimestamp: () => Timestamp.now() }, DEFAULT_NOTIFY_PREFS),
    );
    await setDoc(doc(f, 'smsMonthly/2026-12'), { sent: 3, failed: 1, capped: 0 });
    await setDoc(doc(f, 'smsDaily/rA~2026-12-05'), { count: 2 });
    await setDoc(doc(f, 'notifyBatches/wX~1796436000000'), {
      recipientKey: 'wX',
      recipientId: 'wX',
      tickets: ['t1'],
      status: 'open',
    });
  });
});

const app = notifyPrefsWrite(
  { serverTimestamp },
  { ...DEFAULT_NOTIFY_PREFS, sms: { ...DEFAULT_NOTIFY_PREFS.sms, events: false } },
);

describe('notifyPrefs: one’s own choices, in exactly their shape', () => {
  it('a person saves and reads their own, and changes them again', async () => {
    const f = db(env, 'residentA');
    await assertSucceeds(setDoc(doc(f, 'notifyPrefs/rA'), app));
    await assertSucceeds(getDoc(doc(f, 'notifyPrefs/rA')));
    await assertSucceeds(
      setDoc(doc(f, 'notifyPrefs/rA'), {
        ...app,
        stopAll: true,
        quiet: false,
        quietStart: 0,
        quietEnd: quietMinuteMax,
      }),
    );
    await assertSucceeds(setDoc(doc(db(env, 'workerX'), 'notifyPrefs/wX'), app));
  });

  const others: Principal[] = ['anonymous', 'noProfile', 'residentA2', 'workerX', 'head'];
  it.each(others)('%s neither reads nor writes another person’s', async (who) => {
    await assertFails(getDoc(doc(db(env, who), 'notifyPrefs/rB')));
    await assertFails(setDoc(doc(db(env, who), 'notifyPrefs/rB'), app));
  });

  it('refuses every other shape', async () => {
    const f = db(env, 'residentA');
    const bad: Record<string, unknown>[] = [
      { ...app, extra: true },
      { ...app, sms: { ...app.sms, sms: true } },
      { ...app, sms: { myTickets: true, buildingNew: true, escalations: true } },
      { ...app, sms: { ...app.sms, events: 'no' } },
      { ...app, quiet: 1 },
      { ...app, stopAll: null },
      { ...app, quietStart: -1 },
      { ...app, quietEnd: quietMinuteMax + 1 },
      { ...app, quietStart: 90.5 },
      { ...app, quietEnd: '08:00' },
      { ...app, updatedAt: Timestamp.now() },
      Object.fromEntries(Object.entries(app).filter(([k]) => k !== 'quiet')),
    ];
    for (const data of bad) await assertFails(setDoc(doc(f, 'notifyPrefs/rA'), data));
    await assertSucceeds(setDoc(doc(f, 'notifyPrefs/rA'), app));
    await assertFails(
      updateDoc(doc(f, 'notifyPrefs/rA'), { quietStart: 2000, updatedAt: serverTimestamp() }),
    );
    await assertFails(deleteDoc(doc(f, 'notifyPrefs/rA')));
  });
});

describe('notifications: the recipient and the head read; no client writes', () => {
  const cells: [Principal, boolean][] = [
    ['anonymous', false],
    ['noProfile', false],
    ['residentA', true],
    ['residentA2', false], // same household: the record is one person's
    ['residentB', false],
    ['workerX', false], // A's building worker
    ['workerOff', false],
    ['head', true],
  ];
  it.each(cells)('%s gets notifications/n-rA → %s', async (who, allowed) => {
    const read = getDoc(doc(db(env, who), 'notifications/n-rA'));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });

  it('lists one’s own, newest first, a page at a time; the head lists all', async () => {
    const mine = (f: ReturnType<typeof db>, uid: string, n = notificationsPage) =>
      getDocs(
        query(
          collection(f, 'notifications'),
          where('recipientId', '==', uid),
          orderBy('createdAt', 'desc'),
          limit(n),
        ),
      );
    await assertSucceeds(mine(db(env, 'residentA'), 'rA'));
    await assertFails(mine(db(env, 'residentA'), 'rB'));
    await assertFails(mine(db(env, 'residentA'), 'rA', notificationsPage + 1));
    await assertFails(getDocs(query(collection(db(env, 'residentA'), 'notifications'), limit(5))));
    await assertSucceeds(
      getDocs(
        query(
          collection(db(env, 'head'), 'notifications'),
          orderBy('createdAt', 'desc'),
          limit(notificationsPage),
        ),
      ),
    );
    await assertFails(getDocs(query(collection(db(env, 'workerX'), 'notifications'), limit(5))));
  });

  const writers: Principal[] = ['residentA', 'workerX', 'head'];
  it.each(writers)('%s writes no record: not a new one, not a change, not a removal', async (who) => {
    const f = db(env, who);
    await assertFails(setDoc(doc(f, 'notifications/forged'), { recipientId: 'rA', status: 'sent' }));
    await assertFails(updateDoc(doc(f, 'notifications/n-rA'), { status: 'failed' }));
    await assertFails(deleteDoc(doc(f, 'notifications/n-rA')));
  });
});

describe('the SMS counts', () => {
  it('the head reads the month’s count and a year of months; nobody writes them', async () => {
    await assertSucceeds(getDoc(doc(db(env, 'head'), 'smsMonthly/2026-12')));
    await assertSucceeds(getDocs(query(collection(db(env, 'head'), 'smsMonthly'), limit(12))));
    await assertFails(getDocs(query(collection(db(env, 'head'), 'smsMonthly'), limit(13))));
    for (const who of ['workerX', 'residentA'] as const)
      await assertFails(getDoc(doc(db(env, who), 'smsMonthly/2026-12')));
    await assertFails(setDoc(doc(db(env, 'head'), 'smsMonthly/2026-12'), { sent: 0, failed: 0, capped: 0 }));
  });

  it('a person’s daily count is nobody’s to read or reset (the cap holds)', async () => {
    for (const who of ['residentA', 'head'] as const) {
      await assertFails(getDoc(doc(db(env, who), 'smsDaily/rA~2026-12-05')));
      await assertFails(setDoc(doc(db(env, who), 'smsDaily/rA~2026-12-05'), { count: 0 }));
      await assertFails(deleteDoc(doc(db(env, who), 'smsDaily/rA~2026-12-05')));
    }
  });

  it('a worker’s batch of new reports waiting to be told is the functions’ alone, even to that worker', async () => {
    for (const who of ['workerX', 'head'] as const) {
      const batch = doc(db(env, who), 'notifyBatches/wX~1796436000000');
      await assertFails(getDoc(batch));
      await assertFails(getDocs(query(collection(db(env, who), 'notifyBatches'), limit(5))));
      await assertFails(updateDoc(batch, { tickets: [] }));
      await assertFails(setDoc(doc(db(env, who), 'notifyBatches/wX~1'), { tickets: ['t9'], status: 'open' }));
    }
  });
});
