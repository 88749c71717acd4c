import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import { notificationsPage, pushDevicesMax } from '@/lib/policy';
import type { Delivery, NotifyPrefs, PushDevice, SmsMonth } from '../types';
import { deliveryConverter, parseNotifyPrefs, pushDeviceConverter, smsMonthConverter } from './converter';

export const notifyQueries = {
  all: ['notify'] as const,
  /**
   * My own message choices, live; null before I first save (the defaults apply: `DEFAULT_NOTIFY_PREFS`).
   * Null, not the defaults, so a phone that never loaded the document waits for the server's answer.
   */
  prefs: (uid: string) =>
    liveQueryOptions<NotifyPrefs | null, readonly ['notify', 'prefs', string]>(
      ['notify', 'prefs', uid],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'notifyPrefs', uid),
          (snap) => emit(snap.exists() ? parseNotifyPrefs(snap.data()) : null, snap.metadata.fromCache),
          fail,
        );
      },
    ),
  /** The phones I receive notifications on (at most `pushDevicesMax`), live. */
  devices: (uid: string) =>
    liveQueryOptions<PushDevice[], readonly ['notify', 'devices', string]>(
      ['notify', 'devices', uid],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'pushSubscriptions', uid, 'devices').withConverter(pushDeviceConverter),
          b.limit(pushDevicesMax),
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
  /** The messages sent (or not) to me, newest first: the last page only (the rules cap it). */
  mine: (uid: string) =>
    liveQueryOptions<Delivery[], readonly ['notify', 'mine', string]>(
      ['notify', 'mine', uid],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'notifications').withConverter(deliveryConverter),
          b.where('recipientId', '==', uid),
          b.orderBy('createdAt', 'desc'),
          b.limit(notificationsPage),
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
  /** The head: messages that could not be sent, newest first (so someone can call the person instead). */
  failed: () =>
    liveQueryOptions<Delivery[], readonly ['notify', 'failed']>(['notify', 'failed'], async (emit, fail) => {
      const b = await getBackend();
      const q = b.query(
        b.collection(b.db, 'notifications').withConverter(deliveryConverter),
        b.where('status', '==', 'failed'),
        b.orderBy('createdAt', 'desc'),
        b.limit(notificationsPage),
      );
      return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
    }),
  /** The head: one month's counts (`smsMonthly/2026-12`; null before the first message of the month). */
  month: (month: string) =>
    liveQueryOptions<SmsMonth | null, readonly ['notify', 'month', string]>(
      ['notify', 'month', month],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'smsMonthly', month).withConverter(smsMonthConverter),
          (snap) => {
            const d = snap.exists() ? snap.data() : null;
            emit(d && { month, sent: d.sent, failed: d.failed, capped: d.capped }, snap.metadata.fromCache);
          },
          fail,
        );
      },
    ),
};
