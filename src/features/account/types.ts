export type Role = 'resident' | 'worker' | 'head';
export type LinkStatus = 'none' | 'pending' | 'confirmed' | 'refused';

export interface FlatLink {
  buildingId: string;
  entrance: number;
  flat: string;
}

export interface UserProfile {
  id: string;
  displayName: string;
  role: Role;
  active: boolean;
  phone: string | null;
  email: string | null;
  householdId: string | null;
  buildingId: string | null;
  linkStatus: LinkStatus;
  link: FlatLink | null;
  volunteer: boolean;
  locale: 'zh-CN' | 'en';
  createdAt: Date | null;
}

export function isStaffRole(p: Pick<UserProfile, 'role' | 'active'>) {
  return p.active && (p.role === 'worker' || p.role === 'head');
}
