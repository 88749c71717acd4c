// @vitest-environment node
/**
 * Every query the app and the admin scripts make has its index in firestore.indexes.json. The emulators do
 * not enforce indexes, so without this check the first resident in production would meet "The query
 * requires an index" where every other test passed.
 *
 * The queries are collected by running the code that builds them — each query factory's every entry, the
 * queue with every combination of its filters, the dashboard's reads, the exports, the mutations that read
 * first, the admin scripts and the Cloud Functions — over stand-in SDKs that record each query's shape (query-recorder.ts).
 * Two guards keep the list whole: every entry of every query factory must be called here, and every file
 * that builds a query (`where(`, `orderBy(`, `collectionGroup(`) must have had a query recorded from it.
 */
import { QueryClient } from '@tanstack/react-query';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { describe as show, missingIndex, needs, type IndexConfig, type QueryShape } from './indexes';
import { recordingAdmin, recordingBackend } from './query-recorder';

const ROOT = join(import.meta.dirname, '../..');
const recorded: QueryShape[] = [];
const record = (q: QueryShape) => recorded.push(q);

vi.mock('@/lib/backend', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/backend')>()),
  getBackend: async () => recordingBackend(record),
  firstContentPainted: async () => undefined,
}));

const config = JSON.parse(readFileSync(join(ROOT, 'firestore.indexes.json'), 'utf8')) as IndexConfig;

async function collect() {
  const { ticketQueries, publicTicketQueries, categoryQueries } =
    await import('@/features/tickets/api/queries');
  const { queueQueries } = await import('@/features/tickets/api/queue-queries');
  const { voiceQueries } = await import('@/features/tickets/api/voice-queries');
  const { mergeQueries } = await import('@/features/tickets/api/merge-queries');
  const { escalationQueries } = await import('@/features/tickets/api/escalation');
  const { QUEUE_STATUSES } = await import('@/features/tickets/api/queue');
  const { eventQueries } = await import('@/features/events/api/queries');
  const { volunteerQueries } = await import('@/features/events/api/volunteer-queries');
  const { householdQueries } = await import('@/features/households/api/queries');
  const { householdSearchQueries, householdIdsByPhone } = await import('@/features/households/api/search');
  const { ticketSearchQueries } = await import('@/features/tickets/api/search-queries');
  const { auditQueries } = await import('@/features/audit/api/queries');
  const { staffQueries } = await import('@/features/staff/api/queries');
  const { activeStaff } = await import('@/features/staff/api/colleagues');
  const { mediationQueries } = await import('@/features/mediation/api/queries');
  const { visitQueries } = await import('@/features/visits/api/queries');
  const { noticeQueries } = await import('@/features/notices/api/queries');
  const { accountQueries } = await import('@/features/account/api/queries');
  const { buildingQueries } = await import('@/features/buildings/api/queries');
  const { communityQueries } = await import('@/features/community/api/queries');
  const { dashboardQueries } = await import('@/features/dashboard/api/queries');
  const { notifyQueries } = await import('@/features/notify/api/queries');
  const { exportTickets, exportVisits } = await import('@/features/dashboard/api/export');
  const { reassignOpenTickets } = await import('@/features/tickets/api/mutations');
  const { findByPhone } = await import('@/features/mediation/api/mutations');
  const { removeResident } = await import('./remove-resident');
  const { restoreHousehold } = await import('./restore');
  const { sweep } = await import('../../functions/src/notify/deliver');
  const { recipients } = await import('../../functions/src/notify/handlers');
  const { remindDeadlines, remindEvents, remindStalled, sendBatches } =
    await import('../../functions/src/notify/schedule');
  const scheduleEnv = {
    db: recordingAdmin(record, {}) as never,
    gateway: { name: 'none', send: async () => ({ id: '' }) },
    appUrl: '',
    now: () => new Date('2026-12-05T10:00:00+08:00'),
  };

  const now = Date.now();
  const scopes = ['mine', 'unassigned', 'all'] as const;
  const queueFilters = scopes.flatMap((scope) =>
    [undefined, ...QUEUE_STATUSES].flatMap((status) =>
      [undefined, 'water'].flatMap((categoryId) =>
        [undefined, 'b1'].flatMap((buildingId) =>
          [false, true].flatMap((overdue) =>
            // one person's tickets (the head's queue from a dashboard row): `all` only
            (scope === 'all' ? [undefined, 'u-w1'] : [undefined]).map((assigneeId) => ({
              scope,
              status,
              categoryId,
              buildingId,
              overdue,
              assigneeId,
            })),
          ),
        ),
      ),
    ),
  );

  /** Sample calls for every entry of every query factory (the test fails on an entry missing here). */
  const factories: Record<string, [Record<string, unknown>, Record<string, () => unknown[]>]> = {
    ticketQueries: [
      ticketQueries,
      {
        household: () => [ticketQueries.household('h1')],
        assigned: () => [ticketQueries.assigned('u1')],
        detail: () => [ticketQueries.detail('t1')],
        timeline: () => [ticketQueries.timeline('t1', true), ticketQueries.timeline('t1', false)],
        photos: () => [ticketQueries.photos('t1')],
        headCounts: () => [ticketQueries.headCounts()],
      },
    ],
    publicTicketQueries: [
      publicTicketQueries,
      {
        similar: () => [publicTicketQueries.similar('b1', 'water')],
        followed: () => [publicTicketQueries.followed('u1')],
      },
    ],
    categoryQueries: [categoryQueries, { tree: () => [categoryQueries.tree()] }],
    escalationQueries: [
      escalationQueries,
      {
        list: () => [
          escalationQueries.list({ head: true }, now),
          escalationQueries.list({ assignee: 'u1' }, now),
        ],
      },
    ],
    voiceQueries: [voiceQueries, { message: () => [voiceQueries.message('t1')] }],
    mergeQueries: [mergeQueries, { targets: () => [mergeQueries.targets('b1')] }],
    queueQueries: [
      queueQueries,
      {
        page: () => queueFilters.map((f) => queueQueries.page('u1', f, now)),
        counts: () => queueFilters.map((f) => queueQueries.counts('u1', f, now)),
        ofHousehold: () => [queueQueries.ofHousehold('h1', null), queueQueries.ofHousehold('h1', 'b1')],
      },
    ],
    ticketSearchQueries: [
      ticketSearchQueries,
      {
        // a worker (each building) and the head (everywhere), by words and by a phone's households
        search: () =>
          [['b1', 'b2'], null].map((scope) =>
            ticketSearchQueries.search('漏水 0077', scope, async () => ['h1', 'h2']),
          ),
      },
    ],
    householdSearchQueries: [
      householdSearchQueries,
      {
        search: () =>
          [['b1', 'b2'], null].map((scope) => householdSearchQueries.search('王秀英 0077', scope)),
      },
    ],
    householdIdsByPhone: [
      { householdIdsByPhone },
      {
        householdIdsByPhone: () => [
          { queryKey: ['phone'], queryFn: () => householdIdsByPhone('0077', ['b1']) },
          { queryKey: ['phone', 'all'], queryFn: () => householdIdsByPhone('0077', null) },
        ],
      },
    ],
    eventQueries: [
      eventQueries,
      {
        upcoming: () => [eventQueries.upcoming()],
        detail: () => [eventQueries.detail('e1')],
        manage: () => [eventQueries.manage()],
        mySignup: () => [eventQueries.mySignup('e1', 'u1')],
        roster: () => [eventQueries.roster('e1')],
        record: () => [eventQueries.record('u1')],
      },
    ],
    volunteerQueries: [
      volunteerQueries,
      {
        mine: () => [volunteerQueries.mine('u1')],
        cancelled: () => [volunteerQueries.cancelled()],
        checkInCode: () => [volunteerQueries.checkInCode('e1', '2026-12-05')],
      },
    ],
    householdQueries: [
      householdQueries,
      {
        entrance: () => [householdQueries.entrance('b1', 1)],
        detail: () => [householdQueries.detail('h1')],
        private: () => [householdQueries.private('h1')],
        accounts: () => [householdQueries.accounts('b1', 'h1')],
        pendingLinks: () => [householdQueries.pendingLinks('b1')],
        careList: () => [householdQueries.careList('b1')],
      },
    ],
    auditQueries: [
      auditQueries,
      {
        page: () =>
          [null, 'b1'].flatMap((buildingId) =>
            [null, 'household' as const].map((kind) => auditQueries.page({ buildingId, kind })),
          ),
      },
    ],
    staffQueries: [
      staffQueries,
      {
        list: () => [staffQueries.list()],
        byPhone: () => [staffQueries.byPhone('+8613900000001')],
        invites: () => [staffQueries.invites()],
      },
    ],
    colleagues: [{ activeStaff }, { activeStaff: () => [activeStaff()] }],
    mediationQueries: [
      mediationQueries,
      {
        list: () => [
          mediationQueries.list({ head: true }),
          mediationQueries.list({ mediator: 'u1' }),
          mediationQueries.list({ party: 'u2' }),
        ],
        fromTicket: () => [
          mediationQueries.fromTicket('t1', { head: true }),
          mediationQueries.fromTicket('t1', { mediator: 'u1' }),
          mediationQueries.fromTicket('t1', { party: 'u2' }),
        ],
        detail: () => [mediationQueries.detail('m1')],
        sessions: () => [mediationQueries.sessions('m1')],
      },
    ],
    visitQueries: [visitQueries, { household: () => [visitQueries.household('b1', 'h1')] }],
    noticeQueries: [
      noticeQueries,
      {
        published: () => [noticeQueries.published('b1'), noticeQueries.published(null)],
        manage: () => [noticeQueries.manage()],
        detail: () => [noticeQueries.detail('n1')],
        since: () => [noticeQueries.since(Date.UTC(2026, 11, 1))],
      },
    ],
    accountQueries: [accountQueries, { profile: () => [accountQueries.profile('u1')] }],
    buildingQueries: [
      buildingQueries,
      { list: () => [buildingQueries.list()], ownedBy: () => [buildingQueries.ownedBy('u1')] },
    ],
    communityQueries: [communityQueries, { info: () => [communityQueries.info()] }],
    notifyQueries: [
      notifyQueries,
      {
        prefs: () => [notifyQueries.prefs('u1')],
        mine: () => [notifyQueries.mine('u1')],
        failed: () => [notifyQueries.failed()],
        month: () => [notifyQueries.month('2026-12')],
        devices: () => [notifyQueries.devices('u1')],
      },
    ],
    dashboardQueries: [
      dashboardQueries,
      {
        summary: () => [dashboardQueries.summary(['2026-11', '2026-12'])],
        current: () => [dashboardQueries.current(['u1', 'u2'], ['b1', 'b2'], now)],
        signals: () => [dashboardQueries.signals(now)],
        warningTickets: () => [
          dashboardQueries.warningTickets({ kind: 'cluster', buildingId: 'b1', categoryId: 'water' }, now),
          dashboardQueries.warningTickets({ kind: 'reopens', buildingId: 'b1', categoryId: null }, now),
        ],
      },
    ],
  };

  const uncalled: string[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const runs: Promise<unknown>[] = [];
  for (const [name, [factory, calls]] of Object.entries(factories)) {
    for (const [key, value] of Object.entries(factory)) {
      if (typeof value !== 'function') continue;
      const call = calls[key];
      if (!call) {
        uncalled.push(`${name}.${key}`);
        continue;
      }
      for (const options of call() as { queryFn?: unknown; initialPageParam?: unknown }[]) {
        const run =
          'initialPageParam' in options
            ? client.fetchInfiniteQuery(options as Parameters<QueryClient['fetchInfiniteQuery']>[0])
            : client.fetchQuery(options as Parameters<QueryClient['fetchQuery']>[0]);
        // Live queries wait for a first snapshot that never comes: only their listener's query matters.
        runs.push(run.catch(() => undefined));
      }
    }
  }
  const from = new Date(now - 30 * 86_400_000);
  const to = new Date(now);
  const actor = { uid: 'u1', name: '王网格', role: 'worker' as const };
  await Promise.all([
    exportTickets(from, to, [], {} as never).catch(() => undefined),
    exportVisits(from, to, [], {} as never).catch(() => undefined),
    reassignOpenTickets(actor as never, { assigneeId: 'u9' }, { id: 'u1', name: '王网格' }, ''),
    reassignOpenTickets(actor as never, { buildingId: 'b1' }, { id: 'u1', name: '王网格' }, ''),
    findByPhone('+8613900000001'),
    removeResident(
      recordingAdmin(record, { 'users/u1': { role: 'resident', displayName: '张' } }) as never,
      'u1',
    ),
    restoreHousehold(
      recordingAdmin(record, { 'households/h1': { buildingId: 'b1' } }) as never,
      recordingAdmin(record, {}) as never,
      'h1',
    ),
    // The Cloud Functions: the sweep of what is due, and who a message is for.
    sweep(recordingAdmin(record, {}) as never, { name: 'none', send: async () => ({ id: '' }) }),
    recipients(
      recordingAdmin(record, {}) as never,
      { to: 'household' },
      { householdId: 'h1', viaProxy: true },
    ),
    recipients(recordingAdmin(record, {}) as never, { to: 'heads' }, { householdId: 'h1', viaProxy: false }),
    remindDeadlines(scheduleEnv),
    remindEvents(scheduleEnv),
    remindStalled(scheduleEnv),
    sendBatches(scheduleEnv),
  ]);
  await new Promise((r) => setTimeout(r, 50)); // the listeners' queries are built after `await getBackend()`
  client.clear();
  return { uncalled };
}

/** Source files (app and admin scripts; not tests) that build a query. */
function querySites(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) && !/query-recorder|seed/.test(p))
        if (/\.(where|orderBy|collectionGroup)\(/.test(readFileSync(p, 'utf8'))) out.push(relative(ROOT, p));
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'scripts/lib'));
  walk(join(ROOT, 'functions/src'));
  return out.filter((p) => !/scripts\/lib\/(load|signup-race|indexes)\.ts$/.test(p)); // emulator-only tools
}

describe('every query has its index in firestore.indexes.json', () => {
  let uncalled: string[] = [];
  beforeAll(async () => {
    ({ uncalled } = await collect());
  }, 30_000);

  it('covers every query factory entry and every file that builds a query', () => {
    expect(uncalled, 'query factory entries without a sample call in this test').toEqual([]);
    const sources = new Set(recorded.map((q) => relative(ROOT, q.source.replace(/:\d+$/, ''))));
    expect(querySites().filter((f) => !sources.has(f))).toEqual([]);
    expect(recorded.length).toBeGreaterThan(100);
  });

  it('finds an index serving each query (exact, merged, or single-field)', () => {
    const missing = new Map<string, string>();
    for (const q of recorded) {
      const m = missingIndex(q, config);
      if (m) missing.set(JSON.stringify(m), `${show(q)}  (${relative(ROOT, q.source)})`);
    }
    expect([...missing].map(([index, query]) => `${query}\n    needs ${index}`)).toEqual([]);
  });

  it('declares no composite index that no query uses', () => {
    const used = (i: IndexConfig['indexes'][number]) =>
      recorded.some((q) => {
        if (q.group !== i.collectionGroup || q.scope !== i.queryScope) return false;
        return (
          missingIndex(q, config) === null &&
          missingIndex(q, { ...config, indexes: config.indexes.filter((x) => x !== i) }) !== null
        );
      }) ||
      // exact for equalities alone (faster than merging single-field indexes), or merged: part of a set
      // that serves a query together
      recorded.some((q) => {
        const { equality, order } = needs(q);
        return (
          q.group === i.collectionGroup &&
          q.scope === i.queryScope &&
          order.length === 0 &&
          equality.length === i.fields.length &&
          i.fields.every((f) => equality.some((e) => e.fieldPath === f.fieldPath && e.order === f.order))
        );
      }) ||
      recorded.some((q) => {
        if (q.group !== i.collectionGroup || q.scope !== i.queryScope) return false;
        const { equality, order } = needs(q);
        const tail = i.fields.slice(i.fields.length - order.length);
        const head = i.fields.slice(0, i.fields.length - order.length);
        return (
          order.length > 0 &&
          tail.length === order.length &&
          tail.every((f, k) => f.fieldPath === order[k]!.fieldPath && f.order === order[k]!.order) &&
          head.length > 0 &&
          head.every((f) => equality.some((e) => e.fieldPath === f.fieldPath))
        );
      });
    expect(config.indexes.filter((i) => !used(i)).map((i) => JSON.stringify(i))).toEqual([]);
  });

  it('keeps large fields out of the indexes, and queries none of them', () => {
    const exempted = (config.fieldOverrides ?? [])
      .filter((o) => o.indexes.length === 0)
      .map((o) => `${o.collectionGroup}.${o.fieldPath}`);
    // A photo's or a voice message's data (up to its limit, base64) and the category tree's item list (one
    // map per category) would each cost index entries on every write and serve no query.
    expect(exempted).toEqual(expect.arrayContaining(['photos.dataUrl', 'voice.dataUrl', 'config.items']));
    const queried = recorded.flatMap((q) => [...q.filters, ...q.orderBy].map((f) => `${q.group}.${f.field}`));
    expect(queried.filter((f) => exempted.includes(f))).toEqual([]);
  });
});

describe('missingIndex (the model)', () => {
  const q = (over: Partial<QueryShape>): QueryShape => ({
    group: 'tickets',
    scope: 'COLLECTION',
    filters: [],
    orderBy: [],
    source: 'here',
    ...over,
  });
  const composite = (fields: [string, 'ASCENDING' | 'DESCENDING'][]): IndexConfig['indexes'][number] => ({
    collectionGroup: 'tickets',
    queryScope: 'COLLECTION',
    fields: fields.map(([fieldPath, order]) => ({ fieldPath, order })),
  });
  it('needs nothing for one field or for equalities alone', () => {
    expect(
      missingIndex(q({ orderBy: [{ field: 'createdAt', direction: 'DESCENDING' }] }), { indexes: [] }),
    ).toBeNull();
    expect(
      missingIndex(
        q({
          filters: [
            { field: 'a', op: '==' },
            { field: 'b', op: '==' },
          ],
        }),
        { indexes: [] },
      ),
    ).toBeNull();
    expect(
      missingIndex(
        q({ filters: [{ field: 'dueAt', op: '<' }], orderBy: [{ field: 'dueAt', direction: 'ASCENDING' }] }),
        { indexes: [] },
      ),
    ).toBeNull();
  });
  it('needs a composite for an equality with an order, served exactly or merged', () => {
    const query = q({
      filters: [
        { field: 'a', op: '==' },
        { field: 'b', op: '==' },
      ],
      orderBy: [{ field: 'c', direction: 'ASCENDING' }],
    });
    expect(missingIndex(query, { indexes: [] })).toMatchObject({
      fields: [{ fieldPath: 'a' }, { fieldPath: 'b' }, { fieldPath: 'c' }],
    });
    expect(
      missingIndex(query, {
        indexes: [
          composite([
            ['b', 'ASCENDING'],
            ['a', 'ASCENDING'],
            ['c', 'ASCENDING'],
          ]),
        ],
      }),
    ).toBeNull();
    expect(
      missingIndex(query, {
        indexes: [
          composite([
            ['a', 'ASCENDING'],
            ['c', 'ASCENDING'],
          ]),
          composite([
            ['b', 'ASCENDING'],
            ['c', 'ASCENDING'],
          ]),
        ],
      }),
    ).toBeNull();
    expect(
      missingIndex(query, {
        indexes: [
          composite([
            ['a', 'ASCENDING'],
            ['c', 'DESCENDING'],
          ]),
          composite([
            ['b', 'ASCENDING'],
            ['c', 'ASCENDING'],
          ]),
        ],
      }),
    ).not.toBeNull();
  });
  it('orders by a range field that is not ordered explicitly', () => {
    const query = q({
      filters: [
        { field: 'open', op: '==' },
        { field: 'dueAt', op: '<' },
      ],
    });
    expect(missingIndex(query, { indexes: [] })).toMatchObject({
      fields: [{ fieldPath: 'open' }, { fieldPath: 'dueAt', order: 'ASCENDING' }],
    });
    expect(
      missingIndex(query, {
        indexes: [
          composite([
            ['open', 'ASCENDING'],
            ['dueAt', 'ASCENDING'],
          ]),
        ],
      }),
    ).toBeNull();
  });
  it('needs a declared index for a collection-group query, even on one field', () => {
    const query = q({ group: 'signups', scope: 'COLLECTION_GROUP', filters: [{ field: 'uid', op: '==' }] });
    expect(missingIndex(query, { indexes: [] })).toMatchObject({
      fieldPath: 'uid',
      indexes: [{ queryScope: 'COLLECTION_GROUP' }],
    });
    expect(
      missingIndex(query, {
        indexes: [],
        fieldOverrides: [
          {
            collectionGroup: 'signups',
            fieldPath: 'uid',
            indexes: [{ order: 'ASCENDING', queryScope: 'COLLECTION_GROUP' }],
          },
        ],
      }),
    ).toBeNull();
  });
  it('refuses a query on an exempted field', () => {
    expect(() =>
      missingIndex(q({ filters: [{ field: 'items', op: '==' }], group: 'config' }), {
        indexes: [],
        fieldOverrides: [{ collectionGroup: 'config', fieldPath: 'items', indexes: [] }],
      }),
    ).toThrow(/exempted/);
  });
});
