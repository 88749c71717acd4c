/**
 * What saving one's message choices writes, as plain data: the app commits it (./mutations.ts) and the rules
 * tests commit the very same payload.
 */
import type { NotifyPrefs } from '../types';

export function notifyPrefsWrite(sdk: { serverTimestamp(): unknown }, prefs: NotifyPrefs) {
  return {
    sms: { ...prefs.sms },
    quiet: prefs.quiet,
    quietStart: prefs.quietStart,
    quietEnd: prefs.quietEnd,
    stopAll: prefs.stopAll,
    updatedAt: sdk.serverTimestamp(),
  };
}
