/**
 * Stand-ins for the Firestore SDKs that run no query but record each one's shape (collection, filters,
 * order, and the file and line that built it), for the index check (scripts/lib/indexes.test.ts). Every read
 * answers "nothing found", so the code around a query runs to its end without writing anything.
 */
import type { Direction, QueryShape, Scope } from './indexes';

const HERE = /query-recorder\.ts/;

/** The first stack frame outside this file and outside node_modules: who built the query. */
function caller(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  for (const f of frames) {
    const m = /\(?((?:\/|[A-Z]:)[^():]+\.[cm]?[tj]sx?):(\d+):\d+\)?$/.exec(f.trim());
    if (!m || HERE.test(m[1]!) || m[1]!.includes('node_modules')) continue;
    return `${m[1]}:${m[2]}`;
  }
  return 'unknown';
}

interface Filter {
  kind: 'where';
  field: string;
  op: string;
}
interface Order {
  kind: 'orderBy';
  field: string;
  direction: Direction;
}
type Constraint = Filter | Order | { kind: 'other' };

const fieldName = (f: unknown) => (typeof f === 'string' ? f : String(f));

class Recorded {
  constructor(
    readonly group: string,
    readonly scope: Scope,
    readonly constraints: Constraint[] = [],
  ) {}
  withConverter() {
    return this;
  }
  shape(source: string): QueryShape {
    return {
      group: this.group,
      scope: this.scope,
      filters: this.constraints
        .filter((c): c is Filter => c.kind === 'where')
        .map(({ field, op }) => ({ field, op })),
      orderBy: this.constraints
        .filter((c): c is Order => c.kind === 'orderBy')
        .map(({ field, direction }) => ({ field, direction })),
      source,
    };
  }
}

const emptyQuerySnapshot = { docs: [], size: 0, empty: true, forEach: () => undefined };
const missingDoc = (id = 'x') => ({ id, exists: () => false, data: () => undefined, get: () => undefined });
const timestamp = (ms: number) => ({ toMillis: () => ms, toDate: () => new Date(ms), seconds: ms / 1000 });

/**
 * What the app's `getBackend()` resolves to (src/lib/firebase.ts), as far as its queries use it; anything
 * else it is asked for is a function that does nothing.
 */
export function recordingBackend(record: (q: QueryShape) => void): Record<string, unknown> {
  const known: Record<string, unknown> = {
    db: {},
    collection: (_db: unknown, ...segments: string[]) =>
      new Recorded(segments[segments.length - 1]!, 'COLLECTION'),
    collectionGroup: (_db: unknown, id: string) => new Recorded(id, 'COLLECTION_GROUP'),
    doc: (...args: unknown[]) => ({
      id: typeof args[args.length - 1] === 'string' && args.length > 1 ? args[args.length - 1] : 'auto',
      path: 'x/y',
      withConverter() {
        return this;
      },
    }),
    where: (field: unknown, op: string): Constraint => ({ kind: 'where', field: fieldName(field), op }),
    orderBy: (field: unknown, direction: 'asc' | 'desc' = 'asc'): Constraint => ({
      kind: 'orderBy',
      field: fieldName(field),
      direction: direction === 'desc' ? 'DESCENDING' : 'ASCENDING',
    }),
    limit: (): Constraint => ({ kind: 'other' }),
    limitToLast: (): Constraint => ({ kind: 'other' }),
    startAfter: (): Constraint => ({ kind: 'other' }),
    startAt: (): Constraint => ({ kind: 'other' }),
    query: (base: Recorded, ...cs: Constraint[]) => {
      const q = new Recorded(base.group, base.scope, [...base.constraints, ...cs]);
      record(q.shape(caller()));
      return q;
    },
    onSnapshot: () => () => undefined,
    getDocs: async () => emptyQuerySnapshot,
    getDocsFromServer: async () => emptyQuerySnapshot,
    getDoc: async () => missingDoc(),
    getDocFromServer: async () => missingDoc(),
    getCountFromServer: async () => ({ data: () => ({ count: 0 }) }),
    getAggregateFromServer: async () => ({ data: () => ({}) }),
    Timestamp: {
      now: () => timestamp(Date.now()),
      fromDate: (d: Date) => timestamp(d.getTime()),
      fromMillis: timestamp,
    },
  };
  return new Proxy(known, {
    // (never `then`: the backend is awaited, and a thenable would be waited on for ever)
    get: (target, key) =>
      typeof key === 'string' && key !== 'then' && !(key in target) ? () => undefined : target[key as string],
  });
}

class AdminQuery {
  constructor(
    private readonly record: (q: QueryShape) => void,
    readonly group: string,
    readonly scope: Scope,
    readonly constraints: Constraint[] = [],
  ) {}
  private with(c: Constraint) {
    return new AdminQuery(this.record, this.group, this.scope, [...this.constraints, c]);
  }
  where(field: unknown, op: string) {
    return this.with({ kind: 'where', field: fieldName(field), op });
  }
  orderBy(field: unknown, direction: 'asc' | 'desc' = 'asc') {
    return this.with({
      kind: 'orderBy',
      field: fieldName(field),
      direction: direction === 'desc' ? 'DESCENDING' : 'ASCENDING',
    });
  }
  limit() {
    return this;
  }
  async get() {
    this.record(new Recorded(this.group, this.scope, this.constraints).shape(caller()));
    // One document, so that code reading beneath each result (a ticket's photos) runs too.
    return { docs: [adminDoc(this.record)], size: 1, empty: false };
  }
}

function adminDoc(record: (q: QueryShape) => void) {
  const ref = {
    collection: (id: string) => new AdminQuery(record, id, 'COLLECTION'),
    parent: { parent: { id: 'parent' } },
    update: async () => undefined,
  };
  return { id: 'x', ref, exists: true, get: () => undefined, data: () => ({}) };
}

/** The Admin SDK's `Firestore`, as far as the admin scripts (scripts/lib/*.ts) use it. */
export function recordingAdmin(
  record: (q: QueryShape) => void,
  docs: Record<string, Record<string, unknown>>,
) {
  return {
    collection: (path: string) => new AdminQuery(record, path.split('/').pop()!, 'COLLECTION'),
    collectionGroup: (id: string) => new AdminQuery(record, id, 'COLLECTION_GROUP'),
    doc: (path: string) => ({
      path,
      get: async () => ({
        exists: path in docs,
        get: (k: string) => docs[path]?.[k],
        data: () => docs[path],
      }),
      delete: async () => undefined,
    }),
    batch: () => ({ set: () => undefined, update: () => undefined, commit: async () => undefined }),
    bulkWriter: () => ({
      update: async () => undefined,
      delete: async () => undefined,
      flush: async () => undefined,
      close: async () => undefined,
    }),
    runTransaction: async (fn: (tx: unknown) => Promise<void>) =>
      fn({ get: async () => ({ get: () => [] }), update: () => undefined }),
  };
}
