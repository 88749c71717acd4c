/**
 * Load: residents filing and following up tickets while grid workers work them, all at once, each from its
 * own Firestore client, through the app's own batches (src/features/tickets/api/commit.ts) and the rules.
 * Shared by its test (tests/queries/load.test.ts, 15 s) and `npm run load` (a minute, figures printed).
 *
 * Afterwards `checkLoad` reads everything past the rules and proves nothing was lost or duplicated: every
 * acknowledged report exists once, every ticket's timeline holds exactly the entries whose batches were
 * acknowledged, replaying its status entries gives the ticket's status, the public mirror agrees, and the
 * monthly counters equal the documents they count. A write the rules refuse (someone else moved the ticket
 * first: a resident cancels what the worker just accepted) must leave no trace.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import * as fs from 'firebase/firestore';
import { isDeepStrictEqual } from 'node:util';
import { DIRECTORY_PATH, directoryDoc, directoryEntry } from '../../src/features/buildings/directory';
import { commitChange, commitNewTicket, commitRemark } from '../../src/features/tickets/api/commit';
import { queuePageQuery, type QuerySdk } from '../../src/features/tickets/api/queue';
import type { Actor, Change } from '../../src/features/tickets/api/writes';
import { ticketConverter } from '../../src/lib/converters/tickets';
import { reportsPerHouseholdDayMax } from '../../src/lib/policy';
import { profile } from '../../tests/rules/fixtures';
import { categoriesDoc, LEAF_CATEGORIES } from '../seed/categories';
import { reportDaysOf, signalsOf } from '../seed/stats';

export interface LoadOptions {
  residents: number;
  workers: number;
  durationMs: number;
  /**
   * Keep going past `durationMs` until each of these kinds of write has been acknowledged at least once
   * (a busy machine gets through the workflow more slowly), but never past `maxDurationMs`.
   */
  untilKinds?: readonly Kind[];
  maxDurationMs?: number;
  /** Pause between a resident's actions (ms, uniformly random in the range): people, not a hammer. */
  residentThinkMs?: [number, number];
  /** Workers are at it all day: shorter pauses. */
  workerThinkMs?: [number, number];
}

export type Kind = 'report' | Change['kind'] | 'comment' | 'reply';

interface Ack {
  ticketId: string;
  entryId: string;
  kind: Kind;
}

export interface LoadOutcome {
  acks: Ack[];
  /** Writes the rules refused, by kind: expected when two people move the same ticket at once. */
  refused: Partial<Record<Kind, number>>;
  /** Anything else that went wrong (must stay empty). */
  errors: string[];
  latenciesMs: number[];
  wallMs: number;
}

const sdk = fs as unknown as QuerySdk;
const asDb = (x: unknown) => x as fs.Firestore;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;

const workerId = (i: number) => `lw${i}`;
const residentId = (i: number) => `lr${String(i).padStart(3, '0')}`;
const buildingOf = (i: number, o: LoadOptions) => `lb${(i % o.workers) + 1}`;
const householdOf = (i: number) => `lh${String(i).padStart(3, '0')}`;
const flatOf = (i: number) => `${(i % 6) + 1}0${(i % 4) + 1}`;

/** Buildings (one per worker), a household and a confirmed resident per resident, the category tree. */
export async function seedLoad(env: RulesTestEnvironment, o: LoadOptions) {
  const now = fs.Timestamp.now();
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = asDb(ctx.firestore());
    const batch = fs.writeBatch(f);
    batch.set(fs.doc(f, 'config/categories'), {
      items: categoriesDoc(),
      lastCategory: null,
      updatedAt: now,
      updatedBy: 'head',
    });
    const buildings: Parameters<typeof directoryDoc>[0] = [];
    for (let w = 1; w <= o.workers; w++) {
      batch.set(
        fs.doc(f, 'users', workerId(w)),
        profile({ displayName: `网格员${w}`, role: 'worker', email: `w${w}@load.test` }),
      );
      const building = {
        id: `lb${w}`,
        number: w,
        entrances: 4,
        floors: 7,
        commonAreas: ['stairwell', 'lift'],
        workerId: workerId(w),
        workerName: `网格员${w}`,
        householdCount: Math.ceil(o.residents / o.workers),
      };
      buildings.push(building);
      batch.set(fs.doc(f, 'buildings', building.id), { ...directoryEntry(building), updatedAt: now });
    }
    batch.set(fs.doc(f, DIRECTORY_PATH), directoryDoc(buildings, now));
    for (let i = 0; i < o.residents; i++) {
      const buildingId = buildingOf(i, o);
      const flat = flatOf(i);
      batch.set(fs.doc(f, 'households', householdOf(i)), {
        buildingId,
        entrance: 1,
        flat,
        interestGroup: 'tuixiu',
        members: [{ name: `居民${i}`, relation: '户主' }],
        createdAt: now,
        updatedAt: now,
      });
      batch.set(
        fs.doc(f, 'users', residentId(i)),
        profile({
          displayName: `居民${i}`,
          phone: `+86138${String(i).padStart(8, '0')}`,
          householdId: householdOf(i),
          buildingId,
          linkStatus: 'confirmed',
          link: { buildingId, entrance: 1, flat },
        }),
      );
    }
    await batch.commit();
  });
}

/** Every resident and worker acts at once for `durationMs`, each from their own client. */
export async function runLoad(env: RulesTestEnvironment, o: LoadOptions): Promise<LoadOutcome> {
  const out: LoadOutcome = { acks: [], refused: {}, errors: [], latenciesMs: [], wallMs: 0 };
  const started = Date.now();
  const end = started + o.durationMs;
  const hardEnd = started + Math.max(o.durationMs, o.maxDurationMs ?? 0);
  const seen = new Set<Kind>();
  const going = () => {
    const now = Date.now();
    if (now >= hardEnd) return false;
    return now < end || (o.untilKinds ?? []).some((k) => !seen.has(k));
  };
  const between = ([min, max]: [number, number]) => sleep(min + Math.random() * (max - min));

  /** Runs one write; records its acknowledgement, or its refusal, or an error. */
  async function attempt(kind: Kind, ticketId: string, write: () => Promise<string>) {
    const t0 = performance.now();
    try {
      const entryId = await write();
      out.latenciesMs.push(performance.now() - t0);
      out.acks.push({ ticketId, entryId, kind });
      seen.add(kind);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'permission-denied') out.refused[kind] = (out.refused[kind] ?? 0) + 1;
      else out.errors.push(`${kind} ${ticketId}: ${code ?? ''} ${(e as Error).message}`);
    }
  }

  async function resident(i: number) {
    const uid = residentId(i);
    const db = asDb(
      env.authenticatedContext(uid, { phone_number: `+86138${String(i).padStart(8, '0')}` }).firestore(),
    );
    const actor: Actor = { uid, name: `居民${i}`, role: 'resident' };
    const buildingId = buildingOf(i, o);
    const w = Number(buildingId.slice(2));
    const mine: string[] = [];
    let n = 0;
    while (going()) {
      // (a household files at most reportsPerHouseholdDayMax a day: the rules refuse more)
      if (mine.length === 0 || (mine.length < reportsPerHouseholdDayMax && Math.random() < 0.15)) {
        const cat = pick(LEAF_CATEGORIES);
        const id = fs.doc(fs.collection(db, 'tickets')).id;
        await attempt('report', id, async () => {
          await commitNewTicket(
            fs,
            db,
            actor,
            {
              id,
              category: cat,
              description: `负载测试 ${uid} 第${++n}件：${cat.zh}`,
              area: null,
              building: { id: buildingId, number: w, workerId: workerId(w), workerName: `网格员${w}` },
              household: {
                id: householdOf(i),
                buildingId,
                buildingNumber: w,
                entrance: 1,
                flat: flatOf(i),
              },
              urgency: Math.random() < 0.2 ? 'urgent' : 'normal',
              photoCount: 0,
              writtenAt: new Date(),
            },
            [],
          );
          mine.push(id);
          return 'created';
        });
      } else {
        const id = pick(mine);
        const snap = await fs.getDoc(fs.doc(db, 'tickets', id).withConverter(ticketConverter));
        const t = snap.data();
        if (!t) {
          out.errors.push(`resident ${uid} cannot read its own ticket ${id}`);
        } else if (t.status === 'resolved') {
          const change: Change =
            Math.random() < 0.7
              ? { kind: 'confirm', score: 1 + Math.floor(Math.random() * 5), comment: '修好了，谢谢' }
              : { kind: 'reopen', reason: '还是不行' };
          await attempt(change.kind, id, () => commitChange(fs, db, actor, t, change));
        } else if (t.status === 'submitted' && Math.random() < 0.15) {
          await attempt('cancel', id, () =>
            commitChange(fs, db, actor, t, { kind: 'cancel', reason: '自己修好了' }),
          );
        } else if (t.open) {
          await attempt('comment', id, () => commitRemark(fs, db, actor, id, 'comment', '请尽快来看看'));
        }
      }
      await between(o.residentThinkMs ?? [400, 1500]);
    }
  }

  async function worker(w: number) {
    const uid = workerId(w);
    const db = asDb(env.authenticatedContext(uid, { email: `w${w}@load.test` }).firestore());
    const actor: Actor = { uid, name: `网格员${w}`, role: 'worker' };
    while (going()) {
      // As a worker uses the queue: now the most urgent, now what they have accepted or started.
      const status = pick([undefined, 'accepted', 'in_progress'] as const);
      const page = await fs.getDocs(
        queuePageQuery(sdk, db, uid, { scope: 'mine', status }, new Date(), null).withConverter(
          ticketConverter,
        ),
      );
      const open = page.docs.map((d) => d.data());
      if (open.length) {
        const t = pick(open);
        let change: Change | null = null;
        if (t.status === 'submitted' || t.status === 'reopened')
          change =
            Math.random() < 0.1
              ? { kind: 'reject', reason: '不属于社区职责' }
              : { kind: 'accept', reply: '收到' };
        else if (t.status === 'accepted') change = { kind: 'start', reply: '师傅已出发' };
        else if (t.status === 'in_progress') change = { kind: 'resolve', reply: '已修好，请确认' };
        if (change && Math.random() < 0.8) {
          const c = change;
          await attempt(c.kind, t.id, () => commitChange(fs, db, actor, t, c));
        } else {
          await attempt('reply', t.id, () => commitRemark(fs, db, actor, t.id, 'reply', '我们在跟进'));
        }
      }
      await between(o.workerThinkMs ?? [100, 400]);
    }
  }

  await Promise.all([
    ...Array.from({ length: o.residents }, (_, i) => resident(i)),
    ...Array.from({ length: o.workers }, (_, w) => worker(w + 1)),
  ]);
  out.wallMs = Date.now() - started;
  return out;
}

const STATUS_OF: Record<string, string> = {
  created: 'submitted',
  accepted: 'accepted',
  started: 'in_progress',
  resolved: 'resolved',
  rated: 'closed',
  closed: 'closed',
  reopened: 'reopened',
  cancelled: 'cancelled',
  rejected: 'rejected',
};

export interface LoadCheck {
  tickets: number;
  entries: number;
  problems: string[];
}

/** Reads everything past the rules and lists every inconsistency (none expected). */
export async function checkLoad(env: RulesTestEnvironment, outcome: LoadOutcome): Promise<LoadCheck> {
  const problems: string[] = [];
  let tickets: fs.QueryDocumentSnapshot[] = [];
  let entries: fs.QueryDocumentSnapshot[] = [];
  let mirrors = new Map<string, fs.DocumentData>();
  let stats: fs.DocumentData[] = [];
  let signals = new Map<string, fs.DocumentData>();
  let counted = new Map<string, number>();
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = asDb(ctx.firestore());
    tickets = (await fs.getDocs(fs.collection(f, 'tickets'))).docs;
    entries = (await fs.getDocs(fs.collectionGroup(f, 'timeline'))).docs;
    mirrors = new Map(
      (await fs.getDocs(fs.collection(f, 'publicTickets'))).docs.map((d) => [d.id, d.data()]),
    );
    stats = (await fs.getDocs(fs.collection(f, 'stats'))).docs.map((d) => d.data());
    signals = new Map((await fs.getDocs(fs.collection(f, 'signals'))).docs.map((d) => [d.id, d.data()]));
    counted = new Map(
      (await fs.getDocs(fs.collectionGroup(f, 'households'))).docs
        .filter((d) => d.ref.path.startsWith('reportDays/'))
        .map((d) => [d.ref.path, d.data().count as number]),
    );
  });

  const reported = outcome.acks.filter((a) => a.kind === 'report').map((a) => a.ticketId);
  const byId = new Map(tickets.map((d) => [d.id, d.data()]));
  for (const id of reported) if (!byId.has(id)) problems.push(`lost: acknowledged report ${id} is not there`);
  if (tickets.length !== reported.length)
    problems.push(`${tickets.length} tickets for ${reported.length} acknowledged reports`);
  const descriptions = tickets.map((d) => d.data().description as string);
  if (new Set(descriptions).size !== descriptions.length)
    problems.push('duplicated: two tickets with one report');

  const acked = new Map<string, Set<string>>();
  for (const a of outcome.acks) {
    const s = acked.get(a.ticketId) ?? new Set<string>();
    s.add(a.entryId);
    acked.set(a.ticketId, s);
  }
  const timelines = new Map<string, fs.QueryDocumentSnapshot[]>();
  for (const e of entries) {
    const tid = e.ref.parent.parent!.id;
    timelines.set(tid, [...(timelines.get(tid) ?? []), e]);
  }
  const count = { resolved: 0, rated: 0, reopened: 0, created: 0 };
  for (const [id, t] of byId) {
    const list = (timelines.get(id) ?? []).sort(
      (a, b) =>
        (a.data().createdAt as fs.Timestamp).toMillis() - (b.data().createdAt as fs.Timestamp).toMillis(),
    );
    const ids = new Set(list.map((e) => e.id));
    const want = acked.get(id) ?? new Set<string>();
    for (const e of want) if (!ids.has(e)) problems.push(`${id}: acknowledged entry ${e} is missing`);
    for (const e of ids)
      if (!want.has(e)) problems.push(`${id}: entry ${e} from a write nobody was told succeeded`);
    const changes = list.filter((e) => e.data().type in STATUS_OF);
    let status = '';
    for (const e of changes) status = STATUS_OF[e.data().type as string]!;
    if (status !== t.status) problems.push(`${id}: timeline says ${status}, ticket says ${t.status}`);
    const last = changes.at(-1)?.id;
    if (t.lastEventId !== last)
      problems.push(`${id}: lastEventId ${t.lastEventId}, last change entry ${last}`);
    // a shared ticket's mirror follows it; a person's own matter has none
    if (t.shared !== false && mirrors.get(id)?.status !== t.status)
      problems.push(`${id}: public mirror says ${mirrors.get(id)?.status}`);
    if (t.shared === false && mirrors.has(id)) problems.push(`${id}: a personal matter with a public mirror`);
    for (const e of list) {
      const type = e.data().type as keyof typeof count;
      if (type in count) count[type]++;
    }
  }
  const sum = (key: string) => stats.reduce((n, s) => n + ((s[key] as number | undefined) ?? 0), 0);
  const counters: [string, number][] = [
    ['createdAll', count.created],
    ['resolvedAll', count.resolved],
    ['ratedAll', count.rated],
    ['reopenedAll', count.reopened],
  ];
  for (const [key, n] of counters)
    if (sum(key) !== n) problems.push(`stats ${key} = ${sum(key)}, documents say ${n}`);
  // The early-warning signals: per day, building × category → exactly the households that reported it.
  const want = signalsOf(
    [...byId.values()].map((t) => ({
      buildingId: t.buildingId as string,
      categoryId: t.categoryId as string,
      householdId: t.householdId as string,
      clientCreatedAt: (t.clientCreatedAt as fs.Timestamp).toDate(),
    })),
  );
  for (const [day, reports] of want)
    if (!isDeepStrictEqual(signals.get(day)?.reports ?? {}, reports))
      problems.push(`signals/${day} do not match the day's reports`);
  // Each household's own reports per day, counted exactly (the rules cap them).
  const perDay = reportDaysOf(
    [...byId.values()].map((t) => ({
      householdId: t.householdId as string,
      viaProxy: t.viaProxy as boolean,
      clientCreatedAt: (t.clientCreatedAt as fs.Timestamp).toDate(),
    })),
  );
  if (!isDeepStrictEqual(counted, perDay)) problems.push("reportDays do not match the households' reports");
  return { tickets: tickets.length, entries: entries.length, problems };
}

export function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
}
