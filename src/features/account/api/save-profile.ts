import { commitPlan, planSdk } from '@/lib/commit-plan';
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
  const now = planSdk.serverTimestamp();
  await commitPlan([
    {
      op: 'set',
      path: `users/${user.uid}`,
      data: {
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
        createdAt: now,
        updatedAt: now,
      },
    },
  ]);
}

export type ProfilePatch = Partial<{ displayName: string; locale: Language; volunteer: boolean }>;

/** The person's own settings. */
export async function updateOwnProfile(uid: string, patch: ProfilePatch) {
  await commitPlan([
    { op: 'update', path: `users/${uid}`, data: { ...patch, updatedAt: planSdk.serverTimestamp() } },
  ]);
}

/** A new request to be linked to a flat; clears the current household until a worker confirms it. */
export async function requestFlatLink(uid: string, link: FlatLink) {
  await commitPlan([
    {
      op: 'update',
      path: `users/${uid}`,
      data: {
        link,
        linkStatus: 'pending',
        householdId: null,
        buildingId: null,
        updatedAt: planSdk.serverTimestamp(),
      },
    },
  ]);
}
