import { makeConverter, num, str, toDate } from '@/lib/converter';
import {
  CARE_TAGS,
  INTEREST_GROUPS,
  type CareTag,
  type Household,
  type HouseholdPrivate,
  type InterestGroup,
} from '../types';

function list<T>(v: unknown, map: (x: Record<string, unknown>) => T): T[] {
  return Array.isArray(v)
    ? v.filter((x) => x && typeof x === 'object').map((x) => map(x as Record<string, unknown>))
    : [];
}

export const householdConverter = makeConverter<Household>((id, d) => ({
  id,
  buildingId: str(d.buildingId),
  entrance: num(d.entrance),
  flat: str(d.flat),
  interestGroup: INTEREST_GROUPS.includes(d.interestGroup as InterestGroup)
    ? (d.interestGroup as InterestGroup)
    : 'jumin',
  members: list(d.members, (m) => ({ name: str(m.name), relation: str(m.relation) })),
  createdAt: toDate(d.createdAt),
  archived: d.archived === true,
  archivedReason: typeof d.archivedReason === 'string' ? d.archivedReason : null,
  archivedAt: toDate(d.archivedAt),
}));

export const householdPrivateConverter = makeConverter<HouseholdPrivate>((id, d) => ({
  id,
  buildingId: str(d.buildingId),
  careTags: (Array.isArray(d.careTags) ? d.careTags : []).filter((x): x is CareTag =>
    CARE_TAGS.includes(x as CareTag),
  ),
  phones: list(d.phones, (p) => ({ name: str(p.name), phone: str(p.phone) })),
  idNumbers: list(d.idNumbers, (p) => ({ name: str(p.name), idNumber: str(p.idNumber) })),
  notes: str(d.notes),
  visitIntervalDays: typeof d.visitIntervalDays === 'number' ? d.visitIntervalDays : null,
  lastVisitId: typeof d.lastVisitId === 'string' ? d.lastVisitId : null,
  lastVisitAt: toDate(d.lastVisitAt),
  nextVisitDue: toDate(d.nextVisitDue),
}));
