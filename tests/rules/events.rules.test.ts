/**
 * Events: staff create, edit and delete drafts; sign-ups only through the event's own counters (capacity,
 * FIFO waitlist, promotion); check-in by staff or by the volunteer with the day's code, in the window, once;
 * certified hours by staff only, after the event, once.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import * as fs from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cancelSignup, signUp, signupWrite, type TxSdk } from '../../src/features/events/api/signup';
import { checkInCodeWrite, newEventWrite, selfCheckInWrite } from '../../src/features/events/api/writes';
import { dayKey } from '../../src/lib/period';
import { assertFails, assertSucceeds, db, makeEnv, P, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
const sdk = fs as unknown as TxSdk;
const DAY = 86_400_000;
const START = fs.Timestamp.fromMillis(Date.now() + 3 * DAY);

beforeAll(async () => {
  env = await makeEnv('events');
});
afterAll(() => env.cleanup());

async function setEvent(over: Record<string, unknown> = {}) {
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as fs.Firestore;
    await fs.setDoc(fs.doc(f, 'events/e1'), {
      title: '健康义诊',
      description: '',
      place: '服务站',
      coverDataUrl: null,
      startAt: START,
      endAt: fs.Timestamp.fromMillis(START.toMillis() + 3_600_000),
      signupDeadline: fs.Timestamp.fromMillis(Date.now() + 2 * DAY),
      status: 'published',
      capacity: 1,
      confirmed: 0,
      waitlist: [],
      seq: 0,
      roles: { steward: { name: '引导员', capacity: 1, confirmed: 0, waitlist: [] } },
      createdBy: 'head',
      createdAt: fs.Timestamp.now(),
      updatedAt: fs.Timestamp.now(),
      ...over,
    });
  });
}

const who: Record<string, { uid: string; name: string; volunteer?: boolean }> = {
  residentA: { uid: 'rA', name: '居民A' },
  residentB: { uid: 'rB', name: '居民B' },
  volunteer: { uid: 'rV', name: '志愿者', volunteer: true },
  workerX: { uid: 'wX', name: '网格X' },
};
const join = (p: Principal, role = 'resident') => signUp(sdk, db(env, p), 'e1', who[p]!, role);

/** `p`'s sign-up for e1 as the transaction writes it (the first, a resident's place), with `over` on top. */
const signup = (p: Principal, over: Record<string, unknown> = {}) => ({
  ...signupWrite(
    sdk,
    who[p]!,
    { roleId: 'resident', seq: 1, status: 'confirmed' },
    { title: '健康义诊', startAt: START },
  ),
  ...over,
});

/** A sign-up written directly, as the transaction does: e1's counters and the sign-up, in one batch. */
function writeSignup(p: Principal, event: Record<string, unknown>, over: Record<string, unknown> = {}) {
  const f = db(env, p);
  const batch = fs.writeBatch(f);
  batch.update(fs.doc(f, 'events/e1'), event);
  batch.set(fs.doc(f, 'events/e1/signups', who[p]!.uid), signup(p, over));
  return batch.commit();
}

const writeSdk = { serverTimestamp: fs.serverTimestamp, fromDate: (d: Date) => fs.Timestamp.fromDate(d) };

/** A draft event as the staff form creates it (a week and a half ahead, no roles), with `over` on top. */
const draft = (over: Record<string, unknown> = {}) => ({
  ...newEventWrite(writeSdk, 'wX', {
    title: '书法班',
    description: '',
    place: '203',
    coverDataUrl: null,
    startAt: new Date(Date.now() + 10 * DAY),
    endAt: new Date(Date.now() + 10 * DAY + 7_200_000),
    signupDeadline: new Date(Date.now() + 9 * DAY),
    status: 'draft',
    capacity: 15,
    roles: [],
  }),
  ...over,
});

beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
  await setEvent();
});

async function read(path: string) {
  let data: fs.DocumentData | undefined;
  await env.withSecurityRulesDisabled(async (ctx) => {
    data = (await fs.getDoc(fs.doc(ctx.firestore() as unknown as fs.Firestore, path))).data();
  });
  return data;
}

describe('signing up', () => {
  it('the first gets the place, the next waits; a cancellation promotes the one waiting', async () => {
    await expect(join('residentA')).resolves.toEqual({ status: 'confirmed' });
    await expect(join('residentB')).resolves.toEqual({ status: 'waitlisted', position: 1 });
    await expect(cancelSignup(sdk, db(env, 'residentA'), 'e1', 'rA')).resolves.toEqual({ promoted: 'rB' });
    expect((await read('events/e1/signups/rB'))?.status).toBe('confirmed');
    expect(await read('events/e1')).toMatchObject({ confirmed: 1, waitlist: [] });
  });
  it('a waiting person who cancels just leaves the line', async () => {
    await join('residentA');
    await join('residentB');
    await cancelSignup(sdk, db(env, 'residentB'), 'e1', 'rB');
    expect(await read('events/e1')).toMatchObject({ confirmed: 1, waitlist: [] });
  });
  it('volunteer roles are for volunteers, with their own places', async () => {
    await expect(join('volunteer', 'steward')).resolves.toEqual({ status: 'confirmed' });
    await expect(join('residentA', 'steward')).rejects.toThrow('notVolunteer');
    // …and the rules refuse it even when the app's own check is bypassed
    await expect(
      signUp(sdk, db(env, 'residentA'), 'e1', { ...who.residentA!, volunteer: true }, 'steward'),
    ).rejects.toMatchObject({ code: 'permission-denied' }); // answered, not retried as if it were a race
    expect((await read('events/e1'))?.roles.steward).toMatchObject({ confirmed: 1, waitlist: [] });
  });
  it('nobody signs up twice', async () => {
    await join('residentA');
    await expect(join('residentA')).rejects.toThrow('already');
    // …not even by writing the document directly
    const f = db(env, 'residentA');
    await assertFails(fs.setDoc(fs.doc(f, 'events/e1/signups/rA'), signup('residentA', { seq: 2 })));
  });

  const rawSignup = (p: Principal, over: Record<string, unknown> = {}, event: Record<string, unknown> = {}) =>
    writeSignup(p, { seq: 1, confirmed: 1, ...event }, over);
  it('the direct write the transaction makes is accepted (baseline for the hostile ones)', async () => {
    await assertSucceeds(rawSignup('residentA'));
  });
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['for someone else', { uid: 'rB', name: '居民B' }, {}],
    ['confirmed beyond capacity', {}, { confirmed: 2 }],
    ['a seq out of order', { seq: 5 }, { seq: 5 }],
    ['without taking a number', {}, { seq: 0 }],
    ['waitlisted while places are free', { status: 'waitlisted' }, { confirmed: 0, waitlist: ['rA'] }],
    ['pre-set hours', { hours: 3 }, {}],
    ['an unknown role', { roleId: 'boss' }, {}],
  ])('a sign-up %s is refused', async (_, over, event) => {
    await assertFails(rawSignup('residentA', over, event));
  });
  it('when full, nobody jumps the line or takes a place', async () => {
    await join('residentA');
    await join('residentB');
    // in line ahead of the one already waiting…
    await assertFails(
      writeSignup('volunteer', { seq: 3, waitlist: ['rV', 'rB'] }, { seq: 3, status: 'waitlisted' }),
    );
    // …or in a place beyond capacity
    await assertFails(writeSignup('volunteer', { seq: 3, confirmed: 2 }, { seq: 3 }));
    await expect(join('volunteer')).resolves.toEqual({ status: 'waitlisted', position: 2 });
  });
  it('a waiting person cannot promote themselves', async () => {
    await join('residentA');
    await join('residentB');
    await assertFails(
      fs.updateDoc(fs.doc(db(env, 'residentB'), 'events/e1/signups/rB'), { status: 'confirmed' }),
    );
  });
  it('after the deadline, or for a cancelled or draft event, sign-ups are refused', async () => {
    await setEvent({ signupDeadline: fs.Timestamp.fromMillis(Date.now() - 1000) });
    await expect(join('residentA')).rejects.toThrow();
    await setEvent({ status: 'cancelled' });
    await expect(join('residentA')).rejects.toThrow();
    await setEvent({ status: 'draft' });
    await expect(join('residentA')).rejects.toThrow();
  });
  it('residents see their own sign-up, staff see the roster', async () => {
    await join('residentA');
    await assertSucceeds(fs.getDoc(fs.doc(db(env, 'residentA'), 'events/e1/signups/rA')));
    await assertFails(fs.getDoc(fs.doc(db(env, 'residentB'), 'events/e1/signups/rA')));
    await assertFails(fs.getDocs(fs.collection(db(env, 'residentB'), 'events/e1/signups')));
    await assertSucceeds(fs.getDocs(fs.collection(db(env, 'workerX'), 'events/e1/signups')));
    // a resident's own record: their sign-ups across events, never someone else's
    const signupsOf = (uid: string) =>
      fs.getDocs(
        fs.query(
          fs.collectionGroup(db(env, 'residentA'), 'signups'),
          fs.where('uid', '==', uid),
          fs.limit(200),
        ),
      );
    await assertSucceeds(signupsOf('rA'));
    await assertFails(signupsOf('rB'));
  });
});

// ---------------------------------------------------------------- audit findings 6 and 10: roles nobody bends
describe('a volunteer role is changed by nothing but its own sign-ups', () => {
  /** The volunteer signs up for the steward role as the transaction does, with the role's map bent. */
  function roleSignup(role: Record<string, unknown>, extraRoles: Record<string, unknown> = {}) {
    return writeSignup(
      'volunteer',
      {
        seq: 1,
        roles: {
          steward: { name: '引导员', capacity: 1, confirmed: 1, waitlist: [], ...role },
          ...extraRoles,
        },
      },
      { roleId: 'steward' },
    );
  }
  it('the sign-up the app makes moves only the counters (baseline)', async () => {
    await assertSucceeds(roleSignup({}));
  });
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['raising its places to 50', { capacity: 50 }, {}],
    ['renaming it', { name: '总指挥' }, {}],
    ['adding a key to it', { note: '我来' }, {}],
    ['adding another role', {}, { vip: { name: '贵宾', capacity: 9, confirmed: 0, waitlist: [] } }],
  ])('a sign-up cannot be made while %s', async (_, role, extra) => {
    await assertFails(roleSignup(role, extra));
  });
  it('cancelling cannot leave the role with no places (nobody could ever take one again)', async () => {
    await join('volunteer', 'steward');
    const f = db(env, 'volunteer');
    const bent = fs.writeBatch(f);
    bent.update(fs.doc(f, 'events/e1'), {
      roles: { steward: { name: '引导员', capacity: 0, confirmed: 0, waitlist: [] } },
    });
    bent.delete(fs.doc(f, 'events/e1/signups/rV'));
    await assertFails(bent.commit());
    await expect(cancelSignup(sdk, db(env, 'volunteer'), 'e1', 'rV')).resolves.toBeTruthy();
    expect((await read('events/e1'))?.roles.steward).toEqual({
      name: '引导员',
      capacity: 1,
      confirmed: 0,
      waitlist: [],
    });
  });
});

describe('staff create roles that can be honoured', () => {
  const event = (roles: Record<string, unknown>) => draft({ roles });
  const role = (over: Record<string, unknown> = {}) => ({
    name: '摄影',
    capacity: 4,
    confirmed: 0,
    waitlist: [],
    ...over,
  });
  it('a role with places and nobody in them yet is accepted', async () => {
    await assertSucceeds(fs.setDoc(fs.doc(db(env, 'workerX'), 'events/e2'), event({ photo: role() })));
  });
  it.each<[string, Record<string, unknown>]>([
    ['places already taken by nobody', { photo: role({ confirmed: 4 }) }],
    ['a waiting list of ids that are not sign-ups', { photo: role({ waitlist: ['rA', 'rB'] }) }],
    ['negative places', { photo: role({ capacity: -5 }) }],
    ['no places', { photo: role({ capacity: 0 }) }],
    ['more places than a role may have', { photo: role({ capacity: 501 }) }],
    ['places as text', { photo: role({ capacity: '4' }) }],
    ['a blank name', { photo: role({ name: '\u00a0' }) }],
    ['an extra key', { photo: role({ leader: 'wX' }) }],
    ['a role that is not a map', { photo: 4 }],
    ['a role named like the residents’ own slot', { resident: role() }],
    [
      'a bad role among good ones',
      {
        a: role(),
        b: role(),
        c: role(),
        d: role(),
        e: role(),
        f: role(),
        g: role(),
        h: role({ confirmed: 1 }),
      },
    ],
  ])('a role with %s is refused', async (_, roles) => {
    await assertFails(fs.setDoc(fs.doc(db(env, 'workerX'), 'events/e2'), event(roles)));
  });
  it('before anyone signs up, an edit keeps every role fresh too', async () => {
    await assertSucceeds(fs.setDoc(fs.doc(db(env, 'workerX'), 'events/e2'), event({ photo: role() })));
    await assertFails(
      fs.updateDoc(fs.doc(db(env, 'workerX'), 'events/e2'), {
        'roles.photo.confirmed': 4,
        updatedAt: fs.serverTimestamp(),
      }),
    );
    await assertSucceeds(
      fs.updateDoc(fs.doc(db(env, 'workerX'), 'events/e2'), {
        'roles.photo.capacity': 6,
        updatedAt: fs.serverTimestamp(),
      }),
    );
  });
});

describe('check-in and certified hours', () => {
  async function pastEventWithVolunteer(checkedIn = true) {
    await setEvent({
      startAt: fs.Timestamp.fromMillis(Date.now() - 5 * 3_600_000),
      endAt: fs.Timestamp.fromMillis(Date.now() - 2 * 3_600_000),
      signupDeadline: fs.Timestamp.fromMillis(Date.now() - DAY),
      seq: 1,
      roles: { steward: { name: '引导员', capacity: 1, confirmed: 1, waitlist: [] } },
    });
    await env.withSecurityRulesDisabled(async (ctx) => {
      await fs.setDoc(fs.doc(ctx.firestore() as unknown as fs.Firestore, 'events/e1/signups/rV'), {
        uid: 'rV',
        name: '志愿者',
        roleId: 'steward',
        seq: 1,
        status: 'confirmed',
        createdAt: fs.Timestamp.now(),
        checkedInAt: checkedIn ? fs.Timestamp.now() : null,
        hours: null,
        hoursConfirmedBy: null,
        hoursConfirmedAt: null,
        eventTitle: '健康义诊',
        eventStartAt: START,
      });
    });
  }
  const certify = (p: Principal, uid: string, hours: unknown = 3) =>
    fs.updateDoc(fs.doc(db(env, p), 'events/e1/signups/rV'), {
      hours,
      hoursConfirmedBy: uid,
      hoursConfirmedAt: fs.serverTimestamp(),
    });
  it('staff check a volunteer in on the day', async () => {
    await pastEventWithVolunteer(false);
    await assertFails(
      fs.updateDoc(fs.doc(db(env, 'volunteer'), 'events/e1/signups/rV'), {
        checkedInAt: fs.serverTimestamp(),
      }),
    );
    await assertSucceeds(
      fs.updateDoc(fs.doc(db(env, 'workerX'), 'events/e1/signups/rV'), { checkedInAt: fs.serverTimestamp() }),
    );
  });
  it('staff confirm the hours after the event, under their own name; then they are locked', async () => {
    await pastEventWithVolunteer();
    await assertFails(certify('workerX', 'head')); // under someone else's name
    await assertSucceeds(certify('workerX', 'wX'));
    await assertFails(certify('head', 'head', 5)); // locked
  });
  it('volunteers cannot add hours to themselves, and hours must be a sensible number', async () => {
    await pastEventWithVolunteer();
    await assertFails(certify('volunteer', 'rV'));
    await assertFails(certify('workerX', 'wX', 0));
    await assertFails(certify('workerX', 'wX', 25));
    await assertFails(certify('workerX', 'wX', '3'));
  });
  it('hours cannot be confirmed before the event ends', async () => {
    await pastEventWithVolunteer();
    await setEvent({
      endAt: fs.Timestamp.fromMillis(Date.now() + 3_600_000),
      startAt: fs.Timestamp.fromMillis(Date.now() - 3_600_000),
      signupDeadline: fs.Timestamp.fromMillis(Date.now() - DAY),
      seq: 1,
      roles: { steward: { name: '引导员', capacity: 1, confirmed: 1, waitlist: [] } },
    });
    await assertFails(certify('workerX', 'wX'));
  });
});

describe('staff manage events', () => {
  it('staff create; residents cannot; counters start at zero', async () => {
    await assertSucceeds(fs.setDoc(fs.doc(db(env, 'workerX'), 'events/e2'), draft()));
    await assertFails(fs.setDoc(fs.doc(db(env, 'residentA'), 'events/e3'), draft({ createdBy: 'rA' })));
    await assertFails(fs.setDoc(fs.doc(db(env, 'workerX'), 'events/e4'), draft({ confirmed: 3 })));
    await assertFails(
      fs.setDoc(
        fs.doc(db(env, 'workerX'), 'events/e5'),
        draft({ endAt: fs.Timestamp.fromMillis(Date.now()) }),
      ),
    );
  });
  it('once people signed up, places cannot be changed; a cancelled event stays cancelled', async () => {
    await join('residentA');
    await assertFails(
      fs.updateDoc(fs.doc(db(env, 'head'), 'events/e1'), { capacity: 0, updatedAt: fs.serverTimestamp() }),
    );
    await assertSucceeds(
      fs.updateDoc(fs.doc(db(env, 'head'), 'events/e1'), {
        status: 'cancelled',
        updatedAt: fs.serverTimestamp(),
      }),
    );
    await assertFails(
      fs.updateDoc(fs.doc(db(env, 'head'), 'events/e1'), {
        status: 'published',
        updatedAt: fs.serverTimestamp(),
      }),
    );
  });
  it('residents cannot edit events or move counters by themselves', async () => {
    await assertFails(
      fs.updateDoc(fs.doc(db(env, 'residentA'), 'events/e1'), {
        title: '改',
        updatedAt: fs.serverTimestamp(),
      }),
    );
    await assertFails(fs.updateDoc(fs.doc(db(env, 'residentA'), 'events/e1'), { confirmed: 0, seq: 1 }));
  });
});

// ---------------------------------------------------------------- self check-in with the day's code
describe('a volunteer checks in with the code the organiser shows today', () => {
  const HOUR = 3_600_000;
  const today = dayKey(new Date());
  const yesterday = dayKey(new Date(Date.now() - DAY));
  const confirmedSignup = (uid: string, name: string, over: Record<string, unknown> = {}) => ({
    uid,
    name,
    roleId: 'steward',
    seq: 1,
    status: 'confirmed',
    createdAt: fs.Timestamp.now(),
    checkedInAt: null,
    hours: null,
    hoursConfirmedBy: null,
    hoursConfirmedAt: null,
    eventTitle: '健康义诊',
    eventStartAt: START,
    ...over,
  });
  /** e1 under way (started an hour ago, two hours to go): the volunteer confirmed, resident B waiting. */
  async function underWay(event: Record<string, unknown> = {}) {
    await setEvent({
      startAt: fs.Timestamp.fromMillis(Date.now() - HOUR),
      endAt: fs.Timestamp.fromMillis(Date.now() + 2 * HOUR),
      signupDeadline: fs.Timestamp.fromMillis(Date.now() - DAY),
      seq: 2,
      roles: { steward: { name: '引导员', capacity: 1, confirmed: 1, waitlist: ['rB'] } },
      ...event,
    });
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as fs.Firestore;
      await fs.setDoc(fs.doc(f, 'events/e1/signups/rV'), confirmedSignup('rV', '志愿者'));
      await fs.setDoc(
        fs.doc(f, 'events/e1/signups/rB'),
        confirmedSignup('rB', '居民B', { seq: 2, status: 'waitlisted' }),
      );
      const code = (c: string) => ({ code: c, createdBy: 'wX', createdAt: fs.Timestamp.now() });
      await fs.setDoc(fs.doc(f, `events/e1/checkInCodes/${today}`), code('123456'));
      await fs.setDoc(fs.doc(f, `events/e1/checkInCodes/${yesterday}`), code('654321'));
      await fs.setDoc(fs.doc(f, `events/e2/checkInCodes/${today}`), code('222222'));
    });
  }
  const checkInAs = (p: Principal, code: string, over: Record<string, unknown> = {}, uid = who[p]!.uid) =>
    fs.updateDoc(fs.doc(db(env, p), `events/e1/signups/${uid}`), {
      ...selfCheckInWrite(fs, code),
      ...over,
    });

  it('today’s code for this event checks the volunteer in (the app’s own write)', async () => {
    await underWay();
    await assertSucceeds(checkInAs('volunteer', '123456'));
    expect((await read('events/e1/signups/rV'))?.checkedInAt).toBeTruthy();
  });
  it('staff make today’s code as the app does; nobody else can make, change or read one', async () => {
    await underWayWithoutCodes();
    const code = (p: Principal, day = today, c = '987654') =>
      fs.setDoc(
        fs.doc(db(env, p), `events/e1/checkInCodes/${day}`),
        checkInCodeWrite(fs, P[p as keyof typeof P].uid, c),
      );
    await assertFails(code('volunteer')); // a volunteer setting a code they know
    await assertFails(code('workerX', dayKey(new Date(Date.now() + DAY)))); // tomorrow's, made ahead
    await assertFails(code('workerX', today, '12ab56')); // not 6 digits
    await assertFails(code('workerX', today, '1234567'));
    await assertSucceeds(code('workerX'));
    await assertSucceeds(code('head', today, '111111')); // changed, should it have leaked
    await assertFails(fs.getDoc(fs.doc(db(env, 'volunteer'), `events/e1/checkInCodes/${today}`)));
    await assertFails(fs.getDocs(fs.collection(db(env, 'volunteer'), 'events/e1/checkInCodes')));
    await assertSucceeds(fs.getDoc(fs.doc(db(env, 'workerY'), `events/e1/checkInCodes/${today}`)));
  });
  async function underWayWithoutCodes() {
    await underWay();
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as fs.Firestore;
      for (const path of [`events/e1/checkInCodes/${today}`, `events/e1/checkInCodes/${yesterday}`])
        await fs.deleteDoc(fs.doc(f, path));
    });
  }
  it('with no code made today, nobody checks themselves in', async () => {
    await underWayWithoutCodes();
    await assertFails(checkInAs('volunteer', '123456'));
    await assertFails(checkInAs('volunteer', ''));
  });
  it.each<[string, string, Record<string, unknown>]>([
    ['a wrong code', '123457', {}],
    ['yesterday’s code (a replay on another day)', '654321', {}],
    ['another event’s code', '222222', {}],
    ['a code as a number', '', { checkInCode: 123456 }],
    ['hours added to it', '123456', { hours: 8 }],
    ['certified by themselves', '123456', { hoursConfirmedBy: 'rV', hoursConfirmedAt: fs.serverTimestamp() }],
    ['a time of their own choosing', '123456', { checkedInAt: fs.Timestamp.fromMillis(Date.now() - HOUR) }],
    ['another role taken on the way', '123456', { roleId: 'resident' }],
  ])('%s is refused', async (_, code, over) => {
    await underWay();
    await assertFails(checkInAs('volunteer', code, over));
    expect((await read('events/e1/signups/rV'))?.checkedInAt).toBeNull();
  });
  it('only one’s own confirmed place: not someone else’s, not a waiting place', async () => {
    await underWay();
    await assertFails(checkInAs('residentB', '123456', {}, 'rV')); // checking the volunteer in for them
    await assertFails(checkInAs('residentB', '123456')); // B is only waiting
    await assertFails(checkInAs('residentA', '123456')); // A never signed up
  });
  it('once: a second check-in, or a changed code afterwards, is refused', async () => {
    await underWay();
    await assertSucceeds(checkInAs('volunteer', '123456'));
    await assertFails(checkInAs('volunteer', '123456'));
    await assertFails(
      fs.updateDoc(fs.doc(db(env, 'volunteer'), 'events/e1/signups/rV'), { checkInCode: '000000' }),
    );
  });
  it.each<[string, Record<string, unknown>]>([
    [
      'before check-in opens',
      {
        startAt: fs.Timestamp.fromMillis(Date.now() + 3 * HOUR),
        endAt: fs.Timestamp.fromMillis(Date.now() + 5 * HOUR),
      },
    ],
    [
      'after the event ended',
      {
        startAt: fs.Timestamp.fromMillis(Date.now() - 3 * HOUR),
        endAt: fs.Timestamp.fromMillis(Date.now() - 60_000),
      },
    ],
    ['at a cancelled event', { status: 'cancelled' }],
  ])('%s, even the right code is refused', async (_, event) => {
    await underWay(event);
    await assertFails(checkInAs('volunteer', '123456'));
  });
  it('staff check-in: not before it opens, not at a cancelled event', async () => {
    const staffCheckIn = () =>
      fs.updateDoc(fs.doc(db(env, 'workerX'), 'events/e1/signups/rV'), { checkedInAt: fs.serverTimestamp() });
    await underWay({
      startAt: fs.Timestamp.fromMillis(Date.now() + 3 * HOUR),
      endAt: fs.Timestamp.fromMillis(Date.now() + 5 * HOUR),
    });
    await assertFails(staffCheckIn());
    await underWay({ status: 'cancelled' });
    await assertFails(staffCheckIn());
    await underWay();
    await assertSucceeds(staffCheckIn());
  });
});

describe('a draft nobody signed up to can be deleted', () => {
  const makeDraft = async (over: Record<string, unknown> = {}) => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as fs.Firestore;
      await fs.setDoc(fs.doc(f, 'events/d1'), {
        ...draft(),
        createdAt: fs.Timestamp.now(),
        updatedAt: fs.Timestamp.now(),
        ...over,
      });
    });
  };
  const del = (p: Principal) => fs.deleteDoc(fs.doc(db(env, p), 'events/d1'));
  it('by the staff member who made it, or by the head', async () => {
    await makeDraft();
    await assertSucceeds(del('workerX'));
    await makeDraft();
    await assertSucceeds(del('head'));
  });
  it.each<[string, Principal, Record<string, unknown>]>([
    ['by another worker', 'workerY', {}],
    ['by a resident', 'residentA', {}],
    ['once published', 'head', { status: 'published' }],
    ['once cancelled', 'head', { status: 'cancelled' }],
    ['after someone signed up (back to draft)', 'head', { seq: 1 }],
  ])('not %s', async (_, p, over) => {
    await makeDraft(over);
    await assertFails(del(p));
  });
});
