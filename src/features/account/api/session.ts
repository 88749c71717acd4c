import { useSyncExternalStore } from 'react';
import { getAuthBackend } from '@/lib/backend';
import { forgetKept } from '@/lib/kept';
import { HINT_KEY, hinted, rememberedUser, type SessionUser } from './session-hint';

export type { SessionUser };

/**
 * Who is signed in, as Firebase Auth reports it. The last signed-in user is remembered in localStorage, so
 * a returning resident's screens paint at once (from what the phone kept, src/lib/kept.ts) and a signed-out
 * visitor sees the sign-in screen at once — both before the Firebase SDK has even downloaded. Auth has the
 * last word moments later: signed out there means signed out here, and the kept data is forgotten.
 */
export type Session =
  { status: 'loading' } | { status: 'signedOut' } | { status: 'signedIn'; user: SessionUser };

const last = rememberedUser();
let state: Session = last
  ? { status: 'signedIn', user: last }
  : hinted()
    ? { status: 'loading' }
    : { status: 'signedOut' };
const listeners = new Set<() => void>();
let started = false;

function set(next: Session) {
  const same =
    next.status === state.status &&
    (next.status !== 'signedIn' || (state.status === 'signedIn' && sameUser(state.user, next.user)));
  try {
    if (next.status === 'signedIn') localStorage.setItem(HINT_KEY, JSON.stringify(next.user));
    if (next.status === 'signedOut') localStorage.removeItem(HINT_KEY);
  } catch {
    /* ignore */
  }
  if (next.status === 'signedOut' || (next.status === 'signedIn' && last && last.uid !== next.user.uid))
    forgetKept();
  if (same) return; // the remembered user confirmed: nothing to re-render
  state = next;
  listeners.forEach((l) => l());
}

function sameUser(a: SessionUser, b: SessionUser) {
  return a.uid === b.uid && a.phone === b.phone && a.email === b.email;
}

/** Starts listening to Firebase Auth (loads the SDK). Safe to call more than once. */
export function startSession() {
  if (started) return;
  started = true;
  void getAuthBackend().then((b) =>
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
