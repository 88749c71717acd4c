/**
 * The Firebase app and Auth, on their own: the sign-in screen and the session watcher need nothing else,
 * so a first visit downloads and starts about a third of the SDK (`getAuthBackend()`); ./firebase adds
 * Firestore and re-exports all of this. With ./firebase, the only modules that import `firebase/*`.
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
import { env } from '@/config/env';
import { proxyOf } from '@/config/proxy';

export const app = initializeApp({
  projectId: env.projectId,
  apiKey: env.apiKey,
  authDomain: env.authDomain,
  ...(env.appId ? { appId: env.appId } : {}),
});

export const auth = initializeAuth(app, {
  persistence: [indexedDBLocalPersistence, browserLocalPersistence],
});

// Through a proxy, the Auth emulator too (its requests are /identitytoolkit.googleapis.com/… on that origin).
// Auth in production has no supported setting for its endpoint: docs/deployment.md §5 says what that means.
const proxy = proxyOf(env, location);
if (env.emulators)
  connectAuthEmulator(auth, proxy ? proxy.origin : env.emulators.authUrl, { disableWarnings: true });

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
