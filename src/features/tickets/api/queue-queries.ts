import { getBackend } from '@/lib/backend';
import { ticketConverter } from '@/lib/converters/tickets';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { DocumentData, QueryDocumentSnapshot } from 'firebase/firestore';
import { QUEUE_PAGE_SIZE, queueCountQueries, queuePageQuery, type QueueFilters } from './queue';

/**
 * The grid worker's queue: part of the ticket queries (its keys start with 'tickets', so every ticket
 * invalidation reaches it), in a file of its own so residents' screens do not download it.
 */
export const queueQueries = {
  /**
   * The work queue, a page at a time (cursor pagination; each page reads ≤ page size + 1 documents).
   * `now` is fixed per query key so "overdue" means the same thing on every page.
   */
  page: (uid: string, filters: QueueFilters, now: number) =>
    infiniteQueryOptions({
      queryKey: ['tickets', 'queue', uid, filters, now] as const,
      initialPageParam: null as QueryDocumentSnapshot<DocumentData> | null,
      queryFn: async ({ pageParam }) => {
        const b = await getBackend();
        const snap = await b.getDocs(queuePageQuery(b, b.db, uid, filters, new Date(now), pageParam));
        const docs = snap.docs.slice(0, QUEUE_PAGE_SIZE);
        return {
          tickets: docs.map((d) => ticketConverter.fromFirestore(d, {})),
          next: snap.docs.length > QUEUE_PAGE_SIZE ? docs[docs.length - 1]! : null,
          reads: snap.docs.length,
        };
      },
      getNextPageParam: (last) => last.next,
      staleTime: 30_000,
    }),
  /** Counts per status for the queue's filters (aggregation queries, about one read each). */
  counts: (uid: string, filters: QueueFilters, now: number) =>
    queryOptions({
      queryKey: [
        'tickets',
        'queueCounts',
        uid,
        { ...filters, status: undefined, overdue: undefined },
        now,
      ] as const,
      queryFn: async () => {
        const b = await getBackend();
        const queries = queueCountQueries(b, b.db, uid, filters, new Date(now));
        const entries = await Promise.all(
          Object.entries(queries).map(
            async ([k, q]) => [k, (await b.getCountFromServer(q)).data().count] as const,
          ),
        );
        return Object.fromEntries(entries) as Record<keyof typeof queries, number>;
      },
      staleTime: 30_000,
    }),
};
