/**
 * Ticket writes: creating a report (with photos and its public mirror), the state machine, the append-only
 * timeline, remarks and internal notes, "me too". Payloads come from the app's own builders
 * (src/features/tickets/api/writes.ts); each hostile variant mutates a payload that is accepted as is.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  deleteDoc,
  doc,
  getDoc,
  increment,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  changeWrites,
  dayKey,
  mirrorOf,
  monthKey,
  newTicketWrites,
  photoWrite,
  remarkWrite,
  replyStamp,
  type Actor,
  type Change,
  type NewTicketInput,
  type TicketState,
  type VoiceInput,
  voiceWrite,
} from '../../src/features/tickets/api/writes';
import { changePlan, newTicketPlan } from '../../src/features/tickets/api/commit';
import { commitPlanWith } from '../../src/lib/plan-commit';
import { planSdk } from '../../src/lib/write-plan';
import {
  answerMax,
  choiceTextMax,
  otherFlatMax,
  questionsMax,
  questionTextMax,
  reportsPerHouseholdDayMax,
  searchTokenMax,
  searchTokensMax,
  voiceCharsMax,
  voiceSecondsMax,
} from '../../src/lib/policy';
import { profile } from './fixtures';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('tickets');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

const sdk = { serverTimestamp, fromDate: (d: Date) => Timestamp.fromDate(d), increment };
const ACTORS: Record<string, Actor> = {
  residentA: { uid: 'rA', name: '居民A', role: 'resident' },
  residentA2: { uid: 'rA2', name: '居民A2', role: 'resident' },
  residentB: { uid: 'rB', name: '居民B', role: 'resident' },
  workerX: { uid: 'wX', name: '网格X', role: 'worker' },
  workerY: { uid: 'wY', name: '网格Y', role: 'worker' },
  workerOff: { uid: 'wOff', name: '停用', role: 'worker' },
  head: { uid: 'head', name: '主任', role: 'head' },
  pending: { uid: 'rP', name: '待核对', role: 'resident' },
};
const actor = (who: Principal) => ACTORS[who]!;
const B1 = { id: 'b1', number: 1, workerId: 'wX', workerName: '网格X' };
const B2 = { id: 'b2', number: 2, workerId: 'wY', workerName: '网格Y' };
const HA = { id: 'hA', buildingId: 'b1', buildingNumber: 1, entrance: 1, flat: '101' };
const WATER = { id: 'water', responseHours: 4, resolutionHours: 48, shared: true };
const JPEG = `data:image/jpeg;base64,${'A'.repeat(1000)}`;

function input(over: Partial<NewTicketInput> = {}): NewTicketInput {
  return {
    id: 'tNew',
    category: WATER,
    description: '厨房水管漏水',
    area: null,
    building: B1,
    household: HA,
    urgency: 'normal',
    photoCount: 0,
    writtenAt: new Date(),
    ...over,
  };
}

type Mutator = (w: ReturnType<typeof newTicketWrites>) => void;

type VoiceMutator = (v: ReturnType<typeof voiceWrite>) => void;

/** The SDK functions the app's plan decoder uses (src/lib/plan-commit.ts), on the test's clients. */
const planFs = { doc, writeBatch, serverTimestamp, increment };

/**
 * Commits a new report as `who` would — the app's own write plan (built with the app's plain markers, run by
 * the app's decoder) —, optionally with photos, a voice message (`voice/v1`, or the id given) and hostile
 * mutations.
 */
function report(
  who: Principal,
  over: Partial<NewTicketInput> = {},
  mutate?: Mutator,
  photos: string[] = [],
  voice?: VoiceInput & { id?: string; mutate?: VoiceMutator },
) {
  const f = db(env, who);
  const i = input({ photoCount: photos.length, voiceSeconds: voice?.seconds ?? null, ...over });
  const w = newTicketWrites(planSdk, actor(who), i);
  mutate?.(w);
  const photoDocs = photos.map((dataUrl) =>
    photoWrite(planSdk, actor(who), { dataUrl, width: 800, height: 600 }),
  );
  const v = voice ? voiceWrite(planSdk, actor(who), voice) : null;
  if (v) voice?.mutate?.(v);
  return commitPlanWith(planFs, f, newTicketPlan(i.id, w, photoDocs, v, voice?.id));
}

describe('reporting a problem', () => {
  it('a confirmed resident reports for their own flat, with three photos, in one batch', async () => {
    await assertSucceeds(report('residentA', {}, undefined, [JPEG, JPEG, JPEG]));
    let saved: Record<string, unknown> | undefined;
    await env.withSecurityRulesDisabled(async (ctx) => {
      saved = (await getDoc(doc(ctx.firestore() as unknown as Firestore, 'tickets/tNew'))).data();
    });
    expect(saved?.assigneeId).toBe('wX'); // owned by the building's worker from the start
    expect(saved?.status).toBe('submitted');
  });

  it('…a common area of another building goes to that building’s worker', async () => {
    await assertSucceeds(report('residentA', { area: 'lift', building: B2 }));
  });

  it('…a building without a worker goes to the head’s queue (no assignee)', async () => {
    await assertSucceeds(
      report('residentA', {
        area: 'stairwell',
        building: { id: 'b3', number: 3, workerId: null, workerName: null },
      }),
    );
  });

  it('…an urgent report gets half the time', async () => {
    await assertSucceeds(report('residentA', { urgency: 'urgent' }));
  });

  it("…counts in the community's day (Beijing time): written at 07:30 there, the UTC day before", async () => {
    // the latest 23:30 UTC that has passed (07:30 in Beijing), at most a day ago: within the offline window
    const at = new Date();
    at.setUTCHours(23, 30, 0, 0);
    if (at.getTime() > Date.now()) at.setUTCDate(at.getUTCDate() - 1);
    const utcDay = at.toISOString().slice(0, 10);
    const beijingDay = dayKey(at);
    expect(beijingDay).not.toBe(utcDay);
    // the day's signals document under the UTC day: refused (nothing in the batch updates the right one)
    await assertFails(
      report('residentA', { writtenAt: at }, (w) => {
        w.signal.day = utcDay;
      }),
    );
    await assertSucceeds(report('residentA', { writtenAt: at }));
    let signal: Record<string, unknown> | undefined;
    await env.withSecurityRulesDisabled(async (ctx) => {
      signal = (await getDoc(doc(ctx.firestore() as unknown as Firestore, 'signals', beijingDay))).data();
    });
    expect(signal?.lastTicket).toBe('tNew');
  });

  it('…written offline two days ago keeps its deadlines from then', async () => {
    await assertSucceeds(report('residentA', { writtenAt: new Date(Date.now() - 48 * 3_600_000) }));
  });

  const hostile: [string, Mutator][] = [
    ['a forged status', (w) => void (w.ticket.status = 'accepted')],
    ['a forged assignee', (w) => void (w.ticket.assigneeId = 'wY')],
    ['no assignee although the building has one', (w) => void (w.ticket.assigneeId = null)],
    [
      'a forged rating',
      (w) => void ((w.ticket as Record<string, unknown>).rating = { score: 5, comment: '' }),
    ],
    ['a forged createdAt', (w) => void (w.ticket.createdAt = Timestamp.fromDate(new Date('2020-01-01')))],
    ['a forged reporter', (w) => void (w.ticket.reporterId = 'rB')],
    ['another reporter name', (w) => void (w.ticket.reporterName = '别人')],
    ['a proxy flag', (w) => void (w.ticket.viaProxy = true)],
    ['another household', (w) => void (w.ticket.householdId = 'hB')],
    ['another home address', (w) => void (w.ticket.home = { ...w.ticket.home, flat: '102' })],
    ['a flat in another building', (w) => void (w.ticket.buildingId = 'b2')],
    [
      'a longer deadline',
      (w) => void (w.ticket.resolutionDueAt = Timestamp.fromDate(new Date(Date.now() + 999 * 3_600_000))),
    ],
    ['dueAt not the response deadline', (w) => void (w.ticket.dueAt = w.ticket.resolutionDueAt)],
    [
      'a phone time in the future',
      (w) => void (w.ticket.clientCreatedAt = Timestamp.fromDate(new Date(Date.now() + 3_600_000))),
    ],
    [
      'a phone time four days old',
      (w) => {
        const old = new Date(Date.now() - 96 * 3_600_000);
        w.ticket.clientCreatedAt = Timestamp.fromDate(old);
        w.ticket.responseDueAt = Timestamp.fromDate(new Date(old.getTime() + 4 * 3_600_000));
        w.ticket.resolutionDueAt = Timestamp.fromDate(new Date(old.getTime() + 48 * 3_600_000));
        w.ticket.dueAt = w.ticket.responseDueAt;
      },
    ],
    ['an unknown category', (w) => void (w.ticket.categoryId = 'nope')],
    ['a whitespace-only description', (w) => void (w.ticket.description = ' \n\u3000 ')],
    ['a 1001-character description', (w) => void (w.ticket.description = '漏'.repeat(1001))],
    ['a description that is a number', (w) => void ((w.ticket as Record<string, unknown>).description = 42)],
    [
      'an area the building does not have',
      (w) => void (w.ticket.location = { kind: 'common', area: 'pool', entrance: null, flat: null }),
    ],
    [
      'a flat location with an area',
      (w) => void (w.ticket.location = { kind: 'flat', area: 'lift', entrance: null, flat: null }),
    ],
    ['an unknown urgency', (w) => void (w.ticket.urgency = 'critical' as never)],
    ['an extra key', (w) => void ((w.ticket as Record<string, unknown>).internal = 'x')],
    ['a missing key', (w) => void delete (w.ticket as Record<string, unknown>).reopenCount],
    ['photoCount as a float', (w) => void (w.ticket.photoCount = 1.5)],
    ['photoCount 4', (w) => void (w.ticket.photoCount = 4)],
    ['a reopen count', (w) => void (w.ticket.reopenCount = 1)],
    ['a public mirror with another status', (w) => void (w.publicTicket!.status = 'resolved')],
    ['a public mirror with followers', (w) => void (w.publicTicket!.followerCount = 10)],
    ['a public mirror in another building', (w) => void (w.publicTicket!.buildingId = 'b2')],
    ['a ticket that says it is not shared', (w) => void (w.ticket.shared = false)],
    ['a creation entry by someone else', (w) => void (w.created.authorId = 'wX')],
    ['a creation entry marked internal', (w) => void (w.created.visibility = 'internal')],
    ['the summary counted twice', (w) => void (w.stats.data.createdAll = increment(2))],
    [
      'the summary counted for another building',
      (w) => void (w.stats.data.createdByBuilding = { b2: increment(1) }),
    ],
    ['the summary tied to another ticket', (w) => void (w.stats.data.lastTicket = 'tA')],
    ['no early-warning signal', (w) => void (w.signal.day = '')],
    ['the signal in another day', (w) => void (w.signal.day = '2026-01-01')],
    ['the signal for another household', (w) => void (w.signal.data.reports = { 'b1~water': { hB: true } })],
    ['the signal for another category', (w) => void (w.signal.data.reports = { 'b1~lift': { hA: true } })],
    [
      'the signal for two households at once',
      (w) => void (w.signal.data.reports = { 'b1~water': { hA: true, hB: true } }),
    ],
    ['the signal tied to another ticket', (w) => void (w.signal.data.lastTicket = 'tA')],
  ];
  it('an early-warning signal cannot be written without its report', async () => {
    const day = new Date().toISOString().slice(0, 10);
    await assertFails(
      setDoc(doc(db(env, 'residentA'), 'signals', day), {
        reports: { 'b1~water': { hA: true } },
        lastTicket: 'tA',
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it.each(hostile)('…is refused with %s', async (_, mutate) => {
    await assertFails(report('residentA', {}, mutate));
  });

  it('…is refused without its timeline entry or public mirror', async () => {
    const f = db(env, 'residentA');
    const w = newTicketWrites(sdk, actor('residentA'), input());
    const noEntry = writeBatch(f);
    noEntry.set(doc(f, 'tickets/tNew'), w.ticket);
    noEntry.set(doc(f, 'publicTickets/tNew'), w.publicTicket);
    noEntry.set(doc(f, 'stats', w.stats.period), w.stats.data, { merge: true });
    noEntry.set(doc(f, w.reportDay!.path), w.reportDay!.data, { merge: true });
    await assertFails(noEntry.commit());
    const noMirror = writeBatch(f);
    noMirror.set(doc(f, 'tickets/tNew'), w.ticket);
    noMirror.set(doc(f, 'tickets/tNew/timeline/created'), w.created);
    noMirror.set(doc(f, 'stats', w.stats.period), w.stats.data, { merge: true });
    noMirror.set(doc(f, w.reportDay!.path), w.reportDay!.data, { merge: true });
    await assertFails(noMirror.commit());
    const noStats = writeBatch(f);
    noStats.set(doc(f, 'tickets/tNew'), w.ticket);
    noStats.set(doc(f, 'tickets/tNew/timeline/created'), w.created);
    noStats.set(doc(f, 'publicTickets/tNew'), w.publicTicket);
    noStats.set(doc(f, w.reportDay!.path), w.reportDay!.data, { merge: true });
    await assertFails(noStats.commit());
  });

  it.each<Principal>(['pending', 'noProfile', 'anonymous', 'workerOff'])('%s cannot report', async (who) => {
    const as = who === 'noProfile' || who === 'anonymous' ? 'residentA' : who;
    const f = db(env, who);
    const w = newTicketWrites(sdk, actor(as), input());
    const batch = writeBatch(f);
    batch.set(doc(f, 'tickets/tNew'), w.ticket);
    batch.set(doc(f, 'tickets/tNew/timeline/created'), w.created);
    batch.set(doc(f, 'publicTickets/tNew'), w.publicTicket);
    batch.set(doc(f, 'stats', w.stats.period), w.stats.data, { merge: true });
    await assertFails(batch.commit());
  });

  it('photos: an oversize photo, a PNG, or more photos than declared are refused', async () => {
    await assertFails(report('residentA', {}, undefined, [`data:image/jpeg;base64,${'A'.repeat(400_001)}`]));
    await assertFails(report('residentA', {}, undefined, ['data:image/png;base64,AAAA']));
    await assertFails(report('residentA', {}, (w) => void (w.ticket.photoCount = 1), [JPEG, JPEG]));
    await assertSucceeds(report('residentA', { id: 'tOk' }, undefined, [JPEG]));
  });

  it('a worker files on behalf of a resident of their building, recorded as such', async () => {
    await assertSucceeds(report('workerX', { proxyFor: '王大爷（电话）' }));
  });
  it('…but not for a household of another building', async () => {
    await assertFails(report('workerY', { proxyFor: '王大爷' }, (w) => void (w.ticket.assigneeId = 'wX')));
  });
  it('…and not pretending the resident filed it', async () => {
    await assertFails(report('workerX', { proxyFor: '王大爷' }, (w) => void (w.ticket.viaProxy = false)));
  });
});

// ---------------------------------------------------------------- the state machine

/** Puts tA into `status` (rules disabled) with the fields that status implies. */
async function setTicket(status: string, over: Record<string, unknown> = {}) {
  const now = Date.now();
  const ts = (ms: number) => Timestamp.fromMillis(ms);
  const base: Record<string, unknown> = {
    status,
    open: ['submitted', 'accepted', 'in_progress', 'reopened'].includes(status),
    responseDueAt: ts(now + 4 * 3_600_000),
    resolutionDueAt: ts(now + 48 * 3_600_000),
    dueAt:
      status === 'submitted'
        ? ts(now + 4 * 3_600_000)
        : ['accepted', 'in_progress', 'reopened'].includes(status)
          ? ts(now + 48 * 3_600_000)
          : null,
    acceptedAt: status === 'submitted' ? null : ts(now - 3_600_000),
    resolvedAt: status === 'resolved' ? ts(now - 3_600_000) : null,
    ...over,
  };
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as Firestore;
    await updateDoc(doc(f, 'tickets/tA'), base);
    await setDoc(doc(f, 'publicTickets/tA'), {
      buildingId: 'b1',
      buildingNumber: 1,
      categoryId: 'water',
      area: 'flat',
      status,
      open: base.open,
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
      followerCount: 0,
    });
  });
  return base;
}

function state(base: Record<string, unknown>): TicketState {
  const d = (v: unknown) => (v ? (v as Timestamp).toDate() : null);
  return {
    id: 'tA',
    createdAt: new Date('2026-11-01T08:00:00Z'),
    buildingId: 'b1',
    shared: base.shared !== false,
    categoryId: 'water',
    assigneeId: 'wX',
    status: base.status as TicketState['status'],
    responseDueAt: d(base.responseDueAt)!,
    resolutionDueAt: d(base.resolutionDueAt)!,
    acceptedAt: d(base.acceptedAt),
    reopenCount: (base.reopenCount as number) ?? 0,
    photoCount: (base.photoCount as number) ?? 0,
  };
}

let eventCounter = 0;
/** Commits `change` to tA as `who`, with its entry and mirror, optionally mutated. */
function change(
  who: Principal,
  base: Record<string, unknown>,
  c: Change,
  mutate?: (w: ReturnType<typeof changeWrites>) => void,
  opts: { skipMirror?: boolean; skipEntry?: boolean; skipStats?: boolean } = {},
) {
  const f = db(env, who);
  const w = changeWrites(planSdk, actor(who), state(base), c);
  mutate?.(w);
  const eventId = `ev${++eventCounter}`;
  // The app's plan of the change (src/features/tickets/api/commit.ts), less what a hostile variant leaves out.
  const plan = changePlan('tA', w, eventId).filter(
    (op) =>
      !(opts.skipEntry && op.path.includes('/timeline/')) &&
      !(opts.skipMirror && op.path.startsWith('publicTickets/')) &&
      !(opts.skipStats && op.path.startsWith('stats/')),
  );
  return commitPlanWith(planFs, f, plan);
}

describe('the owner works the ticket: submitted → accepted → in progress → resolved', () => {
  it('accept, start, resolve — each with its entry and public mirror', async () => {
    const base = await setTicket('submitted');
    await assertSucceeds(change('workerX', base, { kind: 'accept', reply: '已收到' }));
    const accepted = await setTicket('accepted');
    await assertSucceeds(change('workerX', accepted, { kind: 'start' }));
    const started = await setTicket('in_progress');
    await assertSucceeds(change('workerX', started, { kind: 'resolve', reply: '修好了' }));
  });
  it('the head may move any ticket', async () => {
    const base = await setTicket('submitted');
    await assertSucceeds(change('head', base, { kind: 'accept' }));
  });
  it.each<Principal>(['workerY', 'workerOff', 'residentA', 'residentB'])(
    '%s may not accept it',
    async (who) => {
      const base = await setTicket('submitted');
      await assertFails(change(who, base, { kind: 'accept' }));
    },
  );
  it('skipped states are refused: accepted → resolved, submitted → in progress', async () => {
    const accepted = await setTicket('accepted');
    await assertFails(change('workerX', accepted, { kind: 'resolve', reply: '好了' }));
    const submitted = await setTicket('submitted');
    await assertFails(change('workerX', submitted, { kind: 'start' }));
  });
  it('a repeated transition is refused: accepting an accepted ticket', async () => {
    const accepted = await setTicket('accepted');
    await assertFails(change('workerX', accepted, { kind: 'accept' }));
  });
  it('a change without its timeline entry, or without the public mirror, is refused', async () => {
    const base = await setTicket('submitted');
    await assertFails(change('workerX', base, { kind: 'accept' }, undefined, { skipEntry: true }));
    await assertFails(change('workerX', base, { kind: 'accept' }, undefined, { skipMirror: true }));
  });
  it('an entry whose type is not the change made is refused', async () => {
    const base = await setTicket('submitted');
    await assertFails(change('workerX', base, { kind: 'accept' }, (w) => void (w.entry.type = 'resolved')));
  });
  it.each<[string, (w: ReturnType<typeof changeWrites>) => void]>([
    ['the reporter’s text', (w) => void (w.ticket.description = '改了')],
    ['the category', (w) => void (w.ticket.categoryId = 'other')],
    ['the rating', (w) => void (w.ticket.rating = { score: 5, comment: '' })],
    [
      'a later deadline',
      (w) => void (w.ticket.dueAt = Timestamp.fromDate(new Date(Date.now() + 999 * 3_600_000))),
    ],
    ['open left false', (w) => void (w.ticket.open = false)],
    ['a client updatedAt', (w) => void (w.ticket.updatedAt = Timestamp.now())],
  ])('accepting while also changing %s is refused', async (_, mutate) => {
    const base = await setTicket('submitted');
    await assertFails(change('workerX', base, { kind: 'accept' }, mutate));
  });
  it('reject needs a reason the resident can read', async () => {
    const base = await setTicket('submitted');
    await assertFails(change('workerX', base, { kind: 'reject', reason: '   ' }));
    await assertSucceeds(
      change('workerX', base, { kind: 'reject', reason: '属于供电公司管辖，请拨打 95598' }),
    );
  });
  it('transfer to another active worker, with a note', async () => {
    const base = await setTicket('accepted');
    await assertSucceeds(
      change('workerX', base, { kind: 'transfer', toId: 'wY', toName: '网格Y', note: '他负责这片管网' }),
    );
  });
  it('transfer is refused to a resident, to a deactivated worker, under a wrong name, or without a note', async () => {
    const base = await setTicket('accepted');
    await assertFails(
      change('workerX', base, { kind: 'transfer', toId: 'rB', toName: '居民B', note: '给你' }),
    );
    await assertFails(
      change('workerX', base, { kind: 'transfer', toId: 'wOff', toName: '停用', note: '给你' }),
    );
    await assertFails(
      change('workerX', base, { kind: 'transfer', toId: 'wY', toName: '别人', note: '给你' }),
    );
    await assertFails(change('workerX', base, { kind: 'transfer', toId: 'wY', toName: '网格Y', note: ' ' }));
  });
  it('only the owner transfers', async () => {
    const base = await setTicket('accepted');
    await assertFails(
      change('workerY', base, { kind: 'transfer', toId: 'wY', toName: '网格Y', note: '我来' }),
    );
  });
  it('the hand-over note is internal unless the one handing over shows it to the household', async () => {
    const base = await setTicket('accepted');
    const internal = { kind: 'transfer', toId: 'wY', toName: '网格Y', note: '请何网格协助' } as const;
    expect(changeWrites(sdk, actor('workerX'), state(base), internal).entry.visibility).toBe('internal');
    await assertSucceeds(change('workerX', base, internal));
    // the household reads the ticket (its new owner) but not the note; staff read both
    await assertFails(getDoc(doc(db(env, 'residentA'), `tickets/tA/timeline/ev${eventCounter}`)));
    await assertSucceeds(getDoc(doc(db(env, 'workerY'), `tickets/tA/timeline/ev${eventCounter}`)));
    const shown = await setTicket('accepted', { assigneeId: 'wX', assigneeName: '网格X' });
    await assertSucceeds(change('workerX', shown, { ...internal, showResident: true }));
    await assertSucceeds(getDoc(doc(db(env, 'residentA'), `tickets/tA/timeline/ev${eventCounter}`)));
  });
  it('a worker hands a ticket to the head, or to an active worker who owns no building', async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      await setDoc(doc(f, 'users/wNew'), profile({ displayName: '新网格', role: 'worker' }));
    });
    const base = await setTicket('accepted');
    await assertSucceeds(
      change('workerX', base, { kind: 'transfer', toId: 'head', toName: '主任', note: '请主任协调' }),
    );
    const again = await setTicket('accepted', { assigneeId: 'wX', assigneeName: '网格X' });
    await assertSucceeds(
      change('workerX', again, { kind: 'transfer', toId: 'wNew', toName: '新网格', note: '请协助' }),
    );
  });
  it('a building’s worker takes a ticket of their building that nobody has — to themselves only', async () => {
    const base = await setTicket('submitted', { assigneeId: null, assigneeName: null });
    const waiting = { ...base, assigneeId: null };
    const take = (who: Principal, toId: string, toName: string) =>
      change(who, waiting, { kind: 'transfer', toId, toName, note: '新网格员到岗，接手本楼工单。' });
    await assertFails(take('workerY', 'wY', '网格Y')); // not their building
    await assertFails(take('workerX', 'wY', '网格Y')); // not theirs to give
    await assertSucceeds(take('workerX', 'wX', '网格X'));
  });
  it('only the head puts a ticket back in the queue nobody has (待分派)', async () => {
    const base = await setTicket('accepted');
    const back = { kind: 'transfer', toId: null, toName: null, note: '原负责人离岗，工单转交。' } as const;
    await assertFails(change('workerX', base, back));
    await assertFails(change('head', base, { ...back, toName: '网格Y' }));
    await assertSucceeds(change('head', base, back));
  });
});

describe('the household: cancel, confirm and rate, or say it is not fixed', () => {
  it('the household cancels before acceptance, not after', async () => {
    const base = await setTicket('submitted');
    await assertSucceeds(change('residentA2', base, { kind: 'cancel' }));
    const accepted = await setTicket('accepted');
    await assertFails(change('residentA', accepted, { kind: 'cancel' }));
  });
  it('another household cannot cancel it', async () => {
    const base = await setTicket('submitted');
    await assertFails(change('residentB', base, { kind: 'cancel' }));
  });
  it('confirm with a rating 1–5 closes it', async () => {
    const base = await setTicket('resolved');
    await assertSucceeds(change('residentA', base, { kind: 'confirm', score: 4, comment: '挺快的' }));
  });
  it.each<[string, Change]>([
    ['score 0', { kind: 'confirm', score: 0, comment: '' }],
    ['score 6', { kind: 'confirm', score: 6, comment: '' }],
    ['score 4.5', { kind: 'confirm', score: 4.5, comment: '' }],
    ['a 501-character comment', { kind: 'confirm', score: 4, comment: '好'.repeat(501) }],
  ])('a rating with %s is refused', async (_, c) => {
    const base = await setTicket('resolved');
    await assertFails(change('residentA', base, c));
  });
  it('rating twice is refused (a closed ticket cannot be confirmed again)', async () => {
    const closed = await setTicket('closed', { rating: { score: 5, comment: '' }, closeReason: 'confirmed' });
    await assertFails(change('residentA', closed, { kind: 'confirm', score: 1, comment: '' }));
  });
  it('staff cannot rate on the resident’s behalf', async () => {
    const base = await setTicket('resolved');
    await assertFails(change('workerX', base, { kind: 'confirm', score: 5, comment: '' }));
  });
  it('not fixed reopens it with a reason, within 7 days', async () => {
    const base = await setTicket('resolved');
    await assertFails(change('residentA', base, { kind: 'reopen', reason: '  ' }));
    await assertSucceeds(change('residentA', base, { kind: 'reopen', reason: '还是漏水' }));
  });
  it('after 7 days the resident can no longer reopen or rate; it closes by itself as not rated', async () => {
    const old = await setTicket('resolved', {
      resolvedAt: Timestamp.fromMillis(Date.now() - 8 * 86_400_000),
    });
    await assertFails(change('residentA', old, { kind: 'reopen', reason: '还是漏水' }));
    await assertFails(change('residentA', old, { kind: 'confirm', score: 5, comment: '' }));
    await assertSucceeds(change('residentA', old, { kind: 'autoClose' }));
  });
  it('…but not before 7 days', async () => {
    const base = await setTicket('resolved');
    await assertFails(change('workerX', base, { kind: 'autoClose' }));
  });
  it('the reopened ticket goes back to its owner: accepted again, keeping the first acceptance time', async () => {
    const reopened = await setTicket('reopened', { reopenCount: 1 });
    await assertSucceeds(change('workerX', reopened, { kind: 'accept', reply: '再去看看' }));
  });
});

describe('timeline: append-only; replies, comments and internal notes', () => {
  function remark(who: Principal, type: 'comment' | 'reply' | 'note', text = '补充一下', id = 'r1') {
    const f = db(env, who);
    return setDoc(doc(f, 'tickets/tA/timeline', id), remarkWrite(sdk, actor(who), type, text));
  }
  it('the household comments; staff reply publicly and write internal notes', async () => {
    await assertSucceeds(remark('residentA', 'comment'));
    await assertSucceeds(remark('workerX', 'reply', '明天上午去', 'r2'));
    await assertSucceeds(remark('workerX', 'note', '需要物业配合', 'r3'));
  });
  it('a resident cannot write a reply or an internal note, and another household cannot comment', async () => {
    await assertFails(remark('residentA', 'reply'));
    await assertFails(remark('residentA', 'note'));
    await assertFails(remark('residentB', 'comment'));
  });
  it('a note must stay internal and a reply public', async () => {
    const f = db(env, 'workerX');
    await assertFails(
      setDoc(doc(f, 'tickets/tA/timeline/x'), {
        ...remarkWrite(sdk, actor('workerX'), 'note', '内部'),
        visibility: 'public',
      }),
    );
    await assertFails(
      setDoc(doc(f, 'tickets/tA/timeline/y'), {
        ...remarkWrite(sdk, actor('workerX'), 'reply', '公开'),
        visibility: 'internal',
      }),
    );
  });
  it('whitespace-only remarks and remarks signed by someone else are refused', async () => {
    await assertFails(remark('residentA', 'comment', ' \u3000 '));
    const f = db(env, 'residentA');
    await assertFails(
      setDoc(doc(f, 'tickets/tA/timeline/z'), {
        ...remarkWrite(sdk, actor('residentA'), 'comment', '好'),
        authorName: '网格X',
      }),
    );
  });
  function stampedReply(who: Principal, id: string, over: { type?: 'reply' | 'comment' | 'note' } = {}) {
    const f = db(env, who);
    const batch = writeBatch(f);
    batch.set(
      doc(f, 'tickets/tA/timeline', id),
      remarkWrite(sdk, actor(who), over.type ?? 'reply', '明天去'),
    );
    return { f, batch };
  }
  it("a staff reply stamps the ticket with its id and time, in the reply's batch (the household's home sees it)", async () => {
    const { f, batch } = stampedReply('workerX', 'r5');
    batch.update(doc(f, 'tickets/tA'), replyStamp(sdk, 'r5'));
    await assertSucceeds(batch.commit());
    const t = (await getDoc(doc(db(env, 'residentA'), 'tickets/tA'))).data()!;
    expect(t.lastReplyId).toBe('r5');
    expect(t.lastReplyAt).toBeInstanceOf(Timestamp);
  });
  it('the stamp needs a new reply of the same batch, server time, and nothing else changed', async () => {
    // no entry at all, or one that was already there
    await assertFails(updateDoc(doc(db(env, 'workerX'), 'tickets/tA'), replyStamp(sdk, 'r6')));
    await assertFails(updateDoc(doc(db(env, 'workerX'), 'tickets/tA'), replyStamp(sdk, 'pub')));
    // a note (internal) or a resident's comment is not a reply
    const note = stampedReply('workerX', 'r7', { type: 'note' });
    note.batch.update(doc(note.f, 'tickets/tA'), replyStamp(sdk, 'r7'));
    await assertFails(note.batch.commit());
    const comment = stampedReply('residentA', 'r8', { type: 'comment' });
    comment.batch.update(doc(comment.f, 'tickets/tA'), replyStamp(sdk, 'r8'));
    await assertFails(comment.batch.commit());
    // a time of the phone's choosing, or another field slipped in
    const early = stampedReply('workerX', 'r9');
    early.batch.update(doc(early.f, 'tickets/tA'), {
      ...replyStamp(sdk, 'r9'),
      lastReplyAt: Timestamp.now(),
    });
    await assertFails(early.batch.commit());
    const extra = stampedReply('workerX', 'r10');
    extra.batch.update(doc(extra.f, 'tickets/tA'), { ...replyStamp(sdk, 'r10'), description: '改' });
    await assertFails(extra.batch.commit());
    // pointing at another entry than the batch's reply
    const other = stampedReply('workerX', 'r11');
    other.batch.update(doc(other.f, 'tickets/tA'), replyStamp(sdk, 'r12'));
    await assertFails(other.batch.commit());
  });
  it("the household cannot stamp a staff reply's time on its ticket", async () => {
    await assertFails(updateDoc(doc(db(env, 'residentA'), 'tickets/tA'), replyStamp(sdk, 'r13')));
  });
  it('no remarks on a closed ticket', async () => {
    await setTicket('closed', { closeReason: 'auto' });
    await assertFails(remark('residentA', 'comment'));
  });
  it('timeline entries can be neither edited nor deleted, by anyone', async () => {
    await assertFails(updateDoc(doc(db(env, 'workerX'), 'tickets/tA/timeline/pub'), { text: '改' }));
    await assertFails(updateDoc(doc(db(env, 'head'), 'tickets/tA/timeline/int'), { text: '改' }));
    await assertFails(deleteDoc(doc(db(env, 'head'), 'tickets/tA/timeline/pub')));
    await assertFails(
      setDoc(
        doc(db(env, 'workerX'), 'tickets/tA/timeline/pub'),
        remarkWrite(sdk, actor('workerX'), 'reply', '覆盖'),
      ),
    );
  });
  it('tickets cannot be deleted', async () => {
    await assertFails(deleteDoc(doc(db(env, 'head'), 'tickets/tA')));
  });
});

describe('adding a photo later', () => {
  it('the household adds a photo to an open ticket (count, entry and photo together)', async () => {
    const base = await setTicket('accepted', { photoCount: 1 });
    const f = db(env, 'residentA');
    const w = changeWrites(sdk, actor('residentA'), state({ ...base, photoCount: 1 }), { kind: 'addPhoto' });
    const batch = writeBatch(f);
    batch.update(doc(f, 'tickets/tA'), { ...w.ticket, lastEventId: 'ph1' });
    batch.set(doc(f, 'tickets/tA/timeline/ph1'), w.entry);
    batch.set(
      doc(f, 'tickets/tA/photos/p2'),
      photoWrite(sdk, actor('residentA'), { dataUrl: JPEG, width: 10, height: 10 }),
    );
    await assertSucceeds(batch.commit());
  });
  it('a photo beyond the count is refused; an existing photo cannot be replaced', async () => {
    await setTicket('accepted', { photoCount: 1 });
    const f = db(env, 'residentA');
    await assertFails(
      setDoc(
        doc(f, 'tickets/tA/photos/p3'),
        photoWrite(sdk, actor('residentA'), { dataUrl: JPEG, width: 1, height: 1 }),
      ),
    );
    await assertFails(
      setDoc(
        doc(f, 'tickets/tA/photos/p1'),
        photoWrite(sdk, actor('residentA'), { dataUrl: JPEG, width: 1, height: 1 }),
      ),
    );
  });
});

// ---------------------------------------------------------------- audit findings 1–5: the records a change leaves
describe('every change leaves its own public record, and counts only what it is', () => {
  const b1 = { reopenedAll: increment(1), reopenedByBuilding: { b1: increment(1) } };
  /** Commits a batch as `who`: the ticket's new fields, an entry (or none) and an optional summary write. */
  function raw(
    who: Principal,
    ticket: Record<string, unknown>,
    entry: { id: string; data: Record<string, unknown> } | null,
    stats: Record<string, unknown> | null = null,
    extra?: (batch: ReturnType<typeof writeBatch>, f: Firestore) => void,
  ) {
    const f = db(env, who);
    const batch = writeBatch(f);
    batch.update(doc(f, 'tickets/tA'), ticket);
    if (entry) batch.set(doc(f, 'tickets/tA/timeline', entry.id), entry.data);
    if (stats)
      batch.set(
        doc(f, 'stats', monthKey(new Date())),
        { ...stats, lastTicket: 'tA', updatedAt: serverTimestamp() },
        { merge: true },
      );
    extra?.(batch, f);
    return batch.commit();
  }
  const transfer = (base: Record<string, unknown>, who: Principal = 'workerX') =>
    changeWrites(sdk, actor(who), state(base), {
      kind: 'transfer',
      toId: 'wY',
      toName: '网格Y',
      note: '请网格Y协助',
    });
  const photo = (base: Record<string, unknown>, who: Principal = 'residentA') =>
    changeWrites(sdk, actor(who), state(base), { kind: 'addPhoto' });
  const withPhoto = (n: number) => (batch: ReturnType<typeof writeBatch>, f: Firestore) =>
    batch.set(
      doc(f, `tickets/tA/photos/p${n}`),
      photoWrite(sdk, actor('residentA'), { dataUrl: JPEG, width: 1, height: 1 }),
    );

  // 1. A reopening is counted only by a reopening.
  it('a hand-over (by the owner or the head) cannot count a reopening', async () => {
    for (const who of ['workerX', 'head'] as const) {
      const base = await setTicket('accepted', { assigneeId: 'wX', assigneeName: '网格X' });
      const w = transfer(base, who);
      const id = `t-${who}`;
      await assertFails(raw(who, { ...w.ticket, lastEventId: id }, { id, data: w.entry }, b1));
      await assertSucceeds(raw(who, { ...w.ticket, lastEventId: id }, { id, data: w.entry }));
    }
  });
  it('a photo added to a reopened ticket cannot count a reopening', async () => {
    const base = await setTicket('reopened', { photoCount: 1, reopenCount: 1 });
    const w = photo({ ...base, photoCount: 1 });
    await assertFails(
      raw('residentA', { ...w.ticket, lastEventId: 'ph' }, { id: 'ph', data: w.entry }, b1, withPhoto(2)),
    );
    await assertSucceeds(
      raw('residentA', { ...w.ticket, lastEventId: 'ph' }, { id: 'ph', data: w.entry }, null, withPhoto(2)),
    );
  });
  it('a reopening counts once, as a reopening, and nothing else', async () => {
    const base = await setTicket('resolved');
    await assertFails(
      change('residentA', base, { kind: 'reopen', reason: '还漏' }, (w) => {
        w.stats!.data.reopenedAll = increment(3);
      }),
    );
    await assertFails(
      change('residentA', base, { kind: 'reopen', reason: '还漏' }, (w) => {
        w.stats!.data.resolvedAll = increment(1);
      }),
    );
    await assertSucceeds(change('residentA', base, { kind: 'reopen', reason: '还漏' }));
  });

  // 2. The first acceptance is counted (response figures), a second one is not.
  it('a first acceptance cannot leave out the summary', async () => {
    const base = await setTicket('submitted');
    await assertFails(change('workerX', base, { kind: 'accept' }, undefined, { skipStats: true }));
    await assertSucceeds(change('workerX', base, { kind: 'accept' }));
  });
  it('accepting a reopened ticket again counts nothing more', async () => {
    const reopened = await setTicket('reopened', { reopenCount: 1 });
    const counted = {
      acceptedAll: increment(1),
      acceptHist: { h0: increment(1) },
      acceptedByWorker: { wX: increment(1) },
    };
    const w = changeWrites(sdk, actor('workerX'), state(reopened), { kind: 'accept' });
    expect(w.stats).toBeNull();
    const mirror = (batch: ReturnType<typeof writeBatch>, f: Firestore) =>
      batch.update(doc(f, 'publicTickets/tA'), w.publicTicket!);
    const ticket = { ...w.ticket, lastEventId: 'ra' };
    await assertFails(raw('workerX', ticket, { id: 'ra', data: w.entry }, counted, mirror));
    await assertSucceeds(raw('workerX', ticket, { id: 'ra', data: w.entry }, null, mirror));
  });

  // 3. A change points at a timeline entry it writes now, never one already there.
  it.each<[string, Principal, string, Change]>([
    ['accepted', 'workerX', 'submitted', { kind: 'accept' }],
    ['started', 'workerX', 'accepted', { kind: 'start' }],
    ['resolved', 'workerX', 'in_progress', { kind: 'resolve', reply: '好了' }],
    ['cancelled', 'residentA', 'submitted', { kind: 'cancel' }],
  ])('a ticket cannot be %s pointing at an entry that already exists', async (_, who, from, c) => {
    const base = await setTicket(from);
    const w = changeWrites(sdk, actor(who), state(base), c);
    const extra = (batch: ReturnType<typeof writeBatch>, f: Firestore) => {
      if (w.publicTicket) batch.update(doc(f, 'publicTickets/tA'), w.publicTicket);
      if (w.stats) batch.set(doc(f, 'stats', w.stats.period), w.stats.data, { merge: true });
    };
    await assertFails(raw(who, { ...w.ticket, lastEventId: 'pub' }, null, null, extra)); // 'pub' is seeded
    await assertFails(raw(who, { ...w.ticket, lastEventId: 'int' }, null, null, extra));
    await assertSucceeds(
      raw(who, { ...w.ticket, lastEventId: 'new1' }, { id: 'new1', data: w.entry }, null, extra),
    );
  });

  // 4. A change is never recorded as an internal note (the household would see nothing).
  it.each<[string, string, Change]>([
    ['accepted', 'submitted', { kind: 'accept' }],
    ['resolved', 'in_progress', { kind: 'resolve', reply: '好了' }],
    ['rejected', 'submitted', { kind: 'reject', reason: '不归社区管' }],
  ])('a ticket %s with an internal note as its entry is refused', async (_, from, c) => {
    const base = await setTicket(from);
    await assertFails(
      change('workerX', base, c, (w) => {
        w.entry.type = 'note';
        w.entry.visibility = 'internal';
      }),
    );
    await assertFails(change('workerX', base, c, (w) => void (w.entry.visibility = 'internal')));
  });

  // 5. The entry's type is the change made in this batch.
  it.each(['accepted', 'resolved', 'rated', 'reopened', 'transferred', 'comment'])(
    'a photo added by the household cannot be labelled %s',
    async (type) => {
      const base = await setTicket('reopened', { photoCount: 1, reopenCount: 1 });
      const w = photo({ ...base, photoCount: 1 });
      const entry = { ...w.entry, type, text: '网格员确认：已全部修好' };
      await assertFails(
        raw('residentA', { ...w.ticket, lastEventId: 'ph' }, { id: 'ph', data: entry }, null, withPhoto(2)),
      );
    },
  );
  it.each(['reopened', 'accepted', 'photo', 'reply'])('a hand-over cannot be labelled %s', async (type) => {
    const base = await setTicket('accepted');
    const w = transfer(base);
    await assertFails(
      raw(
        'workerX',
        { ...w.ticket, lastEventId: 'tr' },
        { id: 'tr', data: { ...w.entry, type, toName: null } },
      ),
    );
  });
  it('a remark cannot stand in for the entry of a change made with it', async () => {
    const base = await setTicket('submitted');
    const w = changeWrites(sdk, actor('workerX'), state(base), { kind: 'accept' });
    await assertFails(
      raw(
        'workerX',
        { ...w.ticket, lastEventId: 'rm' },
        { id: 'rm', data: remarkWrite(sdk, actor('workerX'), 'reply', '收到') },
        w.stats!.data,
        (batch, f) => batch.update(doc(f, 'publicTickets/tA'), w.publicTicket!),
      ),
    );
  });
});

// ---------------------------------------------------------------- 响应率: accepted in time, per worker and building
describe('the response figures: a first acceptance counts as in time only by the deadline', () => {
  const HOUR = 3_600_000;
  /** The stats document of this month as the rules left it. */
  async function month() {
    let data: Record<string, unknown> | undefined;
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      data = (await getDoc(doc(f, 'stats', monthKey(new Date())))).data();
    });
    return data ?? {};
  }
  const late = () => setTicket('submitted', { responseDueAt: Timestamp.fromMillis(Date.now() - 2 * HOUR) });

  it('the app’s acceptance before the deadline counts in time for the worker and the building', async () => {
    const base = await setTicket('submitted');
    await assertSucceeds(change('workerX', base, { kind: 'accept' }));
    expect(await month()).toMatchObject({
      acceptedAll: 1,
      acceptedByWorker: { wX: 1 },
      acceptedByBuilding: { b1: 1 },
      acceptedInTimeAll: 1,
      acceptedInTimeByWorker: { wX: 1 },
      acceptedInTimeByBuilding: { b1: 1 },
    });
  });
  it('the app’s acceptance after the deadline counts as accepted, not in time', async () => {
    const base = await late();
    const w = changeWrites(sdk, actor('workerX'), state(base), { kind: 'accept' });
    expect(Object.keys(w.stats!.data)).not.toContain('acceptedInTimeAll');
    await assertSucceeds(change('workerX', base, { kind: 'accept' }));
    const m = await month();
    expect(m).toMatchObject({ acceptedAll: 1, acceptedByWorker: { wX: 1 }, acceptedByBuilding: { b1: 1 } });
    expect(m.acceptedInTimeAll ?? 0).toBe(0);
  });
  it('a late acceptance cannot be counted in time, in whole or in part', async () => {
    const base = await late();
    const inTime = {
      acceptedInTimeAll: increment(1),
      acceptedInTimeByWorker: { wX: increment(1) },
      acceptedInTimeByBuilding: { b1: increment(1) },
    };
    await assertFails(
      change('workerX', base, { kind: 'accept' }, (w) => Object.assign(w.stats!.data, inTime)),
    );
    for (const field of Object.keys(inTime) as (keyof typeof inTime)[])
      await assertFails(
        change('workerX', base, { kind: 'accept' }, (w) => void (w.stats!.data[field] = inTime[field])),
      );
  });
  it('an acceptance in time cannot be left out of the in-time counts (nor only partly counted)', async () => {
    const base = await setTicket('submitted');
    await assertFails(
      change('workerX', base, { kind: 'accept' }, (w) => {
        delete w.stats!.data.acceptedInTimeAll;
        delete w.stats!.data.acceptedInTimeByWorker;
        delete w.stats!.data.acceptedInTimeByBuilding;
      }),
    );
    await assertFails(
      change('workerX', base, { kind: 'accept' }, (w) => void delete w.stats!.data.acceptedInTimeByBuilding),
    );
  });
  it.each<[string, (d: Record<string, unknown>) => void]>([
    ['for another worker', (d) => void (d.acceptedInTimeByWorker = { wY: increment(1) })],
    [
      'for this worker and another',
      (d) => void (d.acceptedInTimeByWorker = { wX: increment(1), wY: increment(1) }),
    ],
    ['for another building', (d) => void (d.acceptedInTimeByBuilding = { b2: increment(1) })],
    ['accepted for another building', (d) => void (d.acceptedByBuilding = { b2: increment(1) })],
    ['without the building', (d) => void delete d.acceptedByBuilding],
    ['two at once (community)', (d) => void (d.acceptedInTimeAll = increment(2))],
    ['two at once (worker)', (d) => void (d.acceptedInTimeByWorker = { wX: increment(2) })],
    ['two at once (building)', (d) => void (d.acceptedByBuilding = { b1: increment(2) })],
    ['a negative count', (d) => void (d.acceptedInTimeAll = increment(-1))],
  ])('an in-time acceptance counted %s is refused', async (_, mutate) => {
    const base = await setTicket('submitted');
    await assertFails(change('workerX', base, { kind: 'accept' }, (w) => mutate(w.stats!.data)));
  });
  it('a phone clock a few minutes off at the deadline is taken either way; ten minutes late is not', async () => {
    const inTime = (d: Record<string, unknown>) =>
      Object.assign(d, {
        acceptedInTimeAll: increment(1),
        acceptedInTimeByWorker: { wX: increment(1) },
        acceptedInTimeByBuilding: { b1: increment(1) },
      });
    const MIN = 60_000;
    const justPast = await setTicket('submitted', {
      responseDueAt: Timestamp.fromMillis(Date.now() - 2 * MIN),
    });
    await assertSucceeds(change('workerX', justPast, { kind: 'accept' }, (w) => inTime(w.stats!.data)));
    const justBefore = await setTicket('submitted', {
      responseDueAt: Timestamp.fromMillis(Date.now() + 2 * MIN),
      acceptedAt: null,
    });
    await assertSucceeds(
      change('workerX', justBefore, { kind: 'accept' }, (w) => {
        delete w.stats!.data.acceptedInTimeAll;
        delete w.stats!.data.acceptedInTimeByWorker;
        delete w.stats!.data.acceptedInTimeByBuilding;
      }),
    );
    const tenLate = await setTicket('submitted', {
      responseDueAt: Timestamp.fromMillis(Date.now() - 10 * MIN),
    });
    await assertFails(change('workerX', tenLate, { kind: 'accept' }, (w) => inTime(w.stats!.data)));
  });
  it('a resolution cannot count an acceptance in time', async () => {
    const started = await setTicket('in_progress');
    await assertFails(
      change('workerX', started, { kind: 'resolve', reply: '修好了' }, (w) => {
        w.stats!.data.acceptedInTimeAll = increment(1);
        w.stats!.data.acceptedInTimeByWorker = { wX: increment(1) };
        w.stats!.data.acceptedInTimeByBuilding = { b1: increment(1) };
      }),
    );
    const again = await setTicket('in_progress');
    await assertSucceeds(change('workerX', again, { kind: 'resolve', reply: '修好了' }));
  });
});

// ---------------------------------------------------------------- the category's questions, where exactly
describe('answers to the category’s questions, and where exactly', () => {
  const ROOM = { zh: '哪个房间？', en: 'Which room?', answer: '卫生间', answerEn: null };
  const STILL = { zh: '现在还在漏吗？', en: 'Still leaking?', answer: '是', answerEn: 'Yes' };
  const PENSION = { id: 'pension', responseHours: 24, resolutionHours: 240, shared: false };
  const answers = (w: ReturnType<typeof newTicketWrites>) => w.ticket as unknown as { answers: unknown };
  const place = (w: ReturnType<typeof newTicketWrites>) => w.ticket.location as Record<string, unknown>;

  it('the app’s report with answers, another flat, or a common area’s entrance is accepted', async () => {
    await assertSucceeds(report('residentA', { answers: [ROOM, STILL], otherFlat: '502' }));
    await env.clearFirestore();
    await seedWorld(env);
    await assertSucceeds(report('residentA', { area: 'lift', entrance: 2, answers: [STILL] }));
    let saved: Record<string, unknown> | undefined;
    await env.withSecurityRulesDisabled(async (ctx) => {
      saved = (await getDoc(doc(ctx.firestore() as unknown as Firestore, 'tickets/tNew'))).data();
    });
    expect(saved?.location).toEqual({ kind: 'common', area: 'lift', entrance: 2, flat: null });
    expect(saved?.answers).toEqual([STILL]);
  });

  it('the longest answers the policy allows are accepted, with three photos', async () => {
    const long = {
      zh: '问'.repeat(questionTextMax),
      en: 'q'.repeat(questionTextMax),
      answer: '答'.repeat(answerMax),
      answerEn: null,
    };
    await assertSucceeds(
      report(
        'residentA',
        {
          answers: Array.from({ length: questionsMax }, () => ({
            ...long,
            answerEn: 'y'.repeat(choiceTextMax),
          })),
          otherFlat: '楼'.repeat(otherFlatMax),
          urgency: 'urgent',
        },
        undefined,
        [JPEG, JPEG, JPEG],
      ),
    );
  });

  it('…and from a worker filing for a resident who phoned, with three photos', async () => {
    const long = { ...STILL, zh: '问'.repeat(questionTextMax), answerEn: 'y'.repeat(choiceTextMax) };
    await assertSucceeds(
      report(
        'workerX',
        {
          proxyFor: '王大爷（电话）',
          answers: Array.from({ length: questionsMax }, () => long),
          area: 'lift',
          entrance: 2,
        },
        undefined,
        [JPEG, JPEG, JPEG],
      ),
    );
  });

  it('a category that asks no place is reported with none; another category is not', async () => {
    await assertSucceeds(report('residentA', { category: PENSION, noPlace: true }));
    await env.clearFirestore();
    await seedWorld(env);
    await assertFails(report('residentA', { noPlace: true }));
  });

  it.each<[string, Mutator]>([
    [
      'more answers than questions allowed',
      (w) => void (answers(w).answers = Array.from({ length: questionsMax + 1 }, () => ROOM)),
    ],
    ['answers as a map', (w) => void (answers(w).answers = { 0: ROOM })],
    ['no answers at all', (w) => void delete (w.ticket as Record<string, unknown>).answers],
    [
      'a question over the length',
      (w) => void (answers(w).answers = [{ ...ROOM, zh: '问'.repeat(questionTextMax + 1) }]),
    ],
    [
      'an answer over the length',
      (w) => void (answers(w).answers = [{ ...ROOM, answer: '答'.repeat(answerMax + 1) }]),
    ],
    ['a blank answer', (w) => void (answers(w).answers = [{ ...ROOM, answer: '\u3000' }])],
    ['an answer that is a number', (w) => void (answers(w).answers = [{ ...ROOM, answer: 5 }])],
    [
      'an English choice over the length',
      (w) => void (answers(w).answers = [{ ...STILL, answerEn: 'y'.repeat(choiceTextMax + 1) }]),
    ],
    ['an answer with an extra key', (w) => void (answers(w).answers = [{ ...ROOM, by: 'rB' }])],
    [
      'an answer without its question',
      (w) => void (answers(w).answers = [{ answer: '卫生间', answerEn: null, en: 'Room' }]),
    ],
    [
      'an entrance the building does not have',
      (w) => void (w.ticket.location = { kind: 'common', area: 'lift', entrance: 3, flat: null }),
    ],
    ['an entrance as text', (w) => void (place(w).entrance = '1')],
    ['an entrance for the own flat', (w) => void (place(w).entrance = 1)],
    ['another flat over the length', (w) => void (place(w).flat = '5'.repeat(otherFlatMax + 1))],
    ['a blank other flat', (w) => void (place(w).flat = ' ')],
    [
      'a common area in another flat',
      (w) => void Object.assign(place(w), { kind: 'common', area: 'lift', flat: '502' }),
    ],
    ['a place with an extra key', (w) => void (place(w).room = '厨房')],
    ['a place without its entrance', (w) => void delete place(w).entrance],
  ])('a report with %s is refused', async (_, mutate) => {
    await assertFails(report('residentA', { answers: [ROOM] }, mutate));
  });
});

// ---------------------------------------------------------------- privacy: "me too" only for what neighbours share
describe("a person's own matter has no public mirror", () => {
  const PENSION = { id: 'pension', responseHours: 24, resolutionHours: 240, shared: false };
  it('a pension question is reported without a mirror, and one cannot be added', async () => {
    const w = newTicketWrites(sdk, actor('residentA'), input({ category: PENSION }));
    expect(w.publicTicket).toBeNull();
    expect(w.ticket.shared).toBe(false);
    await assertSucceeds(report('residentA', { category: PENSION }));
    await assertFails(
      setDoc(doc(db(env, 'residentA'), 'publicTickets', 'tNew'), {
        ...mirrorOf({ ...w.ticket, status: 'submitted', open: true }, serverTimestamp(), serverTimestamp()),
      }),
    );
    const mirror = await getDoc(doc(db(env, 'residentB'), 'publicTickets', 'tNew'));
    expect(mirror.exists()).toBe(false); // nothing for a neighbour to see
  });
  it('…nor reported as shared, nor a shared matter reported without its mirror', async () => {
    await assertFails(
      report('residentA', { id: 't1', category: PENSION }, (w) => void (w.ticket.shared = true)),
    );
    await assertFails(
      report(
        'residentA',
        { id: 't2', category: { ...PENSION, shared: true } },
        (w) => void (w.ticket.shared = true),
      ),
    );
    // shared (water), but no mirror
    await assertFails(report('residentA', { id: 't3' }, (w) => void (w.publicTicket = null)));
  });
  it('its status changes need no mirror', async () => {
    const base = await setTicket('submitted', { categoryId: 'pension', shared: false });
    await env.withSecurityRulesDisabled(async (ctx) => {
      await deleteDoc(doc(ctx.firestore() as unknown as Firestore, 'publicTickets/tA'));
    });
    await assertSucceeds(change('workerX', { ...base, shared: false }, { kind: 'accept' }));
  });
});

// ---------------------------------------------------------------- audit finding 8: blank is blank in every script
describe('blank text, however it is spelled', () => {
  // (set after the payload builder, which trims: the rules must refuse what a hostile client sends as is)
  const blanks = [
    '\u00a0\u00a0',
    '\u3000',
    '\u2003\u2009',
    '\u200b\u200d',
    '\ufeff',
    '\u3164',
    '\u2800',
    '\t\n',
  ];
  const cases = blanks.map((b) => [JSON.stringify(b), b] as const);
  it.each(cases)('a report described only as %s is refused', async (_, text) => {
    await assertFails(report('residentA', {}, (w) => void (w.ticket.description = text)));
  });
  it.each(cases)('a comment of only %s is refused', async (_, text) => {
    const entry = { ...remarkWrite(sdk, actor('residentA'), 'comment', 'x'), text };
    await assertFails(setDoc(doc(db(env, 'residentA'), 'tickets/tA/timeline/c1'), entry));
  });
  it('…while text with a visible character between such spaces is accepted', async () => {
    await assertSucceeds(report('residentA', {}, (w) => void (w.ticket.description = '\u00a0漏水\u3000')));
    const entry = { ...remarkWrite(sdk, actor('residentA'), 'comment', 'x'), text: '\u200b还在漏\u00a0' };
    await assertSucceeds(setDoc(doc(db(env, 'residentA'), 'tickets/tA/timeline/c1'), entry));
  });
});

describe('“me too”: following another household’s open ticket', () => {
  async function follow(who: Principal, uid: string, householdId: string, delta = 1) {
    const f = db(env, who);
    const batch = writeBatch(f);
    batch.update(doc(f, 'publicTickets/tA'), { followerCount: increment(delta) });
    batch.set(doc(f, 'publicTickets/tA/followers', uid), { uid, householdId, createdAt: serverTimestamp() });
    return batch.commit();
  }
  it('a resident of another household follows it and the count goes up by one', async () => {
    await setTicket('accepted');
    await assertSucceeds(follow('residentB', 'rB', 'hB'));
    const p = await getDoc(doc(db(env, 'residentB'), 'publicTickets/tA'));
    expect(p.data()?.followerCount).toBe(1);
    expect(p.data()).not.toHaveProperty('description');
  });
  it('following twice, inflating the count, or following for someone else is refused', async () => {
    await setTicket('accepted');
    await assertSucceeds(follow('residentB', 'rB', 'hB'));
    await assertFails(follow('residentB', 'rB', 'hB'));
    await assertFails(follow('volunteer', 'rV', 'hV', 5));
    await assertFails(follow('volunteer', 'rB', 'hB'));
  });
  it('a closed ticket cannot be followed', async () => {
    await setTicket('closed', { closeReason: 'auto' });
    await assertFails(follow('residentB', 'rB', 'hB'));
  });
  it('nobody but the ticket’s batch changes the mirrored status', async () => {
    await setTicket('accepted');
    await assertFails(
      updateDoc(doc(db(env, 'residentB'), 'publicTickets/tA'), {
        status: 'resolved',
        open: false,
        updatedAt: serverTimestamp(),
      }),
    );
  });
});

describe('monthly summaries (dashboard)', () => {
  it('a change the dashboard counts is refused without its summary update', async () => {
    const base = await setTicket('in_progress');
    await assertFails(
      change('workerX', base, { kind: 'resolve', reply: '好了' }, undefined, { skipStats: true }),
    );
    await assertSucceeds(change('workerX', base, { kind: 'resolve', reply: '好了' }));
  });
  it('a rating adds exactly its score, by building, worker and category', async () => {
    const base = await setTicket('resolved');
    await assertFails(
      change('residentA', base, { kind: 'confirm', score: 2, comment: '' }, (w) => {
        w.stats!.data.ratingSumAll = increment(5);
      }),
    );
    await assertFails(
      change('residentA', base, { kind: 'confirm', score: 2, comment: '' }, (w) => {
        w.stats!.data.ratingGoodByWorker = { wX: increment(1) };
      }),
    );
    await assertSucceeds(change('residentA', base, { kind: 'confirm', score: 2, comment: '' }));
  });
  it('nobody bumps a summary without the ticket change it counts', async () => {
    const f = db(env, 'workerX');
    const month = new Date().toISOString().slice(0, 7);
    await assertFails(
      setDoc(
        doc(f, 'stats', month),
        { createdAll: increment(1), lastTicket: 'tA', updatedAt: serverTimestamp() },
        { merge: true },
      ),
    );
  });
  it('only the head reads the summaries', async () => {
    const base = await setTicket('in_progress');
    await change('workerX', base, { kind: 'resolve', reply: '好了' });
    const month = new Date().toISOString().slice(0, 7);
    await assertSucceeds(getDoc(doc(db(env, 'head'), 'stats', month)));
    await assertFails(getDoc(doc(db(env, 'workerX'), 'stats', month)));
    await assertFails(getDoc(doc(db(env, 'residentA'), 'stats', month)));
  });
});

describe('per-request limits', () => {
  it('the largest batch the app writes passes: the head reassigns 5 open tickets (the app’s batch size) at once', async () => {
    const base = await setTicket('accepted');
    const ids = ['tR0', 'tR1', 'tR2', 'tR3', 'tR4'];
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      const tA = (await getDoc(doc(f, 'tickets/tA'))).data()!;
      for (const id of ids) await setDoc(doc(f, 'tickets', id), tA);
    });
    const f = db(env, 'head');
    const batch = writeBatch(f);
    for (const id of ids) {
      const w = changeWrites(
        sdk,
        actor('head'),
        { ...state(base), id },
        {
          kind: 'transfer',
          toId: 'wY',
          toName: '网格Y',
          note: '原网格员调离',
        },
      );
      batch.update(doc(f, 'tickets', id), { ...w.ticket, lastEventId: `re-${id}` });
      batch.set(doc(f, 'tickets', id, 'timeline', `re-${id}`), w.entry);
    }
    await assertSucceeds(batch.commit());
  });
});

// ---------------------------------------------------------------- abuse limit: reports per household per day
describe('a household files at most reportsPerHouseholdDayMax reports a day', () => {
  const today = dayKey(new Date());
  const countPath = `reportDays/${today}/households/hA`;
  async function setCount(count: number, path = countPath) {
    await env.withSecurityRulesDisabled(async (ctx) => {
      await setDoc(doc(ctx.firestore() as unknown as Firestore, path), {
        count,
        lastTicket: 'seed',
        updatedAt: Timestamp.now(),
      });
    });
  }
  const readCount = async (as: Principal = 'residentA') =>
    (await getDoc(doc(db(env, as), countPath))).data()?.count as number | undefined;

  it('each report counts; the household sees its count; the one over the limit is refused', async () => {
    await assertSucceeds(report('residentA', { id: 't1' }));
    await assertSucceeds(report('residentA2', { id: 't2' })); // the same household, another member
    expect(await readCount()).toBe(2);
    await setCount(reportsPerHouseholdDayMax - 1);
    await assertSucceeds(report('residentA', { id: 't3' }));
    expect(await readCount('residentA2')).toBe(reportsPerHouseholdDayMax);
    await assertFails(report('residentA', { id: 't4' }));
    await assertFails(report('residentA2', { id: 't5' }));
  });

  it('…but staff filing on its behalf (a phone call, a visit) are neither counted nor stopped', async () => {
    await setCount(reportsPerHouseholdDayMax);
    await assertSucceeds(report('workerX', { id: 't6', proxyFor: '王大爷（电话）' }));
    expect(await readCount()).toBe(reportsPerHouseholdDayMax);
    // and a proxy report cannot be used to raise a household's count
    await setCount(1);
    await assertFails(
      report('workerX', { id: 't7', proxyFor: '王大爷' }, (w) => {
        w.reportDay = {
          path: countPath,
          data: { count: increment(1), lastTicket: 't7', updatedAt: serverTimestamp() },
        };
      }),
    );
  });

  const hostile: [string, Mutator][] = [
    ['no count', (w) => void (w.reportDay = null)],
    ['the count set, not raised by one', (w) => void (w.reportDay!.data.count = 1 as never)],
    ['the count raised by two', (w) => void (w.reportDay!.data.count = increment(2))],
    ['the count of another household', (w) => void (w.reportDay!.path = `reportDays/${today}/households/hB`)],
    ['the count of another day', (w) => void (w.reportDay!.path = `reportDays/2020-01-01/households/hA`)],
    ['the count tied to another ticket', (w) => void (w.reportDay!.data.lastTicket = 'tA')],
    ['an extra key on the count', (w) => void ((w.reportDay!.data as Record<string, unknown>).note = 'x')],
  ];
  it.each(hostile)('a report with %s is refused', async (_, mutate) => {
    await setCount(3);
    await assertFails(report('residentA', {}, mutate));
  });

  it('the count cannot be written, lowered or removed without a report', async () => {
    await setCount(reportsPerHouseholdDayMax);
    const f = db(env, 'residentA');
    await assertFails(
      setDoc(doc(f, countPath), { count: 0, lastTicket: 'tA', updatedAt: serverTimestamp() }),
    );
    await assertFails(updateDoc(doc(f, countPath), { count: increment(-1), updatedAt: serverTimestamp() }));
    await assertFails(deleteDoc(doc(f, countPath)));
    await assertFails(deleteDoc(doc(db(env, 'head'), countPath)));
    const tomorrow = `reportDays/2099-01-01/households/hA`;
    await assertFails(setDoc(doc(f, tomorrow), { count: 1, lastTicket: 'tA', updatedAt: serverTimestamp() }));
  });

  it.each<Principal>(['residentB', 'workerX', 'anonymous'])(
    '%s cannot read another household’s count',
    async (who) => {
      await setCount(2);
      await assertFails(getDoc(doc(db(env, who), countPath)));
    },
  );

  it('a report written on the phone yesterday and sent today counts on yesterday', async () => {
    await setCount(reportsPerHouseholdDayMax);
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    await assertSucceeds(report('residentA', { id: 't8', writtenAt: yesterday }));
    const y = (
      await getDoc(doc(db(env, 'residentA'), `reportDays/${dayKey(yesterday)}/households/hA`))
    ).data();
    expect(y?.count).toBe(1);
  });
});

// ---------------------------------------------------------------- a voice message with the report
describe('search tokens on a new report (docs/data-model.md "Search")', () => {
  const withSearch =
    (search: (tokens: string[]) => unknown): Mutator =>
    (w) => {
      const t = w.ticket as Record<string, unknown>;
      const next = search(w.ticket.search);
      if (next === undefined) delete t.search;
      else t.search = next;
    };
  it('a report carries what staff find it by: its number, the reporter, the flat and its words', async () => {
    await assertSucceeds(report('residentA', { id: 'tK3F9', description: '楼道灯坏了 wifi' }));
    let saved: Record<string, unknown> | undefined;
    await env.withSecurityRulesDisabled(async (ctx) => {
      saved = (await getDoc(doc(ctx.firestore() as unknown as Firestore, 'tickets/tK3F9'))).data();
    });
    expect(saved?.search).toEqual(expect.arrayContaining(['k3f9', '居民', '101', '灯坏', 'wifi']));
  });
  it('…filed by staff for a resident too', async () => {
    await assertSucceeds(report('workerX', { proxyFor: '王大爷' }));
  });
  it('…up to searchTokensMax tokens, and a description with more is cut there', async () => {
    const long = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    await assertSucceeds(report('residentA', { description: long }));
    const w = newTicketWrites(sdk, actor('residentA'), input({ description: long }));
    expect(w.ticket.search).toHaveLength(searchTokensMax);
  });
  it.each<[string, (tokens: string[]) => unknown]>([
    ['no tokens', () => []],
    ['no search field', () => undefined],
    ['without its number’s token', (t) => t.filter((x) => x !== 'tnew')],
    ['without its flat’s token', (t) => t.filter((x) => x !== '101')],
    [
      'one token too many',
      (t) =>
        [...t, ...Array.from({ length: searchTokensMax }, (_, i) => `x${i}`)].slice(0, searchTokensMax + 1),
    ],
    ['a token too long', (t) => [...t, 'x'.repeat(searchTokenMax + 1)]],
    [
      'too many tokens packed two to an entry (the bound counts them)',
      (t) => [...t, ...Array.from({ length: searchTokensMax / 2 }, (_, i) => `x${i} y${i}`)],
    ],
    ['an empty token', (t) => [...t, '']],
    ['tokens as a map', (t) => Object.fromEntries(t.map((x) => [x, true]))],
  ])('a report with %s is refused', async (_, search) => {
    await assertFails(report('residentA', {}, withSearch(search)));
  });
  it('tokens never change afterwards: not by the household, its worker or the head', async () => {
    for (const who of ['residentA', 'workerX', 'head'] as const)
      await assertFails(updateDoc(doc(db(env, who), 'tickets/tA'), { search: ['hidden'] }));
  });
});

describe('a voice message with the report', () => {
  /** A data URL of exactly `chars` characters, as the recorder makes them. */
  const audio = (chars = 2000, mime = 'audio/webm') => {
    const head = `data:${mime};base64,`;
    return head + 'A'.repeat(chars - head.length);
  };
  const VOICE = { dataUrl: audio(), seconds: 12 };
  const saved = async (path: string) => {
    let d: Record<string, unknown> | undefined;
    await env.withSecurityRulesDisabled(async (ctx) => {
      d = (await getDoc(doc(ctx.firestore() as unknown as Firestore, path))).data();
    });
    return d;
  };

  it('a resident reports by voice with no words typed; the household and the building’s staff play it', async () => {
    await assertSucceeds(report('residentA', { description: '' }, undefined, [], VOICE));
    expect((await saved('tickets/tNew'))?.voiceSeconds).toBe(12);
    expect((await saved('tickets/tNew/voice/v1'))?.dataUrl).toBe(VOICE.dataUrl);
    for (const who of ['residentA', 'residentA2', 'workerX', 'head'] as const)
      await assertSucceeds(getDoc(doc(db(env, who), 'tickets/tNew/voice/v1')));
    for (const who of ['residentB', 'workerY', 'anonymous'] as const)
      await assertFails(getDoc(doc(db(env, who), 'tickets/tNew/voice/v1')));
  });

  it('…with words as well; a report with neither is refused', async () => {
    await assertSucceeds(report('residentA', {}, undefined, [], VOICE));
    await assertFails(report('residentA', { id: 'tNone', description: '' }));
    await assertFails(report('residentA', { id: 'tBlank', description: '  ' }));
  });

  it('the worst case a request may evaluate: a worker files for a resident who phoned, with three photos, the longest answers and the longest voice message', async () => {
    const long = {
      zh: '问'.repeat(questionTextMax),
      en: 'q'.repeat(questionTextMax),
      answer: '答'.repeat(answerMax),
    };
    await assertSucceeds(
      report(
        'workerX',
        {
          proxyFor: '王大爷（电话）',
          description: '',
          answers: Array.from({ length: questionsMax }, () => ({
            ...long,
            answerEn: 'y'.repeat(choiceTextMax),
          })),
          area: 'lift',
          entrance: 2,
          urgency: 'urgent',
        },
        undefined,
        [JPEG, JPEG, JPEG],
        { dataUrl: audio(voiceCharsMax, 'audio/ogg'), seconds: voiceSecondsMax },
      ),
    );
    // …and the resident's own, in another flat (the other branch of the place)
    await assertSucceeds(
      report(
        'residentA',
        {
          id: 'tMine',
          answers: Array.from({ length: questionsMax }, () => ({ ...long, answerEn: null })),
          otherFlat: '楼'.repeat(otherFlatMax),
        },
        undefined,
        [JPEG, JPEG, JPEG],
        { dataUrl: audio(voiceCharsMax, 'audio/mp4'), seconds: 1 },
      ),
    );
  });

  it.each<
    [
      string,
      Partial<NewTicketInput>,
      (VoiceInput & { id?: string; mutate?: VoiceMutator }) | undefined,
      Mutator?,
    ]
  >([
    ['longer than the limit', {}, { ...VOICE, seconds: voiceSecondsMax + 1 }],
    ['no seconds', {}, { ...VOICE, seconds: 0 }],
    ['seconds as a float', {}, { ...VOICE, seconds: 1.5 }],
    ['a data URL over the size limit', {}, { ...VOICE, dataUrl: audio(voiceCharsMax + 1) }],
    ['a WAV recording', {}, { ...VOICE, dataUrl: audio(2000, 'audio/wav') }],
    ['a picture passed as audio', {}, { ...VOICE, dataUrl: audio(2000, 'image/jpeg') }],
    ['a codec in the type', {}, { ...VOICE, dataUrl: audio(2000, 'audio/webm;codecs=opus') }],
    ['a data URL with something after it', {}, { ...VOICE, dataUrl: `${audio()}"><script>` }],
    ['another length than the ticket says', {}, { ...VOICE, mutate: (v) => void (v.seconds = 13) }],
    ['another author', {}, { ...VOICE, mutate: (v) => void (v.authorId = 'rA2') }],
    ['a phone time', {}, { ...VOICE, mutate: (v) => void (v.createdAt = Timestamp.now()) }],
    ['an extra field', {}, { ...VOICE, mutate: (v) => void Object.assign(v, { transcript: '漏水' }) }],
    ['another document id', {}, { ...VOICE, id: 'v2' }],
    ['a length on the ticket but no recording', { voiceSeconds: 12, description: '' }, undefined],
    ['a length on the ticket but no recording, with words', { voiceSeconds: 12 }, undefined],
    [
      'a recording but no length on the ticket',
      { description: '' },
      VOICE,
      (w) => void ((w.ticket as Record<string, unknown>).voiceSeconds = null),
    ],
    [
      'a recording but no length on the ticket, with words',
      {},
      VOICE,
      (w) => void delete (w.ticket as Record<string, unknown>).voiceSeconds,
    ],
    [
      'a ticket length as text',
      {},
      VOICE,
      (w) => void ((w.ticket as Record<string, unknown>).voiceSeconds = '12'),
    ],
  ])('a report with %s is refused', async (_, over, voice, mutate) => {
    await assertFails(report('residentA', over, mutate, [], voice));
  });

  it('another household cannot file a voice report for this one', async () => {
    await assertFails(report('residentB', { description: '' }, undefined, [], VOICE));
  });

  /** tA (household A's, reported by rA) with `voiceSeconds`, without its recording. */
  const voiceLater = (who: Principal, over: Partial<ReturnType<typeof voiceWrite>> = {}) =>
    setDoc(doc(db(env, who), 'tickets/tA/voice/v1'), { ...voiceWrite(sdk, actor(who), VOICE), ...over });

  it('a recording cannot be added later: not by the reporter, the household, its worker or the head', async () => {
    await setTicket('submitted', { voiceSeconds: 12, reporterId: 'rA' });
    for (const who of ['residentA', 'residentA2', 'workerX', 'head', 'residentB'] as const)
      await assertFails(voiceLater(who));
  });

  it('…not even with a change of the ticket in the same batch', async () => {
    const base = await setTicket('accepted', { voiceSeconds: 12, reporterId: 'rA', photoCount: 0 });
    const f = db(env, 'residentA');
    const w = changeWrites(sdk, actor('residentA'), state(base), { kind: 'addPhoto' });
    const batch = writeBatch(f);
    batch.update(doc(f, 'tickets/tA'), { ...w.ticket, lastEventId: 'evVoice' });
    batch.set(doc(f, 'tickets/tA/timeline/evVoice'), w.entry);
    batch.set(
      doc(f, 'tickets/tA/photos/p1'),
      photoWrite(sdk, actor('residentA'), { dataUrl: JPEG, width: 1, height: 1 }),
    );
    batch.set(doc(f, 'tickets/tA/voice/v1'), voiceWrite(sdk, actor('residentA'), VOICE));
    await assertFails(batch.commit());
  });

  it('a recording is never replaced or removed, by anyone', async () => {
    await assertSucceeds(report('residentA', { description: '' }, undefined, [], VOICE));
    for (const who of ['residentA', 'workerX', 'head'] as const) {
      await assertFails(
        setDoc(
          doc(db(env, who), 'tickets/tNew/voice/v1'),
          voiceWrite(sdk, actor(who), { ...VOICE, dataUrl: audio(100) }),
        ),
      );
      await assertFails(updateDoc(doc(db(env, who), 'tickets/tNew/voice/v1'), { seconds: 11 }));
      await assertFails(deleteDoc(doc(db(env, who), 'tickets/tNew/voice/v1')));
    }
  });

  it('the ticket’s length cannot be changed afterwards', async () => {
    await assertSucceeds(report('residentA', { description: '' }, undefined, [], VOICE));
    await assertFails(updateDoc(doc(db(env, 'residentA'), 'tickets/tNew'), { voiceSeconds: 30 }));
  });
});
