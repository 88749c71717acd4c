import { getBackend } from '@/lib/backend';
import type { Ticket } from '../types';
import { ticketConverter } from '@/lib/converters/tickets';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { DocumentData, QueryDocumentSnapshot } from 'firebase/firestore';
import { QUEUE_PAGE_SIZE, queueCountQueries, queuePageQuery, type QueueFilters } from './queue';

/**
 * The grid worker's queue: part of the ticket queries (its keys start with 'tickets', so every ticket
 * invalidation reaches it), in a file of its own so residents' screens do not download it.
 */
/** A household's latest tickets on its register page. */
export const HOUSEHOLD_TICKETS = 10;

export const queueQueries = {
  /**
   * A household's latest tickets as its staff see them from the register (household → its tickets): the head
   * by household alone; a worker within the household's building (`buildingId`), as the rules let a worker
   * list tickets only by building or assignee.
   */
  ofHousehold: (householdId: string, buildingId: string | null) =>
    queryOptions({
      queryKey: ['tickets', 'ofHousehold', householdId, buildingId] as const,
      queryFn: async (): Promise<Ticket[]> => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'tickets').withConverter(ticketConverter),
          ...(buildingId ? [b.where('buildingId', '==', buildingId)] : []),
          b.where('householdId', '==', householdId),
          b.orderBy('createdAt', 'desc'),
          b.limit(HOUSEHOLD_TICKETS),
        );
        return (await b.getDocs(q)).docs.map((d) => d.data());
      },
    }),
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
