/**
 * Who was last signed in on this phone, remembered in localStorage (written by ./session.ts). On its own
 * so the start-up script (src/boot.ts) can read it without the React and Firebase code.
 */
export interface SessionUser {
  uid: string;
  phone: string | null;
  email: string | null;
}

export const HINT_KEY = 'shequ.session';

/** The person remembered on this phone, if any. */
export function rememberedUser(): SessionUser | null {
  try {
    const u = JSON.parse(localStorage.getItem(HINT_KEY) ?? 'null') as Partial<SessionUser> | null;
    return u && typeof u.uid === 'string'
      ? { uid: u.uid, phone: u.phone ?? null, email: u.email ?? null }
      : null;
  } catch {
    return null;
  }
}

/** Someone was signed in here (even if what was stored cannot be read). */
export function hinted(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) !== null;
  } catch {
    return false;
  }
}
