import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { staffByName } from './colleagues';
import { userConverter, type UserProfile } from '@/lib/converters/users';
import { liveQueryOptions } from '@/lib/live-query';
import { invitesPage, usersPage } from '@/lib/policy';

/** An open invitation: its key (phone or email), the name and the buildings the head gave. */
export interface Invite {
  key: string;
  name: string;
  buildingIds: string[];
}

/** What the staff screen shows of a person. */
export type StaffMember = Pick<UserProfile, 'id' | 'displayName' | 'role' | 'active' | 'phone' | 'email'>;

export const staffQueries = {
  all: ['staff'] as const,
  /** Everyone with a staff role (head only). */
  list: () =>
    liveQueryOptions<StaffMember[], readonly ['staff', 'list']>(['staff', 'list'], async (emit, fail) => {
      const b = await getBackend();
      const q = b.query(
        b.collection(b.db, 'users').withConverter(userConverter),
        b.where('role', 'in', ['worker', 'head']),
        b.limit(usersPage),
      );
      return b.onSnapshot(q, (snap) => emit(staffByName(snap.docs)), fail);
    }),
  /** Finds an account by mobile number (E.164, as src/lib/phone.ts parses it), to grant it a role. */
  byPhone: (phoneE164: string) =>
    queryOptions({
      queryKey: ['staff', 'byPhone', phoneE164] as const,
      queryFn: async (): Promise<StaffMember | null> => {
        const b = await getBackend();
        const snap = await b.getDocs(
          b.query(
            b.collection(b.db, 'users').withConverter(userConverter),
            b.where('phone', '==', phoneE164),
            b.limit(1),
          ),
        );
        return snap.docs[0]?.data() ?? null;
      },
    }),
  invites: () =>
    liveQueryOptions<Invite[], readonly ['staff', 'invites']>(['staff', 'invites'], async (emit, fail) => {
      const b = await getBackend();
      return b.onSnapshot(
        b.query(b.collection(b.db, 'invites'), b.limit(invitesPage)),
        (snap) =>
          emit(
            snap.docs.map((d) => {
              const ids: unknown = d.data().buildingIds;
              return {
                key: d.id,
                name: String(d.data().name ?? ''),
                // (invitations from before buildings were named have none)
                buildingIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
              };
            }),
          ),
        fail,
      );
    }),
};
