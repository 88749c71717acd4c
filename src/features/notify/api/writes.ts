/**
 * What saving one's message choices writes, as plain data: the app commits it (./mutations.ts) and the rules
 * tests commit the very same payload.
 */
import type { NotifyPrefs } from '../types';

export function notifyPrefsWrite(sdk: { serverTimestamp(): unknown }, prefs: NotifyPrefs) {
  return {
    sms: { ...prefs.sms },
    push: { ...prefs.push },
    quiet: prefs.quiet,
    quietStart: prefs.quietStart,
    quietEnd: prefs.quietEnd,
    stopAll: prefs.stopAll,
    updatedAt: sdk.serverTimestamp(),
  };
}

/** A phone's push subscription as its browser gave it (`PushSubscription.toJSON()`), with its name. */
export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** What turning on notifications on this phone writes to `pushSubscriptions/{uid}/devices/{slot}`. */
export function pushDeviceWrite(
  sdk: { serverTimestamp(): unknown },
  sub: PushSubscriptionJson,
  label: string,
) {
  return {
    endpoint: sub.endpoint,
    p256dh: sub.keys.p256dh,
    auth: sub.keys.auth,
    label,
    createdAt: sdk.serverTimestamp(),
  };
}
