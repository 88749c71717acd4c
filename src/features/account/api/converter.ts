import { makeConverter, num, str, strOrNull, toDate } from '@/lib/converter';
import type { FlatLink, LinkStatus, Role, UserProfile } from '../types';

const ROLES: Role[] = ['resident', 'worker', 'head'];
const LINK: LinkStatus[] = ['none', 'pending', 'confirmed', 'refused'];

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
  volunteer: d.volunteer === true,
  locale: d.locale === 'en' ? 'en' : 'zh-CN',
  createdAt: toDate(d.createdAt),
}));
