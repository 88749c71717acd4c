import { careTags, interestGroups } from '@/lib/policy';

export const INTEREST_GROUPS = interestGroups;
export type InterestGroup = (typeof INTEREST_GROUPS)[number];

export const CARE_TAGS = careTags;
export type CareTag = (typeof CARE_TAGS)[number];

export interface Member {
  name: string;
  relation: string;
}

export interface Household {
  id: string;
  buildingId: string;
  entrance: number;
  flat: string;
  interestGroup: InterestGroup;
  members: Member[];
  createdAt: Date | null;
  /** Taken off the register (moved away…): kept with the reason, hidden from lists unless asked for. */
  archived: boolean;
  archivedReason: string | null;
  archivedAt: Date | null;
}

export interface HouseholdPrivate {
  id: string;
  buildingId: string;
  careTags: CareTag[];
  phones: { name: string; phone: string }[];
  idNumbers: { name: string; idNumber: string }[];
  notes: string;
  visitIntervalDays: number | null;
  /** The visit record that set lastVisitAt (null before the first, and in records kept from before). */
  lastVisitId: string | null;
  lastVisitAt: Date | null;
  nextVisitDue: Date | null;
}

/** Deterministic id: one household per flat. */
export function householdIdFor(buildingNumber: number, entrance: number, flat: string) {
  return `h-${buildingNumber}-${entrance}-${flat}`;
}
