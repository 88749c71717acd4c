export const INTEREST_GROUPS = ['lixiu', 'tuixiu', 'neitui', 'xiejie', 'tuoguan', 'zaizhi', 'jumin'] as const;
export type InterestGroup = (typeof INTEREST_GROUPS)[number];

export const CARE_TAGS = ['elderlyAlone', 'difficulty', 'emptyNest', 'disabled', 'veteran'] as const;
export type CareTag = (typeof CARE_TAGS)[number];

/** Days between visits a care tag asks for; a household takes the shortest of its tags. */
export const CARE_INTERVAL_DAYS: Record<CareTag, number> = {
  elderlyAlone: 30,
  difficulty: 30,
  veteran: 30,
  emptyNest: 60,
  disabled: 60,
};

export function visitInterval(tags: readonly CareTag[]): number | null {
  return tags.length ? Math.min(...tags.map((t) => CARE_INTERVAL_DAYS[t])) : null;
}

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
}

export interface HouseholdPrivate {
  id: string;
  buildingId: string;
  careTags: CareTag[];
  phones: { name: string; phone: string }[];
  idNumbers: { name: string; idNumber: string }[];
  notes: string;
  visitIntervalDays: number | null;
  lastVisitAt: Date | null;
  nextVisitDue: Date | null;
}

/** Deterministic id: one household per flat. */
export function householdIdFor(buildingNumber: number, entrance: number, flat: string) {
  return `h-${buildingNumber}-${entrance}-${flat}`;
}
