import { getBackend } from '@/lib/backend';
import type { NotifyPrefs } from '../types';
import { notifyPrefsWrite, pushDeviceWrite, type PushSubscriptionJson } from './writes';

/** Saves my message choices (the whole document: the rules want its exact shape). */
export async function saveNotifyPrefs(uid: string, prefs: NotifyPrefs) {
  const b = await getBackend();
  await b.setDoc(b.doc(b.db, 'notifyPrefs', uid), notifyPrefsWrite(b, prefs));
}

/**
 * Records this phone's push subscription in my list, in `slot` (taking it from the oldest phone first when
 * all are taken: the rules allow adding and removing, not changing, a phone).
 */
export async function addPushDevice(
  uid: string,
  slot: string,
  replaces: boolean,
  sub: PushSubscriptionJson,
  label: string,
) {
  const b = await getBackend();
  const ref = b.doc(b.db, 'pushSubscriptions', uid, 'devices', slot);
  if (replaces) await b.deleteDoc(ref);
  await b.setDoc(ref, pushDeviceWrite(b, sub, label));
}

/** Takes a phone off my list: it gets no more notifications. */
export async function removePushDevice(uid: string, id: string) {
  const b = await getBackend();
  await b.deleteDoc(b.doc(b.db, 'pushSubscriptions', uid, 'devices', id));
}
