/**
 * The only module that imports `firebase/*` (eslint enforces it). It is never imported statically by the
 * app: `backend.ts` loads it with a dynamic import after first paint, so the SDK stays out of the
 * first-load bundle. Features receive it through `getBackend()`.
 */
import { initializeApp } from 'firebase/app';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  indexedDBLocalPersistence,
  initializeAuth,
  onAuthStateChanged,
  RecaptchaVerifier,
  signInWithEmailAndPassword,
  signInWithPhoneNumber,
  signOut,
  type ConfirmationResult,
  type User,
} from 'firebase/auth';
import {
  connectFirestoreEmulator,
  doc as fsDoc,
  getAggregateFromServer as fsGetAggregateFromServer,
  getCountFromServer as fsGetCountFromServer,
  getDocFromServer as fsGetDocFromServer,
  getDoc as fsGetDoc,
  getDocs as fsGetDocs,
  initializeFirestore,
  memoryLocalCache,
  onSnapshot as fsOnSnapshot,
  persistentLocalCache,
  persistentMultipleTabManager,
  type DocumentData,
  type DocumentSnapshot,
  type QuerySnapshot,
  waitForPendingWrites as fsWaitForPendingWrites,
} from 'firebase/firestore';
import { env } from '@/config/env';
import { pendingSettler } from './settle-pending';

export {
  and,
  arrayUnion,
  collection,
  collectionGroup,
  count,
  deleteDoc,
  doc,
  documentId,
  increment,
  limit,
  or,
  orderBy,
  query,
  runTransaction,
  serverTimestamp,
  setDoc,
  startAfter,
  Timestamp,
  updateDoc,
  waitForPendingWrites,
  where,
  writeBatch,
} from 'firebase/firestore';

export const app = initializeApp({
  projectId: env.projectId,
  apiKey: env.apiKey,
  authDomain: env.authDomain,
  ...(env.appId ? { appId: env.appId } : {}),
});

export const auth = initializeAuth(app, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence],
});

function makeDb() {
  // Persistent cache: reads work offline and writes made offline survive a reload. Fall back to memory
  // where IndexedDB is unavailable (some private modes).
  const hasIndexedDb = typeof indexedDB !== 'undefined';
  return initializeFirestore(app, {
    localCache: hasIndexedDb
      ? persistentLocalCache({ tabManager: persistentMultipleTabManager() })
      : memoryLocalCache(),
  });
}
export const db = makeDb();

if (env.emulators) {
  connectFirestoreEmulator(db, env.emulators.firestoreHost, env.emulators.firestorePort);
  connectAuthEmulator(auth, env.emulators.authUrl, { disableWarnings: true });
}

// ---------------------------------------------------------------- reads
/**
 * Documents this page has received from the server (not from the local cache), for the benchmarks'
 * "reads per screen". Mirrors how Firestore bills: a listener's first server snapshot costs every
 * document in it, later snapshots one per changed document; a one-shot read costs its documents (at
 * least one); an aggregation costs one per 1,000 index entries (at least one, which is what we count).
 * Transaction reads are not counted. Exposed as `window.__shequReads`.
 */
export const reads = {
  count: 0,
  /** The same reads by collection path (e.g. `tickets`, `events/e1/signups`). */
  byCollection: {} as Record<string, number>,
  reset() {
    this.count = 0;
    this.byCollection = {};
  },
};
if (typeof window !== 'undefined') (window as unknown as { __shequReads: typeof reads }).__shequReads = reads;

type AnySnap = QuerySnapshot<unknown, DocumentData> | DocumentSnapshot<unknown, DocumentData>;
const billed = (snap: AnySnap) => ('docs' in snap ? Math.max(snap.size, 1) : 1);

function tally(snap: AnySnap, n: number) {
  const path = 'docs' in snap ? (snap.docs[0]?.ref.parent.path ?? 'empty query') : snap.ref.parent.path;
  reads.count += n;
  reads.byCollection[path] = (reads.byCollection[path] ?? 0) + n;
}

function countOnce<S extends AnySnap>(snap: S): S {
  if (!snap.metadata.fromCache) tally(snap, billed(snap));
  return snap;
}

export const onSnapshot: typeof fsOnSnapshot = ((...args: unknown[]) => {
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
}) as typeof fsOnSnapshot;

export const getDocs: typeof fsGetDocs = (async (q: Parameters<typeof fsGetDocs>[0]) =>
  countOnce(await fsGetDocs(q))) as typeof fsGetDocs;
export const getDoc: typeof fsGetDoc = (async (r: Parameters<typeof fsGetDoc>[0]) =>
  countOnce(await fsGetDoc(r))) as typeof fsGetDoc;
export const getDocFromServer: typeof fsGetDocFromServer = (async (
  r: Parameters<typeof fsGetDocFromServer>[0],
) => countOnce(await fsGetDocFromServer(r))) as typeof fsGetDocFromServer;
export const getCountFromServer: typeof fsGetCountFromServer = (async (
  q: Parameters<typeof fsGetCountFromServer>[0],
) => {
  reads.count += 1;
  reads.byCollection['(count)'] = (reads.byCollection['(count)'] ?? 0) + 1;
  return fsGetCountFromServer(q);
}) as typeof fsGetCountFromServer;
export const getAggregateFromServer: typeof fsGetAggregateFromServer = ((
  ...a: Parameters<typeof fsGetAggregateFromServer>
) => {
  reads.count += 1;
  reads.byCollection['(aggregate)'] = (reads.byCollection['(aggregate)'] ?? 0) + 1;
  return fsGetAggregateFromServer(...a);
}) as typeof fsGetAggregateFromServer;

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

// ---------------------------------------------------------------- auth
export type { ConfirmationResult, User };

export function watchAuth(cb: (user: User | null) => void) {
  return onAuthStateChanged(auth, cb);
}

/** Sends an SMS code. `container` hosts the invisible reCAPTCHA (a mock on the emulator). */
export async function sendSmsCode(phoneE164: string, container: HTMLElement): Promise<ConfirmationResult> {
  const verifier = new RecaptchaVerifier(auth, container, { size: 'invisible' });
  try {
    return await signInWithPhoneNumber(auth, phoneE164, verifier);
  } finally {
    verifier.clear();
  }
}

export function signInWithEmail(email: string, password: string) {
  return signInWithEmailAndPassword(auth, email, password);
}

export function signOutNow() {
  return signOut(auth);
}
