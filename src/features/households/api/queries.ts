import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { userConverter, type FlatLink, type UserProfile } from '@/lib/converters/users';
import { liveQueryOptions } from '@/lib/live-query';
import type { Household, HouseholdPrivate } from '../types';
import { householdConverter, householdPrivateConverter } from './converter';
import { careListPage, householdsPage, usersPage } from '@/lib/policy';
import { isRefused } from '@/lib/errors';

/** An account linked to a household, as the register shows it. */
export type HouseholdAccount = Pick<UserProfile, 'id' | 'displayName' | 'phone'>;

/** A resident asking to be linked to a flat: who they are and the entrance and flat they named. */
export type LinkRequest = HouseholdAccount & Pick<FlatLink, 'entrance' | 'flat'>;

function linkRequest(u: UserProfile): LinkRequest {
  return {
    id: u.id,
    displayName: u.displayName,
    phone: u.phone,
    entrance: u.link?.entrance ?? 0,
    flat: u.link?.flat ?? '',
  };
}

export const householdQueries = {
  all: ['households'] as const,
  /** One entrance of one building (the register is read an entrance at a time). */
  entrance: (buildingId: string, entrance: number) =>
    liveQueryOptions<Household[], readonly ['households', 'entrance', string, number]>(
      ['households', 'entrance', buildingId, entrance],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'households').withConverter(householdConverter),
          b.where('buildingId', '==', buildingId),
          b.where('entrance', '==', entrance),
          b.orderBy('flat'),
          b.limit(householdsPage),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  detail: (id: string) =>
    liveQueryOptions<Household | null, readonly ['households', 'detail', string]>(
      ['households', 'detail', id],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'households', id).withConverter(householdConverter),
          (s) => emit(s.exists() ? s.data() : null),
          fail,
        );
      },
    ),
  /** Care tags, phone and ID numbers, visit schedule (staff only). */
  private: (id: string) =>
    liveQueryOptions<HouseholdPrivate | null, readonly ['households', 'detail', string, 'private']>(
      ['households', 'detail', id, 'private'],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'householdPrivate', id).withConverter(householdPrivateConverter),
          (s) => emit(s.exists() ? s.data() : null),
          fail,
        );
      },
    ),
  /** Accounts linked to the household. */
  accounts: (buildingId: string, householdId: string) =>
    queryOptions({
      queryKey: ['households', 'detail', householdId, 'accounts'] as const,
      queryFn: async (): Promise<HouseholdAccount[]> => {
        const b = await getBackend();
        const snap = await b.getDocs(
          b.query(
            b.collection(b.db, 'users').withConverter(userConverter),
            b.where('buildingId', '==', buildingId),
            b.where('householdId', '==', householdId),
            b.limit(usersPage),
          ),
        );
        return snap.docs.map((d) => d.data());
      },
    }),
  /** Residents waiting for their address in these buildings to be confirmed. */
  pendingLinks: (buildingId: string) =>
    liveQueryOptions<LinkRequest[], readonly ['households', 'pendingLinks', string]>(
      ['households', 'pendingLinks', buildingId],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'users').withConverter(userConverter),
          b.where('link.buildingId', '==', buildingId),
          b.where('linkStatus', '==', 'pending'),
          b.limit(usersPage),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => linkRequest(d.data()))), fail);
      },
    ),
  /**
   * Everyone on a building's care list (households with care tags: their next visit is scheduled), the
   * longest-waiting first, with their address. The list is everyone, not only those due today, so a worker
   * can plan the week; the screen groups it into overdue, due soon and later.
   */
  careList: (buildingId: string) =>
    queryOptions({
      queryKey: ['households', 'careList', buildingId] as const,
      queryFn: async (): Promise<CareItem[]> => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'householdPrivate').withConverter(householdPrivateConverter),
          b.where('buildingId', '==', buildingId),
          // (a household with no care tags has no next visit: null, which this leaves out)
          b.where('nextVisitDue', '>', b.Timestamp.fromMillis(0)),
          b.orderBy('nextVisitDue'),
          b.limit(careListPage),
        );
        const listed = (await b.getDocs(q)).docs.map((d) => d.data());
        const homes = await Promise.all(
          listed.map((p) => b.getDoc(b.doc(b.db, 'households', p.id).withConverter(householdConverter))),
        );
        return listed.flatMap((p, i) => {
          const h = homes[i]!;
          // (an archived household is off the register, and off the care list)
          return h.exists() && !h.data().archived ? [{ private: p, household: h.data() }] : [];
        });
      },
      // (read again each time the list is opened: a visit just logged moves its household down the list)
    }),
};

/** Due within this many days counts as "due soon" on the care list. */
export const CARE_SOON_DAYS = 7;

export type CareGroup = 'overdue' | 'soon' | 'later';

/** Which part of the care list a household is in at `now`. */
export function careGroup(nextVisitDue: Date | null, now: number): CareGroup {
  const due = nextVisitDue?.getTime() ?? now;
  if (due < now) return 'overdue';
  return due - now <= CARE_SOON_DAYS * 86_400_000 ? 'soon' : 'later';
}

export interface CareItem {
  private: HouseholdPrivate;
  household: Household;
}

/**
 * Whether the register has a household (by its id, i.e. its flat): not at all, on it, or archived. A worker
 * asking about a flat nobody registered is refused by the rules (they check the record's building): none.
 */
export async function householdState(id: string): Promise<'none' | 'active' | 'archived'> {
  const b = await getBackend();
  try {
    const snap = await b.getDoc(b.doc(b.db, 'households', id).withConverter(householdConverter));
    if (!snap.exists()) return 'none';
    return snap.data().archived ? 'archived' : 'active';
  } catch (err) {
    if (isRefused(err)) return 'none';
    throw err;
  }
}
