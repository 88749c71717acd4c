import { useOutletContext } from 'react-router';
import type { SessionUser } from '@/features/account/api/session';
import type { UserProfile } from '@/features/account/types';

export interface Me {
  user: SessionUser;
  profile: UserProfile;
}

/** The signed-in person and their profile, for any screen inside the shell. */
export function useMe(): Me {
  return useOutletContext<Me>();
}
