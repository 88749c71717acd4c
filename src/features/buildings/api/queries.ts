import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import type { Building } from '../types';
import { buildingConverter } from './converter';

export const buildingQueries = {
  all: ['buildings'] as const,
  /** Every building, by number (a few dozen documents; residents pick one, the head sees the grid). */
  list: () =>
    liveQueryOptions<Building[], readonly ['buildings', 'list']>(
      ['buildings', 'list'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'buildings').withConverter(buildingConverter),
          b.orderBy('number'),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  /** The buildings a grid worker is responsible for. */
  ownedBy: (uid: string) =>
    liveQueryOptions<Building[], readonly ['buildings', 'ownedBy', string]>(
      ['buildings', 'ownedBy', uid],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'buildings').withConverter(buildingConverter),
          b.where('workerId', '==', uid),
        );
        return b.onSnapshot(
          q,
          (snap) => emit(snap.docs.map((d) => d.data()).sort((x, y) => x.number - y.number)),
          fail,
        );
      },
    ),
};
