import { getBackend } from '@/lib/backend';
import { ticketConverter } from '@/lib/converters/tickets';
import { liveQueryOptions } from '@/lib/live-query';
import { queryOptions } from '@tanstack/react-query';
import type { Category, PublicTicket, Ticket, TicketPhoto, TimelineEntry } from '../types';
import { parseCategories, photoConverter, publicTicketConverter, timelineConverter } from './converter';
import { ticketPhotosMax, timelinePage } from '@/lib/policy';

export const LIST_PAGE_SIZE = 20;

/** The ticket query factory: every ticket query of the app, keyed from general to specific. */
export const ticketQueries = {
  all: ['tickets'] as const,
  /** A household's tickets, newest first (resident home). */
  household: (householdId: string) =>
    liveQueryOptions<Ticket[], readonly ['tickets', 'household', string]>(
      ['tickets', 'household', householdId],
      async (emit, fail) => {
        const b = await getBackend();
        let pendingNow = new Set<string>(); // what the latest snapshot shows as not yet settled
        const q = b.query(
          b.collection(b.db, 'tickets').withConverter(ticketConverter),
          b.where('householdId', '==', householdId),
          b.orderBy('createdAt', 'desc'),
          b.limit(LIST_PAGE_SIZE),
        );
        return b.onSnapshot(
          q,
          { includeMetadataChanges: true },
          (snap) => {
            emit(
              snap.docs.map((d) => ({ ...d.data(), pending: d.metadata.hasPendingWrites })),
              snap.metadata.fromCache,
            );
            pendingNow = new Set(snap.docs.filter((d) => d.metadata.hasPendingWrites).map((d) => d.ref.path));
            b.settlePending([...pendingNow], (path) => pendingNow.has(path));
          },
          fail,
        );
      },
      { keepOnPhone: true },
    ),
  /** Open tickets owned by a worker (or the head), the most urgent deadline first. */
  assigned: (uid: string) =>
    liveQueryOptions<Ticket[], readonly ['tickets', 'assigned', string]>(
      ['tickets', 'assigned', uid],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'tickets').withConverter(ticketConverter),
          b.where('assigneeId', '==', uid),
          b.where('open', '==', true),
          b.orderBy('dueAt'),
          b.limit(LIST_PAGE_SIZE),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  detail: (id: string) =>
    liveQueryOptions<Ticket | null, readonly ['tickets', 'detail', string]>(
      ['tickets', 'detail', id],
      async (emit, fail) => {
        const b = await getBackend();
        let pendingNow = false;
        return b.onSnapshot(
          b.doc(b.db, 'tickets', id).withConverter(ticketConverter),
          { includeMetadataChanges: true },
          (snap) => {
            emit(
              snap.exists() ? { ...snap.data(), pending: snap.metadata.hasPendingWrites } : null,
              snap.metadata.fromCache,
            );
            pendingNow = snap.metadata.hasPendingWrites;
            if (pendingNow) b.settlePending([snap.ref.path], () => pendingNow);
          },
          fail,
        );
      },
      { keepOnPhone: true },
    ),
  /** The timeline; residents must ask for public entries only (the rules refuse anything else). */
  timeline: (id: string, publicOnly: boolean) =>
    liveQueryOptions<TimelineEntry[], readonly ['tickets', 'detail', string, 'timeline', 'public' | 'all']>(
      ['tickets', 'detail', id, 'timeline', publicOnly ? 'public' : 'all'],
      async (emit, fail) => {
        const b = await getBackend();
        const col = b.collection(b.db, 'tickets', id, 'timeline').withConverter(timelineConverter);
        const q = publicOnly
          ? b.query(col, b.where('visibility', '==', 'public'), b.orderBy('createdAt'), b.limit(timelinePage))
          : b.query(col, b.orderBy('createdAt'), b.limit(timelinePage));
        return b.onSnapshot(
          q,
          (snap) =>
            emit(
              snap.docs.map((d) => d.data()),
              snap.metadata.fromCache,
            ),
          fail,
        );
      },
      { keepOnPhone: true },
    ),
  photos: (id: string) =>
    liveQueryOptions<TicketPhoto[], readonly ['tickets', 'detail', string, 'photos']>(
      ['tickets', 'detail', id, 'photos'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'tickets', id, 'photos').withConverter(photoConverter),
          b.orderBy('createdAt'),
          b.limit(ticketPhotosMax),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  /** Community-wide counts for the head: open, and open past their deadline (aggregation, 1 read each). */
  headCounts: () =>
    queryOptions({
      queryKey: ['tickets', 'counts', 'head'] as const,
      queryFn: async () => {
        const b = await getBackend();
        const col = b.collection(b.db, 'tickets');
        const now = b.Timestamp.now();
        const [open, overdue] = await Promise.all([
          b.getCountFromServer(b.query(col, b.where('open', '==', true))),
          b.getCountFromServer(b.query(col, b.where('open', '==', true), b.where('dueAt', '<', now))),
        ]);
        return { open: open.data().count, overdue: overdue.data().count };
      },
      staleTime: 30_000,
    }),
};

export const DUPLICATES_LIMIT = 5;

export const publicTicketQueries = {
  all: ['publicTickets'] as const,
  /** Open reports of the same problem in the same building (shown before submitting: "me too"). */
  similar: (buildingId: string, categoryId: string) =>
    queryOptions({
      queryKey: ['publicTickets', 'similar', buildingId, categoryId] as const,
      queryFn: async (): Promise<PublicTicket[]> => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'publicTickets').withConverter(publicTicketConverter),
          b.where('buildingId', '==', buildingId),
          b.where('categoryId', '==', categoryId),
          b.where('open', '==', true),
          b.orderBy('createdAt', 'desc'),
          b.limit(DUPLICATES_LIMIT),
        );
        return (await b.getDocs(q)).docs.map((d) => d.data());
      },
      staleTime: 60_000,
    }),
  /** The tickets I said "me too" to, live. */
  followed: (uid: string) =>
    liveQueryOptions<PublicTicket[], readonly ['publicTickets', 'followed', string]>(
      ['publicTickets', 'followed', uid],
      async (emit, fail) => {
        const b = await getBackend();
        const followers = b.query(
          b.collectionGroup(b.db, 'followers'),
          b.where('uid', '==', uid),
          b.limit(LIST_PAGE_SIZE),
        );
        const unsubs = new Map<string, () => void>();
        const current = new Map<string, PublicTicket>();
        const publish = () =>
          emit([...current.values()].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime()));
        const stop = b.onSnapshot(
          followers,
          (snap) => {
            const ids = new Set(snap.docs.map((d) => d.ref.parent.parent!.id));
            for (const [id, unsub] of unsubs) {
              if (ids.has(id)) continue;
              unsub();
              unsubs.delete(id);
              current.delete(id);
            }
            if (ids.size === 0) publish();
            for (const id of ids) {
              if (unsubs.has(id)) continue;
              unsubs.set(
                id,
                b.onSnapshot(
                  b.doc(b.db, 'publicTickets', id).withConverter(publicTicketConverter),
                  (d) => {
                    if (d.exists()) current.set(id, d.data());
                    if (current.size === ids.size || !d.exists()) publish();
                  },
                  fail,
                ),
              );
            }
          },
          fail,
        );
        return () => {
          stop();
          for (const unsub of unsubs.values()) unsub();
        };
      },
    ),
};

export const categoryQueries = {
  /** The whole category tree: one document. */
  tree: () =>
    liveQueryOptions<Category[], readonly ['categories']>(
      ['categories'],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'config', 'categories'),
          (snap) => emit(parseCategories(snap.data()?.items)),
          fail,
        );
      },
      { keepOnPhone: true },
    ),
};
