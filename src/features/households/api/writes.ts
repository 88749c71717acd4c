/**
 * What saving a household's care record writes, as plain data: the app commits it (./mutations.ts) and the
 * rules tests commit the very same payload. The visit schedule is not typed in — firestore.rules derives it
 * the same way: the interval from the care tags, the next visit that long after the last one or, never
 * visited, from when the household was first tagged (kept as it was, the server's time the first time).
 */
import { careIntervalDays, DAY_MS } from '../../../lib/policy'; // relative: the rules tests run this under tsx
import type { HouseholdPrivate } from '../types';

export interface CareWriteSdk {
  serverTimestamp(): unknown;
  fromMillis(ms: number): unknown;
}

/**
 * A household's private record as it is first written, when the register takes a flat in: no care tags,
 * nothing noted, never visited; the phone numbers given (in the stored form, E.164).
 */
export function newCareRecord(
  buildingId: string,
  phones: HouseholdPrivate['phones'],
): Omit<HouseholdPrivate, 'id'> {
  return {
    buildingId,
    careTags: [],
    phones,
    idNumbers: [],
    notes: '',
    visitIntervalDays: null,
    lastVisitId: null,
    lastVisitAt: null,
    nextVisitDue: null,
  };
}

export type CareInput = Pick<HouseholdPrivate, 'careTags' | 'phones' | 'idNumbers' | 'notes'>;

export function careWrite(
  sdk: CareWriteSdk,
  current: Pick<HouseholdPrivate, 'lastVisitId' | 'lastVisitAt' | 'nextVisitDue'>,
  input: CareInput,
) {
  const interval = careIntervalDays(input.careTags);
  const nextVisitDue =
    interval === null
      ? null
      : current.lastVisitAt
        ? sdk.fromMillis(current.lastVisitAt.getTime() + interval * DAY_MS)
        : current.nextVisitDue
          ? undefined // due since the household was first tagged: left as it is
          : sdk.serverTimestamp();
  return {
    careTags: input.careTags,
    phones: input.phones,
    idNumbers: input.idNumbers,
    notes: input.notes.trim(),
    visitIntervalDays: interval,
    lastVisitId: current.lastVisitId,
    ...(nextVisitDue === undefined ? {} : { nextVisitDue }),
    updatedAt: sdk.serverTimestamp(),
  };
}
