import { getBackend } from '@/lib/backend';
import { isRefused } from '@/lib/errors';
import type { SessionUser } from './session';

/** A staff invitation for the person signing in: by their phone number, else their (verified) email. */
export interface MyInvite {
  key: string;
  name: string;
  buildingIds: string[];
}

/**
 * The invitation the head left for this sign-in, if any. The rules let a person read only their own, and an
 * email one only once the address is verified: a refusal means there is none for them.
 */
export async function readMyInvite(user: SessionUser): Promise<MyInvite | null> {
  const b = await getBackend();
  const keys = [user.phone, user.email?.toLowerCase()].filter((k): k is string => Boolean(k));
  for (const key of keys) {
    try {
      const snap = await b.getDoc(b.doc(b.db, 'invites', key));
      const d = snap.data();
      if (d && d.role === 'worker') {
        const ids: unknown = d.buildingIds;
        return {
          key,
          name: String(d.name ?? ''),
          buildingIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
        };
      }
    } catch (e) {
      if (!isRefused(e)) throw e;
    }
  }
  return null;
}
