/**
 * The access matrix: every principal the rules distinguish × every collection and subcollection × get,
 * list (with the filters the app uses, and without) and delete. Each row states the intended policy as the
 * set of principals allowed; every other principal must be refused. A row's allowed principals are the
 * "nearest allowed" request for its denials, so a deny cannot pass because the request itself is broken.
 * Creates and updates: every principal attempts the same valid write (their own document where the write
 * creates one), so each refusal is about who asks, not what is written. The hostile variations of each
 * write (forged fields, wrong types, skipped states…) are in the feature suites beside this one.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  collectionGroup,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  getDocs,
  increment,
  limit,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  where,
  writeBatch,
  type Firestore,
  type Query,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { kase } from './fixtures';
import {
  addAudit,
  assertFails,
  assertSucceeds,
  db,
  makeEnv,
  P,
  seedWorld,
  T0,
  type Principal,
} from './support';

let env: RulesTestEnvironment;

const EVERYONE: Principal[] = [
  'anonymous',
  'noProfile',
  'pending',
  'residentA',
  'residentB',
  'volunteer',
  'workerX',
  'workerY',
  'workerOff',
  'head',
];
const WITH_PROFILE = EVERYONE.filter((p) => p !== 'anonymous' && p !== 'noProfile');
const SIGNED_IN = EVERYONE.filter((p) => p !== 'anonymous');
const STAFF: Principal[] = ['workerX', 'workerY', 'head'];
/** Residents whose flat is confirmed, and active staff: who may see the "me too" mirror. */
const CONFIRMED_OR_STAFF = WITH_PROFILE.filter((p) => p !== 'pending' && p !== 'workerOff');

beforeAll(async () => {
  env = await makeEnv('matrix');
  await seedWorld(env);
  // What the shared world lacks: a visit, the public mirror and a follower, a mediation case with a
  // session, a month's summary, a sign-up, an invite, and documents for the delete rows.
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as Firestore;
    const set = (path: string, data: Record<string, unknown>) => setDoc(doc(f, path), data);
    await set('visits/vA', { buildingId: 'b1', householdId: 'hA', authorId: 'wX', visitedAt: T0 });
    for (const t of ['tA', 'tB'])
      await set(`tickets/${t}/voice/v1`, {
        dataUrl: 'data:audio/webm;base64,AAAA',
        seconds: 3,
        authorId: t === 'tA' ? 'rA' : 'rB',
        createdAt: T0,
      });
    await set('publicTickets/tA', {
      buildingId: 'b1',
      categoryId: 'water',
      status: 'accepted',
      open: true,
      followerCount: 1,
    });
    await set('publicTickets/tA/followers/rB', { uid: 'rB', createdAt: T0 });
    await set('mediationCases/m1', { partyUids: ['rA'], mediatorId: 'wX', buildingId: 'b1', status: 'open' });
    await set('mediationCases/m1/sessions/s1', { agreed: '各退一步', createdAt: T0 });
    await set('stats/2026-11', { created: 1, lastTicket: 'tA', updatedAt: T0 });
    await set('signals/2026-11-01', {
      reports: { 'b1~water': { hA: true } },
      lastTicket: 'tA',
      updatedAt: T0,
    });
    await set('reportDays/2026-11-01/households/hA', { count: 2, lastTicket: 'tA', updatedAt: T0 });
    await set('events/pub/signups/rV', { uid: 'rV', status: 'confirmed', seq: 1, role: null });
    await set('invites/+8613800000009', { role: 'worker', name: '新同事', createdBy: 'head', createdAt: T0 });
    await set('publicTickets/tW', {
      buildingId: 'b2',
      categoryId: 'lift',
      status: 'submitted',
      open: true,
      followerCount: 0,
    });
  });
});
afterAll(() => env.cleanup());

type Target = (f: Firestore) => Query | ReturnType<typeof doc>;
interface Row {
  what: string;
  allowed: Principal[];
  target: Target;
}

const docRow = (path: string, allowed: Principal[]): Row => ({
  what: `get ${path}`,
  allowed,
  target: (f) => doc(f, path),
});
const listRow = (what: string, allowed: Principal[], q: (f: Firestore) => Query): Row => ({
  what: `list ${what}`,
  allowed,
  target: q,
});

const READS: Row[] = [
  // users: yourself, the grid worker of your building (or of the flat you asked to be linked to), the head
  docRow('users/rA', ['residentA', 'workerX', 'head']),
  docRow('users/rP', ['pending', 'workerX', 'head']),
  listRow('users where buildingId == b1, limit 200', ['workerX', 'head'], (f) =>
    query(collection(f, 'users'), where('buildingId', '==', 'b1'), limit(200)),
  ),
  listRow('users where buildingId == b1, limit 201 (over the cap)', [], (f) =>
    query(collection(f, 'users'), where('buildingId', '==', 'b1'), limit(201)),
  ),
  listRow('users (no filter), limit 200', ['head'], (f) => query(collection(f, 'users'), limit(200))),
  // active staff (whom a ticket can be handed to): every active staff member, asking for exactly that
  listRow('users where role in [worker, head] and active, limit 200', ['workerX', 'workerY', 'head'], (f) =>
    query(
      collection(f, 'users'),
      where('role', 'in', ['worker', 'head']),
      where('active', '==', true),
      limit(200),
    ),
  ),
  listRow('users where role in [worker, head] (inactive too), limit 200', ['head'], (f) =>
    query(collection(f, 'users'), where('role', 'in', ['worker', 'head']), limit(200)),
  ),
  listRow('users (no filter, no limit: every account)', [], (f) => collection(f, 'users')),
  // invites: the head, and the person invited (by the phone or email in their sign-in token)
  docRow('invites/+8613800000009', ['noProfile', 'head']),
  listRow('invites, limit 100', ['head'], (f) => query(collection(f, 'invites'), limit(100))),
  listRow('invites (no limit)', [], (f) => collection(f, 'invites')),
  // buildings: anyone signed in (residents pick one; nothing personal)
  docRow('buildings/b1', SIGNED_IN),
  listRow('buildings', SIGNED_IN, (f) => collection(f, 'buildings')),
  // households: the household's members, its building's worker, the head
  docRow('households/hA', ['residentA', 'workerX', 'head']),
  listRow('households where buildingId == b1, limit 200', ['workerX', 'head'], (f) =>
    query(collection(f, 'households'), where('buildingId', '==', 'b1'), limit(200)),
  ),
  listRow('households where buildingId == b1, limit 201 (over the cap)', [], (f) =>
    query(collection(f, 'households'), where('buildingId', '==', 'b1'), limit(201)),
  ),
  listRow('households (no filter), limit 200', ['head'], (f) =>
    query(collection(f, 'households'), limit(200)),
  ),
  listRow('households (no filter, no limit: the whole register)', [], (f) => collection(f, 'households')),
  // householdPrivate (care tags, ID and phone numbers): only the building's worker and the head — never
  // the household itself
  docRow('householdPrivate/hA', ['workerX', 'head']),
  listRow('householdPrivate where buildingId == b1, limit 50', ['workerX', 'head'], (f) =>
    query(collection(f, 'householdPrivate'), where('buildingId', '==', 'b1'), limit(50)),
  ),
  listRow('householdPrivate where buildingId == b1, limit 51 (over the cap)', [], (f) =>
    query(collection(f, 'householdPrivate'), where('buildingId', '==', 'b1'), limit(51)),
  ),
  listRow('householdPrivate where buildingId == b1, no limit', [], (f) =>
    query(collection(f, 'householdPrivate'), where('buildingId', '==', 'b1')),
  ),
  listRow('householdPrivate (no filter), limit 50', ['head'], (f) =>
    query(collection(f, 'householdPrivate'), limit(50)),
  ),
  // visits: the building's worker and the head
  docRow('visits/vA', ['workerX', 'head']),
  listRow('visits where buildingId == b1, limit 500', ['workerX', 'head'], (f) =>
    query(collection(f, 'visits'), where('buildingId', '==', 'b1'), limit(500)),
  ),
  listRow('visits (no filter), limit 500', ['head'], (f) => query(collection(f, 'visits'), limit(500))),
  listRow('visits (no filter), limit 501 (over the cap)', [], (f) =>
    query(collection(f, 'visits'), limit(501)),
  ),
  // config: the community's name and phone for everyone (the sign-in page shows them); categories for
  // anyone with a profile
  docRow('config/community', EVERYONE),
  docRow('config/categories', WITH_PROFILE),
  docRow('config/buildings', SIGNED_IN),
  // tickets: the household, the assignee, the building's worker, the head
  docRow('tickets/tA', ['residentA', 'workerX', 'head']),
  // (staff list by assignee or building, never by a household alone)
  listRow('tickets where householdId == hA', ['residentA', 'head'], (f) =>
    query(collection(f, 'tickets'), where('householdId', '==', 'hA'), limit(21)),
  ),
  listRow('tickets where buildingId == b1, open', ['workerX', 'head'], (f) =>
    query(collection(f, 'tickets'), where('buildingId', '==', 'b1'), where('open', '==', true), limit(21)),
  ),
  listRow('tickets where assigneeId == wX, open', ['workerX', 'head'], (f) =>
    query(collection(f, 'tickets'), where('assigneeId', '==', 'wX'), where('open', '==', true), limit(21)),
  ),
  listRow('tickets (no filter)', ['head'], (f) => collection(f, 'tickets')),
  // the timeline: public entries for the household; internal notes for staff of the ticket only
  docRow('tickets/tA/timeline/pub', ['residentA', 'workerX', 'head']),
  docRow('tickets/tA/timeline/int', ['workerX', 'head']),
  listRow('tA timeline where visibility == public, limit 500', ['residentA', 'workerX', 'head'], (f) =>
    query(collection(f, 'tickets/tA/timeline'), where('visibility', '==', 'public'), limit(500)),
  ),
  listRow('tA timeline (no filter: includes internal notes), limit 500', ['workerX', 'head'], (f) =>
    query(collection(f, 'tickets/tA/timeline'), limit(500)),
  ),
  listRow('tA timeline, limit 501 (over the cap)', [], (f) =>
    query(collection(f, 'tickets/tA/timeline'), where('visibility', '==', 'public'), limit(501)),
  ),
  listRow('tA timeline (no limit)', [], (f) => collection(f, 'tickets/tA/timeline')),
  listRow('collection group timeline', [], (f) => collectionGroup(f, 'timeline')),
  // photos: whoever may read the ticket
  docRow('tickets/tA/photos/p1', ['residentA', 'workerX', 'head']),
  listRow('tA photos, limit 6', ['residentA', 'workerX', 'head'], (f) =>
    query(collection(f, 'tickets/tA/photos'), limit(6)),
  ),
  listRow('tA photos (no limit)', [], (f) => collection(f, 'tickets/tA/photos')),
  // the report's voice message: whoever may read the ticket, by id (never listed)
  docRow('tickets/tA/voice/v1', ['residentA', 'workerX', 'head']),
  listRow('tA voice', [], (f) => query(collection(f, 'tickets/tA/voice'), limit(1))),
  listRow('collection group voice', [], (f) => query(collectionGroup(f, 'voice'), limit(1))),
  // the public mirror (no names, no flat): anyone with a profile, to say "me too"
  docRow('publicTickets/tA', CONFIRMED_OR_STAFF),
  listRow('publicTickets where buildingId == b1, limit 20', CONFIRMED_OR_STAFF, (f) =>
    query(collection(f, 'publicTickets'), where('buildingId', '==', 'b1'), limit(20)),
  ),
  listRow('publicTickets where buildingId == b1, limit 21 (over the cap)', [], (f) =>
    query(collection(f, 'publicTickets'), where('buildingId', '==', 'b1'), limit(21)),
  ),
  listRow('publicTickets (no limit: the whole community)', [], (f) => collection(f, 'publicTickets')),
  docRow('publicTickets/tA/followers/rB', ['residentB']),
  listRow('collection group followers where uid == rB, limit 20', ['residentB'], (f) =>
    query(collectionGroup(f, 'followers'), where('uid', '==', 'rB'), limit(20)),
  ),
  listRow('collection group followers where uid == rB, no limit', [], (f) =>
    query(collectionGroup(f, 'followers'), where('uid', '==', 'rB')),
  ),
  listRow('collection group followers (no filter)', [], (f) => collectionGroup(f, 'followers')),
  // mediation: the parties (their own case), the assigned mediator, the head
  docRow('mediationCases/m1', ['residentA', 'workerX', 'head']),
  listRow('mediationCases where partyUids contains rA, limit 50', ['residentA', 'head'], (f) =>
    query(collection(f, 'mediationCases'), where('partyUids', 'array-contains', 'rA'), limit(50)),
  ),
  listRow('mediationCases where mediatorId == wX, limit 50', ['workerX', 'head'], (f) =>
    query(collection(f, 'mediationCases'), where('mediatorId', '==', 'wX'), limit(50)),
  ),
  listRow('mediationCases (no filter), limit 50', ['head'], (f) =>
    query(collection(f, 'mediationCases'), limit(50)),
  ),
  listRow('mediationCases (no filter), no limit', [], (f) => collection(f, 'mediationCases')),
  docRow('mediationCases/m1/sessions/s1', ['residentA', 'workerX', 'head']),
  // summaries: the head
  docRow('stats/2026-11', ['head']),
  listRow('stats', ['head'], (f) => collection(f, 'stats')),
  // early-warning signals (which households reported what): the head
  docRow('signals/2026-11-01', ['head']),
  listRow('signals, limit 31', ['head'], (f) => query(collection(f, 'signals'), limit(31))),
  listRow('signals, no limit', [], (f) => collection(f, 'signals')),
  // a household's own reports of a day (the abuse limit): its members
  docRow('reportDays/2026-11-01/households/hA', ['residentA', 'residentA2']),
  listRow('reportDays of a day', [], (f) => collection(f, 'reportDays/2026-11-01/households')),
  // events: published ones for anyone with a profile; drafts for staff (a deactivated worker is no staff)
  docRow('events/pub', WITH_PROFILE),
  docRow('events/draft', STAFF),
  listRow('events where status == published, limit 50', WITH_PROFILE, (f) =>
    query(collection(f, 'events'), where('status', '==', 'published'), limit(50)),
  ),
  listRow('events where status == published, limit 51 (over the cap)', [], (f) =>
    query(collection(f, 'events'), where('status', '==', 'published'), limit(51)),
  ),
  listRow('events (no filter: includes drafts), limit 50', STAFF, (f) =>
    query(collection(f, 'events'), limit(50)),
  ),
  docRow('events/pub/signups/rV', ['volunteer', ...STAFF]),
  listRow('events/pub signups (the roster)', STAFF, (f) => collection(f, 'events/pub/signups')),
  listRow('collection group signups where uid == rV, limit 200', ['volunteer'], (f) =>
    query(collectionGroup(f, 'signups'), where('uid', '==', 'rV'), limit(200)),
  ),
  listRow('collection group signups where uid == rV, limit 201 (over the cap)', [], (f) =>
    query(collectionGroup(f, 'signups'), where('uid', '==', 'rV'), limit(201)),
  ),
  // notices: published ones for anyone with a profile; drafts for staff
  docRow('notices/pub', WITH_PROFILE),
  docRow('notices/draft', STAFF),
  listRow('notices where status == published, limit 50', WITH_PROFILE, (f) =>
    query(collection(f, 'notices'), where('status', '==', 'published'), limit(50)),
  ),
  listRow('notices where status == published, no limit', [], (f) =>
    query(collection(f, 'notices'), where('status', '==', 'published')),
  ),
  // default deny
  docRow('secrets/anything', []),
  listRow('secrets', [], (f) => collection(f, 'secrets')),
];

function read(target: ReturnType<Target>): Promise<unknown> {
  return 'type' in target && target.type === 'document'
    ? getDoc(target as ReturnType<typeof doc>)
    : getDocs(target as Query);
}

describe('reads: who may get and list what', () => {
  for (const row of READS) {
    it(`${row.what}: ${row.allowed.length ? row.allowed.join(', ') : 'nobody'}`, async () => {
      for (const who of EVERYONE) {
        const request = read(row.target(db(env, who)));
        if (row.allowed.includes(who)) await assertSucceeds(request).catch(fail(who, 'allowed'));
        else await assertFails(request).catch(fail(who, 'refused'));
      }
    });
  }
});

/** Who each principal is in the world (uid, the name on their profile, their role). */
const ME: Record<Exclude<Principal, 'anonymous'>, { name: string; role: string }> = {
  head: { name: '主任', role: 'head' },
  workerX: { name: '网格X', role: 'worker' },
  workerY: { name: '网格Y', role: 'worker' },
  workerOff: { name: '停用', role: 'worker' },
  residentA: { name: '居民A', role: 'resident' },
  residentA2: { name: '居民A2', role: 'resident' },
  residentB: { name: '居民B', role: 'resident' },
  pending: { name: '待核对', role: 'resident' },
  volunteer: { name: '志愿者', role: 'resident' },
  noProfile: { name: '某人', role: 'resident' },
};
const uidOf = (who: Principal) => (who === 'anonymous' ? 'nobody' : P[who].uid);
const me = (who: Principal) => (who === 'anonymous' ? ME.noProfile : ME[who]);

interface WriteRow {
  what: string;
  allowed: Principal[];
  /** The write as `who` makes it; `n` numbers the principal (for a document of their own). */
  write: (f: Firestore, who: Principal, n: number) => Promise<unknown>;
}
const DAY = 86_400_000;
const WRITES: WriteRow[] = [
  {
    what: 'create notices/* (a draft)',
    allowed: ['head'],
    write: (f, who, n) =>
      setDoc(doc(f, `notices/w${n}`), {
        title: '停水通知',
        body: '周六上午停水。',
        status: 'draft',
        pinned: false,
        audience: ['all'],
        publishedAt: null,
        createdBy: uidOf(who),
        updatedAt: serverTimestamp(),
      }),
  },
  {
    what: 'create invites/* (invite a worker)',
    allowed: ['head'],
    write: (f, who, n) =>
      setDoc(doc(f, `invites/+861390000010${n}`), {
        role: 'worker',
        name: '新同事',
        buildingIds: ['b3'],
        createdBy: uidOf(who),
        createdAt: serverTimestamp(),
      }),
  },
  {
    what: 'write config/community (office phone and hours)',
    allowed: ['head'],
    write: (f) =>
      setDoc(doc(f, 'config/community'), {
        name: '幸福里社区',
        officePhone: '0371-12345678',
        officeHours: '周一至周五 8:30–17:30',
        officeHoursEn: 'Mon–Fri 8:30–17:30',
        updatedAt: serverTimestamp(),
      }),
  },
  {
    what: 'update buildings/b3 and its directory entry (give it a grid worker)',
    allowed: ['head'],
    write: (f, who) => {
      const b3 = {
        number: 3,
        entrances: 2,
        floors: 6,
        commonAreas: ['stairwell', 'lift'],
        workerId: 'wX',
        workerName: '网格X',
        householdCount: 2,
      };
      const batch = writeBatch(f);
      // (with its audit entry, as every change to the grid)
      const lastAuditId = addAudit(f, batch, who, {
        action: 'building.assign',
        targetId: 'b3',
        targetLabel: '3',
        buildingId: 'b3',
        fields: ['workerId', 'workerName'],
      });
      batch.set(doc(f, 'buildings/b3'), { ...b3, updatedAt: serverTimestamp(), lastAuditId });
      batch.update(doc(f, 'config/buildings'), {
        'items.b3': b3,
        lastBuilding: 'b3',
        updatedAt: serverTimestamp(),
      });
      return batch.commit();
    },
  },
  {
    what: 'create mediationCases/* (open a case)',
    allowed: ['head'],
    write: (f, who, n) => setDoc(doc(f, `mediationCases/w${n}`), kase({ createdBy: uidOf(who) })),
  },
  {
    what: 'create events/* (a draft)',
    allowed: STAFF,
    write: (f, who, n) =>
      setDoc(doc(f, `events/w${n}`), {
        title: '重阳节戏曲联欢会',
        description: '',
        place: '礼堂',
        coverDataUrl: null,
        startAt: Timestamp.fromMillis(Date.now() + 7 * DAY),
        endAt: Timestamp.fromMillis(Date.now() + 7 * DAY + 3_600_000),
        signupDeadline: Timestamp.fromMillis(Date.now() + 6 * DAY),
        status: 'draft',
        capacity: 30,
        confirmed: 0,
        waitlist: [],
        seq: 0,
        roles: {},
        createdBy: uidOf(who),
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
  },
  {
    what: 'add a remark to tickets/tA (the household comments, staff of the ticket reply)',
    allowed: ['residentA', 'workerX', 'head'],
    write: (f, who, n) =>
      setDoc(doc(f, `tickets/tA/timeline/w${n}`), {
        type: me(who).role === 'resident' ? 'comment' : 'reply',
        visibility: 'public',
        authorId: uidOf(who),
        authorRole: me(who).role,
        authorName: me(who).name,
        text: '请尽快来看看',
        toName: null,
        score: null,
        createdAt: serverTimestamp(),
      }),
  },
  {
    what: 'follow publicTickets/tW ("me too": the follower and the count, in one batch)',
    allowed: ['residentA', 'residentB', 'volunteer'],
    write: (f, who) => {
      const batch = writeBatch(f);
      batch.set(doc(f, `publicTickets/tW/followers/${uidOf(who)}`), {
        uid: uidOf(who),
        householdId: { residentA: 'hA', residentB: 'hB', volunteer: 'hV' }[who as string] ?? 'hA',
        createdAt: serverTimestamp(),
      });
      batch.update(doc(f, 'publicTickets/tW'), { followerCount: increment(1) });
      return batch.commit();
    },
  },
];

describe('creates and updates: who may write what', () => {
  for (const row of WRITES) {
    it(`${row.what}: ${row.allowed.join(', ')}`, async () => {
      // Refusals first, then the allowed: an allowed write cannot make a later refusal pass or fail.
      const order = [...EVERYONE.filter((p) => !row.allowed.includes(p)), ...row.allowed];
      for (const [n, who] of order.entries()) {
        const request = row.write(db(env, who), who, n);
        if (row.allowed.includes(who)) await assertSucceeds(request).catch(fail(who, 'allowed'));
        else await assertFails(request).catch(fail(who, 'refused'));
      }
    });
  }
});

/** Deletes: nobody deletes records; the head alone removes set-up data (and a draft notice); a person
 * withdraws only their own follow or sign-up. The allowed principal goes last, after every refusal. */
const DELETES: Row[] = [
  docRow('users/rB', []),
  docRow('tickets/tB', []),
  docRow('tickets/tB/timeline/pub', []),
  docRow('tickets/tB/photos/p1', []),
  docRow('tickets/tB/voice/v1', []),
  docRow('mediationCases/m1', []),
  docRow('mediationCases/m1/sessions/s1', []),
  docRow('stats/2026-11', []),
  docRow('signals/2026-11-01', []),
  docRow('reportDays/2026-11-01/households/hA', []),
  docRow('events/pub', []),
  docRow('config/community', []),
  docRow('config/buildings', []),
  docRow('visits/vA', []),
  docRow('invites/+8613800000009', ['head']),
  // (kept history: archived with a reason, never deleted — docs/security.md)
  docRow('householdPrivate/hP', []),
  docRow('households/hP', []),
  docRow('notices/draft', ['head']),
  docRow('secrets/anything', []),
];

describe('deletes', () => {
  for (const row of DELETES) {
    const path = row.what.replace(/^get /, '');
    it(`delete ${path}: ${row.allowed.length ? row.allowed.join(', ') : 'nobody'}`, async () => {
      const order = [...EVERYONE.filter((p) => !row.allowed.includes(p)), ...row.allowed];
      for (const who of order) {
        const request = deleteDoc(doc(db(env, who), path));
        if (row.allowed.includes(who)) await assertSucceeds(request).catch(fail(who, 'allowed'));
        else await assertFails(request).catch(fail(who, 'refused'));
      }
    });
  }
});

// Never from the app: tickets, households and the audit log name a building (an operator removes one entered
// by mistake with the Admin SDK).
it('delete buildings/b3 with its directory entry, in one batch: nobody', async () => {
  const remove = (who: Principal) => {
    const f = db(env, who);
    const batch = writeBatch(f);
    batch.delete(doc(f, 'buildings/b3'));
    batch.update(doc(f, 'config/buildings'), {
      'items.b3': deleteField(),
      lastBuilding: 'b3',
      updatedAt: serverTimestamp(),
    });
    return batch.commit();
  };
  for (const who of EVERYONE) await assertFails(remove(who)).catch(fail(who, 'refused'));
});

it('unfollow publicTickets/tA (the follower and the count, in one batch): residentB', async () => {
  const unfollow = (who: Principal) => {
    const f = db(env, who);
    const batch = writeBatch(f);
    batch.delete(doc(f, 'publicTickets/tA/followers/rB'));
    batch.update(doc(f, 'publicTickets/tA'), { followerCount: increment(-1) });
    return batch.commit();
  };
  for (const who of EVERYONE.filter((p) => p !== 'residentB'))
    await assertFails(unfollow(who)).catch(fail(who, 'refused'));
  await assertSucceeds(unfollow('residentB')).catch(fail('residentB', 'allowed'));
});

function fail(who: Principal, expected: 'allowed' | 'refused') {
  return (e: unknown) => {
    throw new Error(`${who} should be ${expected}: ${String(e)}`);
  };
}
