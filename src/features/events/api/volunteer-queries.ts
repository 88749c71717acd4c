/**
 * The queries only the events list, the record and the roster use (kept out of the volunteer's home, which
 * imports ./queries.ts).
 */
import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import type { Signup } from '../types';
import { signupConverter } from './converter';
import { EVENTS_PAGE_SIZE } from './queries';

export const volunteerQueries = {
  /**
   * My sign-ups for events from yesterday on (what the event lists mark as 已报名 / 候补 / 已签到); one query,
   * at most a page of reads.
   */
  mine: (uid: string) =>
    liveQueryOptions<Signup[], readonly ['events', 'mine', string]>(
      ['events', 'mine', uid],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collectionGroup(b.db, 'signups').withConverter(signupConverter),
          b.where('uid', '==', uid),
          b.where('eventStartAt', '>=', b.Timestamp.fromMillis(Date.now() - 86_400_000)),
          b.orderBy('eventStartAt', 'desc'),
          b.limit(EVENTS_PAGE_SIZE),
        );
        return b.onSnapshot(
          q,
          (snap) => emit(snap.docs.map((d) => ({ ...d.data(), eventId: d.ref.parent.parent!.id }))),
          fail,
        );
      },
    ),
  /** Event ids that were cancelled (the record labels its sign-ups for them; at most a page). */
  cancelled: () =>
    liveQueryOptions<string[], readonly ['events', 'cancelled']>(
      ['events', 'cancelled'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(b.collection(b.db, 'events'), b.where('status', '==', 'cancelled'), b.limit(50));
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.id)), fail);
      },
    ),
  /** Today's check-in code of an event (staff only; null until someone shows it). */
  checkInCode: (eventId: string, day: string) =>
    liveQueryOptions<string | null, readonly ['events', 'detail', string, 'code', string]>(
      ['events', 'detail', eventId, 'code', day],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'events', eventId, 'checkInCodes', day),
          (s) => emit(s.exists() ? String(s.data().code) : null),
          fail,
        );
      },
    ),
};
