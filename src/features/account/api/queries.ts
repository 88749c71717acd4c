import { getBackend } from '@/lib/backend';
import { userConverter } from '@/lib/converters/users';
import { liveQueryOptions } from '@/lib/live-query';
import type { UserProfile } from '../types';
import { profileKey } from './keys';

export const accountQueries = {
  all: ['users'] as const,
  /** The signed-in person's profile, live (a role change or a confirmed link shows at once). */
  profile: (uid: string) =>
    liveQueryOptions<UserProfile | null, readonly ['users', 'detail', string]>(
      profileKey(uid),
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'users', uid).withConverter(userConverter),
          (snap) => emit(snap.exists() ? snap.data() : null),
          fail,
        );
      },
      { keepOnPhone: true },
    ),
};
