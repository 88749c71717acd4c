import type { Seen } from '@/lib/seen';
import type { Tab } from '@/lib/unread';

/** What the inbox needs of a ticket, a sign-up and a notice (from the data the home already reads). */
export interface TicketLike {
  id: string;
  status: string;
  closeReason: 'confirmed' | 'auto' | 'callback' | null;
  lastReplyAt: Date | null;
  updatedAt: Date;
  pending: boolean;
}
export interface SignupLike {
  eventId: string;
  status: string;
  eventTitle: string;
  eventStartAt: Date | null;
}
export interface NoticeLike {
  id: string;
  title: string;
  publishedAt: Date | null;
  /** For the person's building or everyone (another building's counts as seen). */
  forMe: boolean;
}

/** How a ticket changed, in the words the inbox uses (`inbox.change.*`). */
export type TicketChange =
  'reply' | 'accepted' | 'in_progress' | 'resolved' | 'rejected' | 'closed' | 'other';

export type InboxItem =
  | { kind: 'ticket'; key: string; tab: Tab; id: string; change: TicketChange; at: number }
  | { kind: 'promoted'; key: string; tab: Tab; eventId: string; title: string; at: number }
  | { kind: 'notice'; key: string; tab: Tab; id: string; title: string; at: number };

/** A first look: everything there is counts as seen (the inbox does not fill up with the past). */
export function firstSeen(now: number): Seen {
  return { tickets: {}, signups: {}, noticesUpTo: now, notices: [] };
}

/**
 * Changes the household made itself (withdrawn, sent back, confirmed with a rating) are not news to it: the
 * ticket doc does not say which member made them, and telling a person about their own tap is worse than not
 * telling their spouse.
 */
function byHousehold(t: TicketLike) {
  return (
    t.status === 'cancelled' ||
    t.status === 'reopened' ||
    (t.status === 'closed' && t.closeReason === 'confirmed')
  );
}

function changeOf(status: string): TicketChange {
  return status === 'accepted' || status === 'in_progress' || status === 'resolved' || status === 'rejected'
    ? status
    : status === 'closed'
      ? 'closed'
      : 'other';
}

/**
 * What changed since the person last looked, and the seen record to keep: things never seen before (a new
 * ticket, a new sign-up) are taken as they are now; things already seen stay as they were seen until opened.
 * Staff replies and status changes of the household's tickets, waiting-list places that became confirmed, and
 * notices newer than the last look (those given are for this person's building or everyone). Newest first.
 */
export function whatsNew(
  seen: Seen,
  data: {
    tickets: readonly TicketLike[];
    /** null: not known now (still loading, or no connection): what was seen stays as it was. */
    signups: readonly SignupLike[] | null;
    notices: readonly NoticeLike[] | null;
  },
): { items: InboxItem[]; next: Seen } {
  const items: InboxItem[] = [];
  const tickets: Seen['tickets'] = {};
  for (const t of data.tickets) {
    const now = { status: t.status, reply: t.lastReplyAt?.getTime() ?? 0 };
    const was = seen.tickets[t.id];
    // Not seen before, or being written on this phone (the person's own change): taken as it is.
    if (!was || t.pending) {
      tickets[t.id] = now;
      continue;
    }
    const moved = was.status !== now.status && !byHousehold(t);
    const replied = now.reply > was.reply;
    if (moved || replied) {
      items.push({
        kind: 'ticket',
        key: `t:${t.id}`,
        tab: 'home',
        id: t.id,
        change: moved ? changeOf(t.status) : 'reply',
        at: Math.max(now.reply, t.updatedAt.getTime()),
      });
      tickets[t.id] = was;
    } else {
      // The household's own status change is taken as seen (a reply not yet seen stays unseen).
      tickets[t.id] = { status: now.status, reply: was.reply };
    }
  }
  const signups: Seen['signups'] = data.signups ? {} : seen.signups;
  for (const s of data.signups ?? []) {
    const was = seen.signups[s.eventId];
    if (was === 'waitlisted' && s.status === 'confirmed') {
      items.push({
        kind: 'promoted',
        key: `e:${s.eventId}`,
        tab: 'events',
        eventId: s.eventId,
        title: s.eventTitle,
        at: s.eventStartAt?.getTime() ?? 0,
      });
      signups[s.eventId] = was;
    } else signups[s.eventId] = s.status;
  }
  let { noticesUpTo, notices } = seen;
  const newer = (data.notices ?? []).filter((n) => (n.publishedAt?.getTime() ?? 0) > noticesUpTo);
  const read = (n: NoticeLike) => !n.forMe || notices.includes(n.id);
  for (const n of newer)
    if (!read(n))
      items.push({
        kind: 'notice',
        key: `n:${n.id}`,
        tab: 'notices',
        id: n.id,
        title: n.title,
        at: n.publishedAt!.getTime(),
      });
  // Every newer notice read: move the line up to the newest of them and forget their ids.
  if (newer.length && newer.every(read)) {
    noticesUpTo = Math.max(...newer.map((n) => n.publishedAt!.getTime()));
    notices = [];
  } else if (newer.length) notices = notices.filter((id) => newer.some((n) => n.id === id));
  items.sort((a, b) => b.at - a.at);
  return { items, next: { tickets, signups, noticesUpTo, notices } };
}

/** Whether two seen records say the same (to write only when something changed). */
export function sameSeen(a: Seen, b: Seen) {
  return JSON.stringify(a) === JSON.stringify(b);
}
