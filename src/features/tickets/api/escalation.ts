/**
 * 督办 — the work that needs a push, as 接诉即办 centres flag it: a report not accepted in time, work past
 * its deadline, work nobody has moved for days, a ticket reopened again and again (the resident unsatisfied
 * more than once). The head's home lists the whole community's, a worker's home their own. Three small
 * queries (limit 20 each), merged: the reads do not grow with the number of tickets.
 */
import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { ticketConverter, type Ticket } from '@/lib/converters/tickets';
import { DAY_MS, REOPENS_FLAGGED, STALL_DAYS } from '@/lib/policy';

/** No change for STALL_DAYS flags an open ticket as stalled; reopened REOPENS_FLAGGED times, too (policy.ts:
 * the text messages to the head use the same numbers). */
export { REOPENS_FLAGGED, STALL_DAYS };
export const ESCALATION_PAGE = 20;

export type Flag = 'notAccepted' | 'overdue' | 'stalled' | 'reopened';
export interface Escalated {
  ticket: Ticket;
  flags: Flag[];
}

/** Why an open ticket needs a push at `now` (none: it does not). */
export function flagsOf(t: Ticket, now: number): Flag[] {
  if (!t.open) return [];
  const flags: Flag[] = [];
  const late = t.dueAt !== null && t.dueAt.getTime() < now;
  if (late) flags.push(t.status === 'submitted' ? 'notAccepted' : 'overdue');
  if (now - t.updatedAt.getTime() >= STALL_DAYS * DAY_MS) flags.push('stalled');
  if (t.reopenCount >= REOPENS_FLAGGED) flags.push('reopened');
  return flags;
}

const WEIGHT: Record<Flag, number> = { notAccepted: 8, reopened: 4, overdue: 2, stalled: 1 };

/** Most pressing first: the weightiest flags, then the longest past its deadline. */
export function byUrgency(a: Escalated, b: Escalated) {
  const w = (e: Escalated) => e.flags.reduce((n, f) => n + WEIGHT[f], 0);
  return w(b) - w(a) || (a.ticket.dueAt?.getTime() ?? Infinity) - (b.ticket.dueAt?.getTime() ?? Infinity);
}

export type EscalationScope = { head: true } | { assignee: string };

export const escalationQueries = {
  /** `now` is rounded to the minute by the caller, so coming back to the home within it reads nothing. */
  list: (scope: EscalationScope, now: number) =>
    queryOptions({
      queryKey: ['tickets', 'escalated', scope, now] as const,
      queryFn: async (): Promise<Escalated[]> => {
        const b = await getBackend();
        const col = b.collection(b.db, 'tickets').withConverter(ticketConverter);
        const mine = 'assignee' in scope ? [b.where('assigneeId', '==', scope.assignee)] : [];
        const open = b.where('open', '==', true);
        const snaps = await Promise.all([
          b.getDocs(
            b.query(
              col,
              ...mine,
              open,
              b.where('dueAt', '<', b.Timestamp.fromMillis(now)),
              b.orderBy('dueAt'),
              b.limit(ESCALATION_PAGE),
            ),
          ),
          b.getDocs(
            b.query(
              col,
              ...mine,
              open,
              b.where('updatedAt', '<', b.Timestamp.fromMillis(now - STALL_DAYS * DAY_MS)),
              b.orderBy('updatedAt'),
              b.limit(ESCALATION_PAGE),
            ),
          ),
          b.getDocs(
            b.query(
              col,
              ...mine,
              open,
              b.where('reopenCount', '>=', REOPENS_FLAGGED),
              b.orderBy('reopenCount', 'desc'),
              b.limit(ESCALATION_PAGE),
            ),
          ),
        ]);
        const byId = new Map<string, Ticket>();
        for (const s of snaps) for (const d of s.docs) byId.set(d.id, d.data());
        return [...byId.values()]
          .map((ticket) => ({ ticket, flags: flagsOf(ticket, now) }))
          .filter((e) => e.flags.length > 0)
          .sort(byUrgency);
      },
      staleTime: 60_000,
    }),
};
