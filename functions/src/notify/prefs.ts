import { communityMinute } from './clock.js';

/** What a message is about: the person chooses per kind. */
export const KINDS = ['myTickets', 'buildingNew', 'escalations', 'events'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * `notifyPrefs/{uid}`, written by the person (firestore.rules checks its shape), read here. Quiet hours are
 * minutes after midnight on the community's clock; `quietStart > quietEnd` spans midnight (21:00–08:00).
 */
export interface NotifyPrefs {
  sms: Record<Kind, boolean>;
  quiet: boolean;
  quietStart: number;
  quietEnd: number;
  stopAll: boolean;
}

/** Before a person chooses: every kind that concerns them by text message, no SMS 21:00–08:00. */
export const DEFAULT_PREFS: NotifyPrefs = {
  sms: { myTickets: true, buildingNew: true, escalations: true, events: true },
  quiet: true,
  quietStart: 21 * 60,
  quietEnd: 8 * 60,
  stopAll: false,
};

const isMinute = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1440;

/** A stored document (or none) as prefs: anything missing or malformed falls back to the default. */
export function parsePrefs(data: Record<string, unknown> | undefined): NotifyPrefs {
  if (!data) return DEFAULT_PREFS;
  const sms = (data.sms ?? {}) as Record<string, unknown>;
  return {
    sms: Object.fromEntries(
      KINDS.map((k) => [k, typeof sms[k] === 'boolean' ? sms[k] : DEFAULT_PREFS.sms[k]]),
    ) as Record<Kind, boolean>,
    quiet: typeof data.quiet === 'boolean' ? data.quiet : DEFAULT_PREFS.quiet,
    quietStart: isMinute(data.quietStart) ? data.quietStart : DEFAULT_PREFS.quietStart,
    quietEnd: isMinute(data.quietEnd) ? data.quietEnd : DEFAULT_PREFS.quietEnd,
    stopAll: data.stopAll === true,
  };
}

function inQuiet(minute: number, start: number, end: number) {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** When quiet hours that hold `at` end (the next `quietEnd` on the community's clock). */
export function quietEndsAt(at: Date, prefs: NotifyPrefs): Date {
  const minute = communityMinute(at);
  let wait = prefs.quietEnd - minute;
  if (wait <= 0) wait += 1440;
  const next = new Date(at.getTime() + wait * 60_000);
  next.setUTCSeconds(0, 0);
  return next;
}

export type Decision =
  | { send: 'now' }
  | { send: 'later'; at: Date }
  | { send: 'never'; reason: 'stopped' | 'kindOff' | 'noPhone' };

/**
 * Whether, and when, a text message of `kind` goes to a person: never when they stopped all or this kind,
 * or have no mobile number; after their quiet hours unless it is urgent (a safety report); else now.
 */
export function decide(
  prefs: NotifyPrefs,
  msg: { kind: Kind; urgent: boolean },
  phone: string | null,
  at: Date,
): Decision {
  if (!phone) return { send: 'never', reason: 'noPhone' };
  if (prefs.stopAll) return { send: 'never', reason: 'stopped' };
  if (!prefs.sms[msg.kind]) return { send: 'never', reason: 'kindOff' };
  if (!msg.urgent && prefs.quiet && inQuiet(communityMinute(at), prefs.quietStart, prefs.quietEnd)) {
    return { send: 'later', at: quietEndsAt(at, prefs) };
  }
  return { send: 'now' };
}
