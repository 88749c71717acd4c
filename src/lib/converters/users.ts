/**
 * `users/{uid}`: the one parser of a person's profile, used by every reader — the signed-in person's own
 * profile (account), the staff list and look-up by mobile (staff), a household's accounts and the addresses
 * waiting for confirmation (households), a mediation party found by mobile (mediation). A reader that needs
 * part of it picks from `UserProfile` (docs/data-model.md lists the fields).
 */
import { makeConverter, num, str, strOrNull, toDate } from '../converter';

export type Role = 'resident' | 'worker' | 'head';
export type LinkStatus = 'none' | 'pending' | 'confirmed' | 'refused';

const ROLES: readonly Role[] = ['resident', 'worker', 'head'];
const LINK: readonly LinkStatus[] = ['none', 'pending', 'confirmed', 'refused'];

/** The flat a resident says they live in (confirmed by the building's worker). */
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
  /** E.164, from the sign-in token (src/lib/phone.ts shows it). */
  phone: string | null;
  email: string | null;
  householdId: string | null;
  buildingId: string | null;
  linkStatus: LinkStatus;
  link: FlatLink | null;
  /** Why the building's worker refused the address (shown to the person while refused). */
  linkReason: string | null;
  volunteer: boolean;
  locale: 'zh-CN' | 'en';
  createdAt: Date | null;
}

function parseLink(v: unknown): FlatLink | null {
  if (!v || typeof v !== 'object') return null;
  const l = v as Record<string, unknown>;
  return { buildingId: str(l.buildingId), entrance: num(l.entrance), flat: str(l.flat) };
}

export const userConverter = makeConverter<UserProfile>((id, d) => ({
  id,
  displayName: str(d.displayName),
  role: ROLES.includes(d.role as Role) ? (d.role as Role) : 'resident',
  active: d.active === true,
  phone: strOrNull(d.phone),
  email: strOrNull(d.email),
  householdId: strOrNull(d.householdId),
  buildingId: strOrNull(d.buildingId),
  linkStatus: LINK.includes(d.linkStatus as LinkStatus) ? (d.linkStatus as LinkStatus) : 'none',
  link: parseLink(d.link),
  linkReason: strOrNull(d.linkReason),
  volunteer: d.volunteer === true,
  locale: d.locale === 'en' ? 'en' : 'zh-CN',
  createdAt: toDate(d.createdAt),
}));
