import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import type { CommunityEvent, Signup } from '../types';
import { eventConverter, signupConverter } from './converter';

export const EVENTS_PAGE_SIZE = 20;

export const eventQueries = {
  all: ['events'] as const,
  /** Published events that have not ended yet (those under way too: their volunteers check in), soonest first. */
  upcoming: () =>
    liveQueryOptions<CommunityEvent[], readonly ['events', 'upcoming']>(
      ['events', 'upcoming'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'events').withConverter(eventConverter),
          b.where('status', '==', 'published'),
          b.where('endAt', '>=', b.Timestamp.now()),
          b.orderBy('endAt'),
          b.limit(EVENTS_PAGE_SIZE),
        );
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
    ),
  detail: (id: string) =>
    liveQueryOptions<CommunityEvent | null, readonly ['events', 'detail', string]>(
      ['events', 'detail', id],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'events', id).withConverter(eventConverter),
          (snap) => emit(snap.exists() ? snap.data() : null, snap.metadata.fromCache),
          fail,
        );
      },
    ),
  /** Every event, newest first (staff: drafts too). */
  manage: () =>
    liveQueryOptions<CommunityEvent[], readonly ['events', 'manage']>(
      ['events', 'manage'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'events').withConverter(eventConverter),
          b.orderBy('startAt', 'desc'),
          b.limit(50),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  /** My own sign-up for an event (live: a promotion from the waiting list shows at once). */
  mySignup: (eventId: string, uid: string) =>
    liveQueryOptions<Signup | null, readonly ['events', 'detail', string, 'signup', string]>(
      ['events', 'detail', eventId, 'signup', uid],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'events', eventId, 'signups', uid).withConverter(signupConverter),
          (s) => emit(s.exists() ? { ...s.data(), eventId } : null, s.metadata.fromCache),
          fail,
        );
      },
    ),
  /** The roster, in arrival order (staff). */
  roster: (eventId: string) =>
    liveQueryOptions<Signup[], readonly ['events', 'detail', string, 'roster']>(
      ['events', 'detail', eventId, 'roster'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'events', eventId, 'signups').withConverter(signupConverter),
          b.orderBy('seq'),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => ({ ...d.data(), eventId }))), fail);
      },
    ),
  /** A volunteer's record: all their sign-ups, newest event first. */
  record: (uid: string) =>
    liveQueryOptions<Signup[], readonly ['events', 'record', string]>(
      ['events', 'record', uid],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collectionGroup(b.db, 'signups').withConverter(signupConverter),
          b.where('uid', '==', uid),
          b.orderBy('eventStartAt', 'desc'),
          b.limit(200),
        );
        return b.onSnapshot(
          q,
          (snap) =>
            emit(
              snap.docs.map((d) => ({ ...d.data(), eventId: d.ref.parent.parent!.id })),
              snap.metadata.fromCache,
            ),
          fail,
        );
      },
      { whole: true },
    ),
};
