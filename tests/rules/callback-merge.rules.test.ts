/**
 * Phone callback (电话回访) and merging a duplicate (重复报事): the app's own batches (payloads from
 * src/features/tickets/api/writes.ts, assembled as commit.ts does) are accepted; each hostile variant is
 * refused. World: tA (household A, building 1, worker X), tB (household B, building 2, worker Y); here also tC
 * (flat 2-601 of building 1, worker X, shared) and tD (building 1, a pension question of another household:
 * not shared).
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
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
  mergeTargetWrites,
  type Actor,
  type Change,
  type TicketState,
} from '../../src/features/tickets/api/writes';
import { changePlan } from '../../src/features/tickets/api/commit';
import { commitPlanWith } from '../../src/lib/plan-commit';
import { planSdk } from '../../src/lib/write-plan';
import { callbackAfterDays, confirmDays, DAY_MS, mergedFromMax } from '../../src/lib/policy';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('callback-merge');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

const sdk = { serverTimestamp, fromDate: (d: Date) => Timestamp.fromDate(d), increment };
const ACTORS: Partial<Record<Principal, Actor>> = {
  residentA: { uid: 'rA', name: '居民A', role: 'resident' },
  residentB: { uid: 'rB', name: '居民B', role: 'resident' },
  workerX: { uid: 'wX', name: '网格X', role: 'worker' },
  workerY: { uid: 'wY', name: '网格Y', role: 'worker' },
  workerOff: { uid: 'wOff', name: '停用', role: 'worker' },
  head: { uid: 'head', name: '主任', role: 'head' },
};
const actor = (who: Principal) => ACTORS[who]!;
const ts = (ms: number) => Timestamp.fromMillis(ms);
const OPEN = ['submitted', 'accepted', 'in_progress', 'reopened'];

async function asAdmin(fn: (f: Firestore) => Promise<unknown>) {
  await env.withSecurityRulesDisabled(async (ctx) => {
    await fn(ctx.firestore() as unknown as Firestore);
  });
}

/** Puts ticket `id` into `status` (rules disabled), with its public mirror when shared. */
async function setTicket(id: string, status: string, over: Record<string, unknown> = {}) {
  const now = Date.now();
  const base: Record<string, unknown> = {
    status,
    open: OPEN.includes(status),
    responseDueAt: ts(now + 4 * 3_600_000),
    resolutionDueAt: ts(now + 48 * 3_600_000),
    dueAt:
      status === 'submitted'
        ? ts(now + 4 * 3_600_000)
        : OPEN.includes(status)
          ? ts(now + 48 * 3_600_000)
          : null,
    acceptedAt: status === 'submitted' ? null : ts(now - 3_600_000),
    resolvedAt: status === 'resolved' ? ts(now - 3_600_000) : null,
    ...over,
  };
  await asAdmin(async (f) => {
    await updateDoc(doc(f, 'tickets', id), base);
    if (base.shared !== false)
      await setDoc(doc(f, 'publicTickets', id), {
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

/** tC and tD: two more tickets of building 1, copies of tA for other households. */
async function moreTickets() {
  await asAdmin(async (f) => {
    const tA = (await getDoc(doc(f, 'tickets/tA'))).data()!;
    await setDoc(doc(f, 'tickets/tC'), {
      ...tA,
      householdId: 'hP',
      home: { buildingNumber: 1, entrance: 2, flat: '601' },
      reporterId: 'wX',
      viaProxy: true,
    });
    await setDoc(doc(f, 'tickets/tD'), {
      ...tA,
      householdId: 'hP',
      categoryId: 'pension',
      location: { kind: 'none', area: null, entrance: null, flat: null },
      shared: false,
    });
  });
}

function state(id: string, base: Record<string, unknown>): TicketState {
  const d = (v: unknown) => (v ? (v as Timestamp).toDate() : null);
  return {
    id,
    createdAt: new Date('2026-11-01T08:00:00Z'),
    buildingId: 'b1',
    shared: base.shared !== false,
    categoryId: 'water',
    assigneeId: (base.assigneeId as string | undefined) ?? 'wX',
    status: base.status as TicketState['status'],
    responseDueAt: d(base.responseDueAt)!,
    resolutionDueAt: d(base.resolutionDueAt)!,
    acceptedAt: d(base.acceptedAt),
    reopenCount: (base.reopenCount as number) ?? 0,
    photoCount: 0,
  };
}

let n = 0;
/** Commits `c` to ticket tA as `who` with its entry, mirror and summary (as commitChange), optionally mutated. */
function change(
  who: Principal,
  base: Record<string, unknown>,
  c: Change,
  mutate?: (w: ReturnType<typeof changeWrites>) => void,
) {
  const f = db(env, who);
  const w = changeWrites(planSdk, actor(who), state('tA', base), c);
  mutate?.(w);
  const id = `cb${++n}`;
  const plan = changePlan('tA', w, id); // the app's own plan (src/features/tickets/api/commit.ts)
  return { commit: () => commitPlanWith({ doc, writeBatch, serverTimestamp, increment }, f, plan), id, w };
}

/** A resolved proxy report (the resident has no app): staff may call back at once. */
const proxyResolved = () => setTicket('tA', 'resolved', { viaProxy: true });
const fixed: Change = { kind: 'callback', score: 5, comment: '居民说已经不漏了' };
const notFixed: Change = { kind: 'callbackReopen', reason: '居民说晚上还在滴水' };

async function read(path: string) {
  let data: Record<string, unknown> | undefined;
  await asAdmin(async (f) => {
    data = (await getDoc(doc(f, path))).data();
  });
  return data;
}

describe('phone callback (电话回访): staff record what the household said on the phone', () => {
  it('the worker records "fixed, 5 stars" on a resolved proxy report: closed, marked as by phone, counted apart', async () => {
    const base = await proxyResolved();
    const c = change('workerX', base, fixed);
    await assertSucceeds(c.commit());
    const t = await read('tickets/tA');
    expect(t?.status).toBe('closed');
    expect(t?.closeReason).toBe('callback');
    expect(t?.rating).toEqual({ score: 5, comment: '居民说已经不漏了' });
    const e = await read(`tickets/tA/timeline/${c.id}`);
    expect(e).toMatchObject({ type: 'phoneRated', authorName: '网格X', authorRole: 'worker', score: 5 });
    expect((await read('publicTickets/tA'))?.status).toBe('closed');
    const s = await read(`stats/${c.w.stats!.period}`);
    expect(s).toMatchObject({
      ratedAll: 1,
      ratingGoodAll: 1,
      phoneRatedAll: 1,
      phoneRatingGoodAll: 1,
    });
    // the household reads the entry (who recorded it, when) on its ticket
    await assertSucceeds(getDoc(doc(db(env, 'residentA'), `tickets/tA/timeline/${c.id}`)));
  });
  it('…an unsatisfied answer (2 stars) counts as rated, not as good, by phone', async () => {
    const base = await proxyResolved();
    await assertSucceeds(change('workerX', base, { ...fixed, score: 2 } as Change).commit());
    const s = await read(`stats/${change('workerX', base, fixed).w.stats!.period}`);
    expect(s).toMatchObject({ ratedAll: 1, ratingGoodAll: 0, phoneRatedAll: 1, phoneRatingGoodAll: 0 });
  });
  it('the head records it too', async () => {
    const base = await proxyResolved();
    await assertSucceeds(change('head', base, fixed).commit());
  });
  it('the building’s worker records it on a ticket handed to someone else', async () => {
    const base = await setTicket('tA', 'resolved', {
      viaProxy: true,
      assigneeId: 'head',
      assigneeName: '主任',
    });
    await assertSucceeds(change('workerX', base, fixed).commit());
  });
  it('"not fixed" on the phone reopens it as the household would, counted as a reopening', async () => {
    const base = await proxyResolved();
    await assertFails(change('workerX', base, { ...notFixed, reason: '  ' } as Change).commit());
    const c = change('workerX', base, notFixed);
    await assertSucceeds(c.commit());
    expect((await read('tickets/tA'))?.status).toBe('reopened');
    expect((await read(`tickets/tA/timeline/${c.id}`))?.type).toBe('phoneReopened');
    expect(await read(`stats/${c.w.stats!.period}`)).toMatchObject({ reopenedAll: 1 });
  });
  it.each<Principal>(['residentA', 'residentB', 'workerY', 'workerOff'])(
    '%s may not record a callback',
    async (who) => {
      const base = await proxyResolved();
      await assertFails(change(who, base, fixed).commit());
      await assertFails(change(who, base, notFixed).commit());
    },
  );
  it('the resident cannot pass their own rating off as a callback, nor staff a callback as the resident’s', async () => {
    const base = await proxyResolved();
    // the household's confirmation with the phone marks
    await assertFails(
      change('residentA', base, { kind: 'confirm', score: 5, comment: '' }, (w) => {
        w.ticket.closeReason = 'callback';
        w.entry.type = 'phoneRated';
      }).commit(),
    );
    // staff's callback written as the household's confirmation
    await assertFails(
      change('workerX', base, fixed, (w) => {
        w.ticket.closeReason = 'confirmed';
        w.entry.type = 'rated';
      }).commit(),
    );
    // a callback entry on the household's own "not fixed"
    await assertFails(
      change('residentA', base, { kind: 'reopen', reason: '还在漏' }, (w) => {
        w.entry.type = 'phoneReopened';
      }).commit(),
    );
  });
  it.each([0, 6, 4.5])('a rating of %s is refused', async (score) => {
    const base = await proxyResolved();
    await assertFails(change('workerX', base, { ...fixed, score } as Change).commit());
  });
  it('a note over the rating comment’s limit is refused', async () => {
    const base = await proxyResolved();
    await assertFails(change('workerX', base, { ...fixed, comment: '好'.repeat(501) } as Change).commit());
  });
  it.each(['submitted', 'accepted', 'in_progress', 'reopened'])('not on a %s ticket', async (status) => {
    const base = await setTicket('tA', status, { viaProxy: true });
    await assertFails(change('workerX', base, fixed).commit());
  });
  it('once: after the callback closed it, neither a second callback nor the household’s own rating', async () => {
    const base = await proxyResolved();
    await assertSucceeds(change('workerX', base, fixed).commit());
    const closed = { ...base, status: 'closed' };
    await assertFails(change('workerX', closed, fixed).commit());
    await assertFails(change('residentA', closed, { kind: 'confirm', score: 1, comment: '' }).commit());
  });
  it(`a resident's own report: not before ${callbackAfterDays} days without an answer, then yes`, async () => {
    const early = await setTicket('tA', 'resolved', {
      viaProxy: false,
      resolvedAt: ts(Date.now() - (callbackAfterDays * DAY_MS - 3_600_000)),
    });
    await assertFails(change('workerX', early, fixed).commit());
    const due = await setTicket('tA', 'resolved', {
      viaProxy: false,
      resolvedAt: ts(Date.now() - (callbackAfterDays * DAY_MS + 3_600_000)),
    });
    await assertSucceeds(change('workerX', due, fixed).commit());
  });
  it(`not after the household's ${confirmDays}-day window (it closes by itself then)`, async () => {
    const late = await setTicket('tA', 'resolved', {
      viaProxy: true,
      resolvedAt: ts(Date.now() - (confirmDays * DAY_MS + 3_600_000)),
    });
    await assertFails(change('workerX', late, fixed).commit());
    await assertFails(change('workerX', late, notFixed).commit());
  });
  it('the phone counters are required, and exact', async () => {
    const base = await proxyResolved();
    await assertFails(
      change('workerX', base, fixed, (w) => void delete w.stats!.data.phoneRatedAll).commit(),
    );
    await assertFails(
      change('workerX', base, fixed, (w) => {
        w.stats!.data.phoneRatedByWorker = { wX: increment(1) };
      }).commit(),
    );
    await assertFails(
      change('workerX', base, { ...fixed, score: 3 } as Change, (w) => {
        w.stats!.data.phoneRatingGoodAll = increment(1);
      }).commit(),
    );
    // nor can a resident's own rating count as one by phone
    await assertFails(
      change('residentA', base, { kind: 'confirm', score: 5, comment: '' }, (w) => {
        Object.assign(w.stats!.data, { phoneRatedAll: increment(1) });
      }).commit(),
    );
  });
});

// ---------------------------------------------------------------- merging a duplicate

/** Merges tA (as `who`) into `target`, as commitMerge does, optionally mutated. */
function merge(
  who: Principal,
  base: Record<string, unknown>,
  target: string,
  mergedFrom: string[] = [],
  mutate?: (w: ReturnType<typeof changeWrites>, t: ReturnType<typeof mergeTargetWrites>) => void,
  opts: { skipTarget?: boolean; skipMirror?: boolean } = {},
) {
  const f = db(env, who);
  const w = changeWrites(sdk, actor(who), state('tA', base), {
    kind: 'merge',
    intoId: target,
    note: '同一处漏水',
  });
  const t = mergeTargetWrites(sdk, actor(who), { mergedFrom }, 'tA');
  mutate?.(w, t);
  const id = `m${++n}`;
  const batch = writeBatch(f);
  batch.update(doc(f, 'tickets/tA'), { ...w.ticket, lastEventId: id });
  batch.set(doc(f, 'tickets/tA/timeline', id), w.entry);
  if (w.publicTicket && !opts.skipMirror) batch.update(doc(f, 'publicTickets/tA'), w.publicTicket);
  if (!opts.skipTarget) {
    batch.update(doc(f, 'tickets', target), { ...t.ticket, lastEventId: `${id}-in` });
    batch.set(doc(f, 'tickets', target, 'timeline', `${id}-in`), t.entry);
  }
  return batch.commit();
}

describe('merging a duplicate into another open ticket of the building', () => {
  beforeEach(moreTickets);

  it('the worker merges a new report into an open ticket of the same problem: both sides, mirror in step', async () => {
    const base = await setTicket('tA', 'submitted');
    await setTicket('tC', 'in_progress');
    await assertSucceeds(merge('workerX', base, 'tC'));
    const a = await read('tickets/tA');
    expect(a).toMatchObject({ status: 'merged', open: false, dueAt: null, mergedInto: 'tC' });
    expect((await read('tickets/tC'))?.mergedFrom).toEqual(['tA']);
    expect((await read('tickets/tC'))?.status).toBe('in_progress');
    expect(await read('publicTickets/tA')).toMatchObject({ status: 'merged', open: false });
    // the merged ticket's household follows the other through its public mirror, not the ticket itself
    await assertSucceeds(getDoc(doc(db(env, 'residentA'), 'publicTickets/tC')));
    await assertFails(getDoc(doc(db(env, 'residentA'), 'tickets/tC')));
    // and reads the public entry on its own ticket
    await assertSucceeds(getDoc(doc(db(env, 'residentA'), `tickets/tA/timeline/m${n}`)));
  });
  it('the head merges a reopened ticket; a second duplicate is added to the list', async () => {
    const base = await setTicket('tA', 'reopened', { reopenCount: 1 });
    await setTicket('tC', 'accepted', { mergedFrom: ['tZ'] });
    await assertSucceeds(merge('head', base, 'tC', ['tZ']));
    expect((await read('tickets/tC'))?.mergedFrom).toEqual(['tZ', 'tA']);
  });
  it.each<Principal>(['workerY', 'workerOff', 'residentA', 'residentB'])('%s may not merge', async (who) => {
    const base = await setTicket('tA', 'submitted');
    await setTicket('tC', 'accepted');
    await assertFails(merge(who, base, 'tC'));
  });
  it('not a ticket already accepted, resolved or finished', async () => {
    for (const status of ['accepted', 'in_progress', 'resolved', 'closed', 'rejected']) {
      const base = await setTicket('tA', status);
      await setTicket('tC', 'accepted');
      await assertFails(merge('workerX', base, 'tC'));
    }
  });
  it('not into itself', async () => {
    const base = await setTicket('tA', 'submitted');
    await assertFails(merge('workerX', base, 'tA'));
  });
  it('not into a closed, resolved or merged ticket', async () => {
    for (const status of ['closed', 'resolved', 'merged']) {
      const base = await setTicket('tA', 'submitted');
      await setTicket('tC', status);
      await assertFails(merge('workerX', base, 'tC'));
    }
  });
  it('not into a ticket that does not exist', async () => {
    const base = await setTicket('tA', 'submitted');
    await assertFails(merge('workerX', base, 'tNone', [], undefined, { skipTarget: true }));
  });
  it('not across buildings, not even by the head', async () => {
    const base = await setTicket('tA', 'submitted');
    await assertFails(merge('head', base, 'tB'));
  });
  it('not into another household’s private matter (its household could not follow it)', async () => {
    const base = await setTicket('tA', 'submitted');
    await setTicket('tD', 'accepted', { shared: false });
    await assertFails(merge('workerX', base, 'tD'));
  });
  it('not into a ticket the worker may not act on (handed to another worker, of another building’s worker)', async () => {
    // tA handed to worker Y (its owner now), tC stays worker X's in building 1: Y owns one side only
    const base = await setTicket('tA', 'submitted', { assigneeId: 'wY', assigneeName: '网格Y' });
    await setTicket('tC', 'accepted');
    await assertFails(merge('workerY', base, 'tC'));
  });
  it('both sides or neither: the target’s list, the mirror and the entries are required', async () => {
    const base = await setTicket('tA', 'submitted');
    await setTicket('tC', 'accepted');
    await assertFails(merge('workerX', base, 'tC', [], undefined, { skipTarget: true }));
    await assertFails(merge('workerX', base, 'tC', [], undefined, { skipMirror: true }));
    // the target lists another ticket, or drops what it listed before
    await assertFails(merge('workerX', base, 'tC', [], (_, t) => void (t.ticket.mergedFrom = ['tB'])));
    await setTicket('tC', 'accepted', { mergedFrom: ['tZ'] });
    await assertFails(merge('workerX', base, 'tC', []));
    // the target's entry typed as something else
    await assertFails(merge('workerX', base, 'tC', ['tZ'], (_, t) => void (t.entry.type = 'reply')));
    await assertSucceeds(merge('workerX', base, 'tC', ['tZ']));
  });
  it(`a ticket takes at most ${mergedFromMax} duplicates`, async () => {
    const full = Array.from({ length: mergedFromMax }, (_, i) => `tz${i}`);
    const base = await setTicket('tA', 'submitted');
    await setTicket('tC', 'accepted', { mergedFrom: full });
    await assertFails(merge('workerX', base, 'tC', full));
  });
  it('nobody adds to a ticket’s list without a merge in the same batch', async () => {
    await setTicket('tC', 'accepted');
    const f = db(env, 'workerX');
    const t = mergeTargetWrites(sdk, actor('workerX'), { mergedFrom: [] }, 'tA');
    const batch = writeBatch(f);
    batch.update(doc(f, 'tickets/tC'), { ...t.ticket, lastEventId: 'lone' });
    batch.set(doc(f, 'tickets/tC/timeline/lone'), t.entry);
    await assertFails(batch.commit());
  });
  it('a merged ticket is finished: no acceptance, no comment, no second merge', async () => {
    const base = await setTicket('tA', 'submitted');
    await setTicket('tC', 'accepted');
    await assertSucceeds(merge('workerX', base, 'tC'));
    const merged = { ...base, status: 'merged' };
    await assertFails(change('workerX', merged, { kind: 'accept' }).commit());
    await assertFails(
      setDoc(doc(db(env, 'residentA'), 'tickets/tA/timeline/late'), {
        type: 'comment',
        visibility: 'public',
        authorId: 'rA',
        authorRole: 'resident',
        authorName: '居民A',
        text: '还在漏',
        toName: null,
        score: null,
        createdAt: serverTimestamp(),
      }),
    );
    await setTicket('tD', 'accepted');
    await assertFails(merge('workerX', merged, 'tD'));
  });
});
