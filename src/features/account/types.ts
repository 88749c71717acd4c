import type { UserProfile } from '@/lib/converters/users';

// The profile is parsed in shared code (other features read `users` too); these are its types.
export type { FlatLink, LinkStatus, Role, UserProfile } from '@/lib/converters/users';

export function isStaffRole(p: Pick<UserProfile, 'role' | 'active'>) {
  return p.active && (p.role === 'worker' || p.role === 'head');
}
