/**
 * Firestore, and with it everything in ./firebase-auth: with that file, the only modules that import
 * `firebase/*` (eslint enforces it). Never imported statically by the app: `backend.ts` loads it with a
 * dynamic import after first paint, so the SDK stays out of the first-load bundle. Features receive it
 * through `getBackend()`; the sign-in screen needs only Auth (`getAuthBackend()`), a third of the size.
 */
import {
  connectFirestoreEmulator,
  doc as fsDoc,
  getAggregateFromServer as fsGetAggregateFromServer,
  getCountFromServer as fsGetCountFromServer,
  getDocFromServer as fsGetDocFromServer,
  getDoc as fsGetDoc,
  getDocs as fsGetDocs,
  FieldPath as FsFieldPath,
  increment as fsIncrement,
  initializeFirestore,
  memoryLocalCache,
  onSnapshot as fsOnSnapshot,
  persistentLocalCache,
  persistentMultipleTabManager,
  serverTimestamp as fsServerTimestamp,
  writeBatch as fsWriteBatch,
  type DocumentData,
  type DocumentSnapshot,
  type Firestore,
  type QuerySnapshot,
  waitForPendingWrites as fsWaitForPendingWrites,
} from 'firebase/firestore';
import { env } from '@/config/env';
import { proxyOf } from '@/config/proxy';
import { app } from './firebase-auth';
import { commitPlanWith } from './plan-commit';
import { reads } from './reads';
import type { WritePlan } from './write-plan';
import { pendingSettler } from './settle-pending';

export * from './firebase-auth';

// Writes go through `commitPlan` (below): no setDoc/updateDoc/deleteDoc here. `writeBatch`, `serverTimestamp`
// and `increment` remain for the plan decoder's callers (tickets' ./commit.ts runs it with this module) and the
// transactions (sign-up, check-in, a ticket's merge).
export {
  and,
  collection,
  collectionGroup,
  count,
  doc,
  documentId,
  FieldPath,
  increment,
  limit,
  or,
  orderBy,
  query,
  runTransaction,
  serverTimestamp,
  startAfter,
  Timestamp,
  waitForPendingWrites,
  where,
  writeBatch,
} from 'firebase/firestore';

const proxy = proxyOf(env, location);

function makeDb() {
  // Persistent cache: reads work offline and writes made offline survive a reload. Fall back to memory
  // where IndexedDB is unavailable (some private modes).
  const hasIndexedDb = typeof indexedDB !== 'undefined';
  return initializeFirestore(app, {
    localCache: hasIndexedDb
      ? persistentLocalCache({ tabManager: persistentMultipleTabManager() })
      : memoryLocalCache(),
    // Through a proxy (VITE_BACKEND_HOST): the same requests, to that host.
    ...(proxy ? { host: proxy.host, ssl: proxy.ssl } : {}),
  });
}
/**
 * Firestore, once `open()` has run: `getBackend()` calls it in a task of its own after this module has been
 * evaluated (on a slow phone the SDK's evaluation and its start-up are each a long task; together, one task
 * twice as long that nothing can interrupt).
 */
export let db = undefined as unknown as Firestore;

export function open() {
  if (db) return;
  db = makeDb();
  if (env.emulators && !proxy) {
    connectFirestoreEmulator(db, env.emulators.firestoreHost, env.emulators.firestorePort);
  }
}

// ---------------------------------------------------------------- writes
const planFs = {
  doc: fsDoc,
  writeBatch: fsWriteBatch,
  serverTimestamp: fsServerTimestamp,
  increment: fsIncrement,
  FieldPath: FsFieldPath,
};

/**
 * Every write the app makes: a plan (./write-plan.ts) committed as one batch. Resolves when the server has
 * accepted it; offline, the batch waits in the persistent cache's queue (and shows in the listeners at once).
 */
export function commitPlan(plan: WritePlan): Promise<void> {
  return commitPlanWith(planFs, db, plan);
}

// ---------------------------------------------------------------- reads
// Counted (./reads.ts) only in builds for the emulators; a production build exports Firestore's own functions
// and has none of this.
const counting = import.meta.env.VITE_USE_EMULATORS === 'true';
type AnySnap = QuerySnapshot<unknown, DocumentData> | DocumentSnapshot<unknown, DocumentData>;
const billed = (snap: AnySnap) => ('docs' in snap ? Math.max(snap.size, 1) : 1);

function tally(snap: AnySnap, n: number) {
  const path = 'docs' in snap ? (snap.docs[0]?.ref.parent.path ?? 'empty query') : snap.ref.parent.path;
  reads.add(path, n);
}

function countOnce<S extends AnySnap>(snap: S): S {
  if (!snap.metadata.fromCache) tally(snap, billed(snap));
  return snap;
}

export const onSnapshot: typeof fsOnSnapshot = !counting
  ? fsOnSnapshot
  : (((...args: unknown[]) => {
      let seenServer = false;
      const wrap =
        (next: (s: unknown) => void) =>
        (snap: AnySnap): void => {
          if (!snap.metadata.fromCache) {
            tally(snap, !seenServer ? billed(snap) : 'docChanges' in snap ? snap.docChanges().length : 1);
            seenServer = true;
          }
          next(snap);
        };
      const first = args.findIndex((a, i) => i > 0 && typeof a === 'function');
      const observer = args[1];
      if (first === -1 && observer && typeof observer === 'object' && 'next' in observer) {
        const o = observer as { next?: (s: unknown) => void };
        args[1] = { ...o, next: o.next && wrap(o.next.bind(o)) };
      } else if (first !== -1) {
        args[first] = wrap(args[first] as (s: unknown) => void);
      }
      return (fsOnSnapshot as (...a: unknown[]) => () => void)(...args);
    }) as typeof fsOnSnapshot);

export const getDocs: typeof fsGetDocs = !counting
  ? fsGetDocs
  : ((async (q: Parameters<typeof fsGetDocs>[0]) => countOnce(await fsGetDocs(q))) as typeof fsGetDocs);
export const getDoc: typeof fsGetDoc = !counting
  ? fsGetDoc
  : ((async (r: Parameters<typeof fsGetDoc>[0]) => countOnce(await fsGetDoc(r))) as typeof fsGetDoc);
export const getDocFromServer: typeof fsGetDocFromServer = !counting
  ? fsGetDocFromServer
  : ((async (r: Parameters<typeof fsGetDocFromServer>[0]) =>
      countOnce(await fsGetDocFromServer(r))) as typeof fsGetDocFromServer);
export const getCountFromServer: typeof fsGetCountFromServer = !counting
  ? fsGetCountFromServer
  : ((async (q: Parameters<typeof fsGetCountFromServer>[0]) => {
      reads.add('(count)', 1);
      return fsGetCountFromServer(q);
    }) as typeof fsGetCountFromServer);
export const getAggregateFromServer: typeof fsGetAggregateFromServer = !counting
  ? fsGetAggregateFromServer
  : (((...a: Parameters<typeof fsGetAggregateFromServer>) => {
      reads.add('(aggregate)', 1);
      return fsGetAggregateFromServer(...a);
    }) as typeof fsGetAggregateFromServer);

/**
 * Call with the paths of documents a listener shows as pending (`metadata.hasPendingWrites`) and a way to
 * ask whether its latest snapshot still does: once every write is acknowledged, one still pending is read
 * from the server so that "等待发送" cannot outlive the acknowledgement (./settle-pending.ts says why).
 */
export const settlePending = pendingSettler({
  waitForPendingWrites: () => fsWaitForPendingWrites(db),
  readFromServer: async (path) => {
    await getDocFromServer(fsDoc(db, path));
  },
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
});

/**
 * Tells whether Firestore reaches its server: while its connection is down the SDK marks snapshots
 * `fromCache`. Listens to the small public office-contact document (one read when it starts).
 */
export function watchServerReach(cb: (reachable: boolean) => void) {
  return onSnapshot(
    fsDoc(db, 'config', 'community'),
    { includeMetadataChanges: true },
    (snap) => cb(!snap.metadata.fromCache),
    () => cb(true), // a refused listener says nothing about the connection
  );
}
