import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';

export interface StaffMember {
  uid: string;
  displayName: string;
  role: 'resident' | 'worker' | 'head';
  active: boolean;
  phone: string | null;
  email: string | null;
}

function toMember(id: string, d: Record<string, unknown>): StaffMember {
  return {
    uid: id,
    displayName: String(d.displayName ?? ''),
    role: d.role === 'worker' || d.role === 'head' ? d.role : 'resident',
    active: d.active === true,
    phone: typeof d.phone === 'string' ? d.phone : null,
    email: typeof d.email === 'string' ? d.email : null,
  };
}

export const staffQueries = {
  all: ['staff'] as const,
  /** Everyone with a staff role (head only). */
  list: () =>
    liveQueryOptions<StaffMember[], readonly ['staff', 'list']>(['staff', 'list'], async (emit, fail) => {
      const b = await getBackend();
      const q = b.query(b.collection(b.db, 'users'), b.where('role', 'in', ['worker', 'head']));
      return b.onSnapshot(
        q,
        (snap) =>
          emit(
            snap.docs
              .map((d) => toMember(d.id, d.data()))
              .sort((x, y) => x.displayName.localeCompare(y.displayName, 'zh')),
          ),
        fail,
      );
    }),
  /** Finds an account by mobile number, to grant it a role. */
  byPhone: (phoneE164: string) =>
    queryOptions({
      queryKey: ['staff', 'byPhone', phoneE164] as const,
      queryFn: async () => {
        const b = await getBackend();
        const snap = await b.getDocs(
          b.query(b.collection(b.db, 'users'), b.where('phone', '==', phoneE164), b.limit(1)),
        );
        return snap.docs[0] ? toMember(snap.docs[0].id, snap.docs[0].data()) : null;
      },
    }),
  invites: () =>
    liveQueryOptions<{ key: string; name: string }[], readonly ['staff', 'invites']>(
      ['staff', 'invites'],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.collection(b.db, 'invites'),
          (snap) => emit(snap.docs.map((d) => ({ key: d.id, name: String(d.data().name ?? '') }))),
          fail,
        );
      },
    ),
};
