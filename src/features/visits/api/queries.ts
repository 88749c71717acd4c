import { getBackend } from '@/lib/backend';
import { visitConverter, type Visit } from '@/lib/converters/visits';
import { liveQueryOptions } from '@/lib/live-query';

export const VISITS_LIMIT = 20;

export const visitQueries = {
  all: ['visits'] as const,
  /** A household's latest visits. */
  household: (buildingId: string, householdId: string) =>
    liveQueryOptions<Visit[], readonly ['visits', 'household', string]>(
      ['visits', 'household', householdId],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'visits').withConverter(visitConverter),
          b.where('buildingId', '==', buildingId),
          b.where('householdId', '==', householdId),
          b.orderBy('visitedAt', 'desc'),
          b.limit(VISITS_LIMIT),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
};
