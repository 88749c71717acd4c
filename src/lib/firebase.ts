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
  initializeFirestore,
  memoryLocalCache,
  persistentLocalCache,
  persistentMultipleTabManager,
} from 'firebase/firestore';
import { env } from '@/config/env';

export {
  and,
  arrayUnion,
  collection,
  collectionGroup,
  count,
  deleteDoc,
  doc,
  documentId,
  getAggregateFromServer,
  getCountFromServer,
  getDoc,
  getDocFromServer,
  getDocs,
  increment,
  limit,
  onSnapshot,
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
