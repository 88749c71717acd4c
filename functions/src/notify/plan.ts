import { REOPENS_FLAGGED } from './config.js';
import type { Kind } from './prefs.js';
import type { Template } from './text.js';

/** What the functions read of a ticket (`tickets/{id}`). */
export interface TicketFacts {
  id: string;
  householdId: string;
  buildingId: string;
  assigneeId: string | null;
  urgency: 'normal' | 'urgent';
  viaProxy: boolean;
  /** When the household reported it (the ticket's `clientCreatedAt`). */
  reportedAt: Date;
  /** Times the household sent it back as not fixed. */
  reopenCount: number;
}

/** What the functions read of a new timeline entry (`tickets/{id}/timeline/{entryId}`). */
export interface EntryFacts {
  id: string;
  type: string;
  visibility: 'public' | 'internal';
  authorId: string;
  authorRole: 'resident' | 'worker' | 'head';
}

/** Who a message is for: the reporting household's people, one staff member, or the head(s). */
export type Audience = { to: 'household' } | { to: 'user'; uid: string } | { to: 'heads' };

export interface Planned {
  audience: Audience;
  kind: Kind;
  template: Template;
  /** An urgent safety report: sent in quiet hours too. */
  urgent: boolean;
  /** A non-urgent new report: joins the recipient's batch (batch.ts) instead of a message of its own. */
  batched: boolean;
  /**
   * What makes it once: by default the entry (`t-<ticket>-<entry>`); an escalation is once per ticket and
   * reason, whichever entry raised it.
   */
  source?: string;
}

const STAFF = new Set(['worker', 'head']);

/**
 * Who hears of a ticket's new timeline entry, and what: the household when staff accept, reply (publicly),
 * resolve or reject it, or merge it into another report of the same problem (a duplicate: its household
 * follows the other one from now on; the household of the ticket it joined hears nothing, nothing changed
 * for them); the worker who owns it when it is reported (or the head, when nobody does), handed to
 * them, or sent back as not fixed (a non-urgent new report joins a batch); the head when it is sent back
 * for the second time (督办). Internal notes, the household's own comments, photos and ratings, and
 * staff's steps in between (started, transferred away) tell nobody. Whoever wrote the entry is never told
 * of it (`recipients` leaves the author out).
 */
export function planTicketEntry(ticket: TicketFacts, entry: EntryFacts): Planned[] {
  const byStaff = STAFF.has(entry.authorRole);
  const household = (template: Template): Planned[] => [
    { audience: { to: 'household' }, kind: 'myTickets', template, urgent: false, batched: false },
  ];
  const owner = (template: Template): Planned[] => [
    {
      audience: ticket.assigneeId ? { to: 'user', uid: ticket.assigneeId } : { to: 'heads' },
      kind: 'buildingNew',
      template,
      urgent: ticket.urgency === 'urgent' && template === 'ticketNewUrgent',
      batched: template === 'ticketNew',
    },
  ];
  // 督办: sent back as not fixed again (the app's flag) — the head hears once per ticket.
  const unsatisfied: Planned[] =
    ticket.reopenCount >= REOPENS_FLAGGED
      ? [
          {
            audience: { to: 'heads' },
            kind: 'escalations',
            template: 'ticketUnsatisfied',
            urgent: false,
            batched: false,
            source: `esc-reopened-${ticket.id}`,
          },
        ]
      : [];
  switch (entry.type) {
    case 'created':
      return owner(ticket.urgency === 'urgent' ? 'ticketNewUrgent' : 'ticketNew');
    case 'accepted':
      return byStaff ? household('ticketAccepted') : [];
    case 'reply':
      return byStaff && entry.visibility === 'public' ? household('ticketReplied') : [];
    case 'resolved':
      return byStaff ? household('ticketResolved') : [];
    case 'rejected':
      return byStaff ? household('ticketRejected') : [];
    case 'merged':
      return byStaff ? household('ticketMerged') : [];
    case 'transferred':
      return ticket.assigneeId ? owner('ticketAssigned') : [];
    // A phone callback in which the household said it is not fixed: staff reopen it for them.
    case 'phoneReopened':
      return byStaff ? household('ticketReopenedByStaff') : [];
    case 'reopened':
      return entry.authorRole === 'resident' ? [...owner('ticketReopened'), ...unsatisfied] : [];
    default:
      return [];
  }
}

/** The delivery record's id: one per event, recipient and channel — what makes a retried trigger send once. */
export function deliveryId(source: string, recipientKey: string, channel: 'sms' | 'push') {
  return `${source}~${recipientKey}~${channel}`;
}
