import { useSyncExternalStore } from 'react';
import { keep, kept } from './kept';
import { setUnread, unreadNow, type Unread } from './unread';

/**
 * What a resident has seen of their tickets, waiting-list places and notices, kept on this phone (under
 * kept.ts's prefix: forgotten on sign-out) — the home's "what changed since I last looked" compares the
 * data it already reads with this. Not in Firestore: no write per look, no read (docs/decisions.md). Screens
 * other than the home import this lazily (it is not part of their first load).
 */
export interface Seen {
  /** Per ticket of the household's page: the status seen, and the latest staff reply seen (ms, 0: none). */
  tickets: Record<string, { status: string; reply: number }>;
  /** Per event: my sign-up's status seen ('waitlisted' → 'confirmed' is a promotion). */
  signups: Record<string, string>;
  /** Notices published up to this time (ms) are seen; of newer ones, those in `notices`. */
  noticesUpTo: number;
  notices: string[];
}

const key = (uid: string) => ['seen', uid] as const;
const listeners = new Set<() => void>();

export function readSeen(uid: string): Seen | undefined {
  return kept<Seen>(key(uid));
}

export function writeSeen(uid: string, seen: Seen) {
  keep(key(uid), seen);
  listeners.forEach((l) => l());
}

/** The seen record, live (re-renders when something is marked seen). */
export function useSeen(uid: string): Seen | undefined {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => readSeen(uid),
  );
}

/** The ticket as now shown is seen (its screen calls this; nothing for someone with no inbox yet). */
export function markTicketSeen(uid: string, t: { id: string; status: string; lastReplyAt: Date | null }) {
  const seen = readSeen(uid);
  const now = { status: t.status, reply: t.lastReplyAt?.getTime() ?? 0 };
  const was = seen?.tickets[t.id];
  if (!seen || (was && was.status === now.status && was.reply === now.reply)) return;
  writeSeen(uid, { ...seen, tickets: { ...seen.tickets, [t.id]: now } });
  markRead(`t:${t.id}`);
}

/** An inbox item (`n:` a notice, `e:` an event's promotion) is opened: seen, if it was unread. */
export function markSeen(uid: string, itemKey: string) {
  const seen = readSeen(uid);
  if (!seen || !unreadNow().some((x) => x.key === itemKey)) return;
  const id = itemKey.slice(2);
  writeSeen(
    uid,
    itemKey.startsWith('n:')
      ? { ...seen, notices: [...seen.notices, id] }
      : { ...seen, signups: { ...seen.signups, [id]: 'confirmed' } },
  );
  markRead(itemKey);
}

/** What the home's "what's new" lists now: the bottom bar's marks and the app icon's badge follow. */
export function showUnread(next: Unread) {
  const was = unreadNow();
  if (next.length === was.length && next.every((x, i) => x.key === was[i]!.key)) return;
  setUnread(next);
  const nav = navigator as Navigator & {
    setAppBadge?: (n: number) => Promise<void>;
    clearAppBadge?: () => Promise<void>;
  };
  // Where the browser has the Badging API (an installed app); refused or missing: no badge.
  (next.length ? nav.setAppBadge?.(next.length) : nav.clearAppBadge?.())?.catch(() => {});
}

/** An item is opened: off the marks and the badge at once. */
export function markRead(itemKey: string) {
  showUnread(unreadNow().filter((x) => x.key !== itemKey));
}
