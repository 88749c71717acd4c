/** Test-side view of the seeded data, read with the Admin SDK — independent of the app's own queries. */
import { getAuth, type Auth } from 'firebase-admin/auth';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { inject } from 'vitest';

let app: App | null = null;

export function adminDb(): Firestore {
  const e2e = inject('e2e');
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${e2e.firestorePort}`;
  app ??= initializeApp({ projectId: e2e.projectId }, `e2e-${process.pid}`);
  return getFirestore(app);
}

export function adminAuth(): Auth {
  const e2e = inject('e2e');
  process.env.FIREBASE_AUTH_EMULATOR_HOST = `127.0.0.1:${e2e.authPort}`;
  adminDb();
  return getAuth(app!);
}

export async function closeAdmin() {
  if (app) await deleteApp(app);
  app = null;
}

/** Takes the Firestore emulator away (data saved) or brings it back (same port, data and rules). */
export async function firestoreServer(action: 'stop' | 'restart') {
  const res = await fetch(`${inject('e2e').controlURL}/firestore/${action}`, { method: 'POST' });
  if (!res.ok) throw new Error(`firestore ${action} failed: ${await res.text()}`);
  // The Admin SDK's connection does not survive the outage: the next adminDb() opens a new one.
  await closeAdmin();
}
