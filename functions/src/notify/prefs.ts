import { communityMinute } from './clock.js';

/** What a message is about: the person chooses per kind. */
export const KINDS = ['myTickets', 'buildingNew', 'escalations', 'events'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * `notifyPrefs/{uid}`, written by the person (firestore.rules checks its shape), read here: per kind, a text
 * message (`sms`) and a notification to the phones they turned them on for (`push`). Quiet hours are
 * minutes after midnight on the community's clock; `quietStart > quietEnd` spans midnight (21:00–08:00).
 */
export interface NotifyPrefs {
  sms: Record<Kind, boolean>;
  push: Record<Kind, boolean>;
  quiet: boolean;
  quietStart: number;
  quietEnd: number;
  stopAll: boolean;
}

/** Before a person chooses: every kind that concerns them by text message, no SMS 21:00–08:00. */
export const DEFAULT_PREFS: NotifyPrefs = {
  sms: { myTickets: true, buildingNew: true, escalations: true, events: true },
  // (a notification goes only to a phone the person turned them on for: none until they do)
  push: { myTickets: true, buildingNew: true, escalations: true, events: true },
  quiet: true,
  quietStart: 21 * 60,
  quietEnd: 8 * 60,
  stopAll: false,
};

const isMinute = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1440;

const kinds = (stored: unknown, fallback: Record<Kind, boolean>) => {
  const m = (stored ?? {}) as Record<string, unknown>;
  return Object.fromEntries(KINDS.map((k) => [k, typeof m[k] === 'boolean' ? m[k] : fallback[k]])) as Record<
    Kind,
    boolean
  >;
};

/**
 * A stored document (or none) as prefs: anything missing or malformed falls back to the default (a document
 * saved before there was push has no `push`).
 */
export function parsePrefs(data: Record<string, unknown> | undefined): NotifyPrefs {
  if (!data) return DEFAULT_PREFS;
  return {
    sms: kinds(data.sms, DEFAULT_PREFS.sms),
    push: kinds(data.push, DEFAULT_PREFS.push),
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

export type PushDecision = { send: 'now'; silent: boolean } | { send: 'never' };

/**
 * Whether a notification of `kind` goes to a person's phones (those they turned it on for): never when they
 * stopped all or this kind's notifications; else at once — in their quiet hours silently (no sound, no
 * vibration: it waits in the phone's notification list), unless it is urgent. A push costs nothing and
 * wakes nobody when silent, so it is not held back as a text message is (docs/decisions.md).
 */
export function decidePush(prefs: NotifyPrefs, msg: { kind: Kind; urgent: boolean }, at: Date): PushDecision {
  if (prefs.stopAll || !prefs.push[msg.kind]) return { send: 'never' };
  const quiet = prefs.quiet && inQuiet(communityMinute(at), prefs.quietStart, prefs.quietEnd);
  return { send: 'now', silent: quiet && !msg.urgent };
}
