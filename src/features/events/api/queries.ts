import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import type { CommunityEvent } from '../types';
import { eventConverter } from './converter';

export const EVENTS_PAGE_SIZE = 20;

export const eventQueries = {
  all: ['events'] as const,
  /** Published events that have not started yet, soonest first. */
  upcoming: () =>
    liveQueryOptions<CommunityEvent[], readonly ['events', 'upcoming']>(
      ['events', 'upcoming'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'events').withConverter(eventConverter),
          b.where('status', '==', 'published'),
          b.where('startAt', '>=', b.Timestamp.now()),
          b.orderBy('startAt'),
          b.limit(EVENTS_PAGE_SIZE),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  detail: (id: string) =>
    liveQueryOptions<CommunityEvent | null, readonly ['events', 'detail', string]>(
      ['events', 'detail', id],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'events', id).withConverter(eventConverter),
          (snap) => emit(snap.exists() ? snap.data() : null),
          fail,
        );
      },
    ),
};
