import { getBackend } from '@/lib/backend';
import { userConverter } from '@/lib/converters/users';
import { liveQueryOptions } from '@/lib/live-query';
import { usersPage } from '@/lib/policy';
import type { StaffMember } from './queries';

/** Staff members from a users snapshot, in the order of their names (as the staff screens list them). */
export function staffByName(docs: { data(): StaffMember }[]): StaffMember[] {
  return docs
    .map((d): StaffMember => d.data())
    .sort((x, y) => x.displayName.localeCompare(y.displayName, 'zh'));
}

/**
 * Every active worker and the head: whom a ticket can be handed to (any staff member may list them; the
 * rules ask for exactly this query). Apart from `staffQueries`: the ticket screen, which residents load
 * too, needs only this.
 */
export const activeStaff = () =>
  liveQueryOptions<StaffMember[], readonly ['staff', 'active']>(['staff', 'active'], async (emit, fail) => {
    const b = await getBackend();
    const q = b.query(
      b.collection(b.db, 'users').withConverter(userConverter),
      b.where('role', 'in', ['worker', 'head']),
      b.where('active', '==', true),
      b.limit(usersPage),
    );
    return b.onSnapshot(q, (snap) => emit(staffByName(snap.docs)), fail);
  });
