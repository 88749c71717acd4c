import { getBackend } from '@/lib/backend';
import type { Language } from '@/i18n';
import type { SessionUser } from './session';
import type { FlatLink } from '../types';

export interface NewProfileInput {
  displayName: string;
  link: FlatLink | null;
  locale: Language;
}

/** First sign-in: the person creates their own profile, as a resident with no confirmed household. */
export async function createProfile(user: SessionUser, input: NewProfileInput) {
  const b = await getBackend();
  await b.setDoc(b.doc(b.db, 'users', user.uid), {
    displayName: input.displayName.trim(),
    role: 'resident',
    active: true,
    phone: user.phone,
    email: user.email,
    householdId: null,
    buildingId: null,
    linkStatus: input.link ? 'pending' : 'none',
    link: input.link,
    volunteer: false,
    locale: input.locale,
    createdAt: b.serverTimestamp(),
    updatedAt: b.serverTimestamp(),
  });
}

export type ProfilePatch = Partial<{ displayName: string; locale: Language; volunteer: boolean }>;

/** The person's own settings. */
export async function updateOwnProfile(uid: string, patch: ProfilePatch) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'users', uid), { ...patch, updatedAt: b.serverTimestamp() });
}

/** A new request to be linked to a flat; clears the current household until a worker confirms it. */
export async function requestFlatLink(uid: string, link: FlatLink) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'users', uid), {
    link,
    linkStatus: 'pending',
    householdId: null,
    buildingId: null,
    updatedAt: b.serverTimestamp(),
  });
}
