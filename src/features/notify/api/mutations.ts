import { commitPlan, planSdk } from '@/lib/commit-plan';
import type { NotifyPrefs } from '../types';
import { notifyPrefsWrite, pushDeviceWrite, type PushSubscriptionJson } from './writes';

/** Saves my message choices (the whole document: the rules want its exact shape). */
export async function saveNotifyPrefs(uid: string, prefs: NotifyPrefs) {
  await commitPlan([{ op: 'set', path: `notifyPrefs/${uid}`, data: notifyPrefsWrite(planSdk, prefs) }]);
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
  const path = `pushSubscriptions/${uid}/devices/${slot}`;
  if (replaces) await commitPlan([{ op: 'delete', path }]);
  await commitPlan([{ op: 'set', path, data: pushDeviceWrite(planSdk, sub, label) }]);
}

/** Takes a phone off my list: it gets no more notifications. */
export async function removePushDevice(uid: string, id: string) {
  await commitPlan([{ op: 'delete', path: `pushSubscriptions/${uid}/devices/${id}` }]);
}
