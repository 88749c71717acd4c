import { useSyncExternalStore } from 'react';
import { getBackend } from '@/lib/backend';

/**
 * Who is signed in, as Firebase Auth reports it. A hint in localStorage lets a signed-out visitor see the
 * sign-in screen at once, before the Firebase SDK has even downloaded.
 */
export interface SessionUser {
  uid: string;
  phone: string | null;
  email: string | null;
}
export type Session =
  { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; user: SessionUser };

const HINT_KEY = 'shequ.session';

function hinted(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

let state: Session = hinted() ? { status: 'loading' } : { status: 'signedOut' };
const listeners = new Set<() => void>();
let started = false;

function set(next: Session) {
  state = next;
  try {
    if (next.status === 'signedIn') localStorage.setItem(HINT_KEY, '1');
    if (next.status === 'signedOut') localStorage.removeItem(HINT_KEY);
  } catch {
    /* ignore */
  }
  listeners.forEach((l) => l());
}

/** Starts listening to Firebase Auth (loads the SDK). Safe to call more than once. */
export function startSession() {
  if (started) return;
  started = true;
  void getBackend().then((b) =>
    b.watchAuth((user) => {
      set(
        user
          ? { status: 'signedIn', user: { uid: user.uid, phone: user.phoneNumber, email: user.email } }
          : { status: 'signedOut' },
      );
    }),
  );
}

export function useSession(): Session {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

export function sessionHinted() {
  return hinted();
}
