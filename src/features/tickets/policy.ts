/**
 * What a person may do next with a ticket: the client's copy of the state machine firestore.rules enforces
 * (match /tickets: `changeAllowed` for changes, timeline `isRemark` for remarks). The screens show only
 * what is listed here; the rules decide, so a difference shows as a refused write, never as a granted one.
 * Pure: the time is passed in.
 */
import { callbackAfterDays, confirmDays, DAY_MS, isFinishedStatus, ticketPhotosMax } from '@/lib/policy';
import type { Actor } from './api/writes';
import type { Ticket } from './types';

/** The person looking at the ticket (a deactivated account comes as a resident with no household). */
export interface Viewer extends Actor {
  householdId: string | null;
}

/** Everything that can be done to a ticket, in the order the ticket screen offers it. */
export const TICKET_ACTIONS = [
  // the household answers a resolution: confirm and rate, or send it back ("not fixed")
  'confirm',
  'reopen',
  // staff record the household's answer from a phone call (电话回访): fixed and rated, or not fixed
  'callback',
  'callbackReopen',
  // the owner moves it on
  'accept',
  'reject',
  // …or merges a duplicate into another open ticket of the building instead of turning it down
  'merge',
  'start',
  'resolve',
  // staff write to the resident, or to each other
  'reply',
  'note',
  'transfer',
  // the household
  'cancel',
  'comment',
  'addPhoto',
  // not a button: recorded by whoever opens a resolution left unconfirmed (./api/auto-close.ts)
  'autoClose',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** The ticket fields the decision reads. */
export type TicketFacts = Pick<
  Ticket,
  'status' | 'open' | 'householdId' | 'assigneeId' | 'resolvedAt' | 'photoCount' | 'viaProxy'
>;

/**
 * Who the viewer is to this ticket, as the rules work it out: its household; its owner (the assignee, or
 * the head); its staff (the owner, or the grid worker of the building the problem is in).
 */
export function relation(ticket: TicketFacts, viewer: Viewer, ownsBuilding: boolean) {
  const household = viewer.householdId !== null && viewer.householdId === ticket.householdId;
  const owner = viewer.role === 'head' || (viewer.role === 'worker' && ticket.assigneeId === viewer.uid);
  const staff = owner || (viewer.role === 'worker' && ownsBuilding);
  return { household, owner, staff };
}

/** Until when the household may confirm or send back a resolved ticket (null when it is not resolved). */
export function confirmDeadline(ticket: Pick<Ticket, 'status' | 'resolvedAt'>): Date | null {
  return ticket.status === 'resolved' && ticket.resolvedAt
    ? new Date(ticket.resolvedAt.getTime() + confirmDays * DAY_MS)
    : null;
}

/** Whether the household's window to answer the resolution is still open at `now` (rules: `within7Days`). */
function confirmWindowOpen(ticket: Pick<Ticket, 'status' | 'resolvedAt'>, now: number) {
  const deadline = confirmDeadline(ticket);
  return deadline !== null && now < deadline.getTime();
}

/**
 * From when staff may record the household's answer from a phone call (电话回访; rules: `callbackDue`):
 * a proxy report's household has no app, so at once; any other after `callbackAfterDays` without an answer.
 * Until the household's window ends (null when not resolved).
 */
export function callbackFrom(ticket: Pick<Ticket, 'status' | 'resolvedAt' | 'viaProxy'>): Date | null {
  if (ticket.status !== 'resolved' || !ticket.resolvedAt) return null;
  return ticket.viaProxy
    ? ticket.resolvedAt
    : new Date(ticket.resolvedAt.getTime() + callbackAfterDays * DAY_MS);
}

/**
 * Whether a resolved ticket has been left unconfirmed past its window at `now`, so that it closes by
 * itself. There is no server to notice: the app records it when someone opens the ticket. Not while this
 * phone's own last change to it is still on its way.
 */
export function dueForAutoClose(ticket: Pick<Ticket, 'status' | 'resolvedAt' | 'pending'>, now: number) {
  const deadline = confirmDeadline(ticket);
  return !ticket.pending && deadline !== null && now >= deadline.getTime();
}

/** What `viewer` may do next with `ticket` at `now` (ms), in TICKET_ACTIONS' order. */
export function nextActions(
  ticket: TicketFacts,
  viewer: Viewer,
  ownsBuilding: boolean,
  now: number,
): TicketAction[] {
  const { household, owner, staff } = relation(ticket, viewer, ownsBuilding);
  const status = ticket.status;
  const finished = isFinishedStatus(status);
  const waiting = status === 'submitted' || status === 'reopened';
  const answering = confirmWindowOpen(ticket, now);
  const callbackStart = callbackFrom(ticket);
  const callingBack = staff && answering && callbackStart !== null && now >= callbackStart.getTime();
  // the duplicate's owner picks the ticket it joins from the building's open tickets, which the head and
  // the building's worker can list (the rules would also take an assignee who owns the other ticket)
  const merging = owner && waiting && (viewer.role === 'head' || ownsBuilding);
  const allowed: Record<TicketAction, boolean> = {
    confirm: household && answering,
    reopen: household && answering,
    callback: callingBack,
    callbackReopen: callingBack,
    accept: owner && waiting,
    reject: owner && waiting,
    merge: merging,
    start: owner && status === 'accepted',
    resolve: owner && status === 'in_progress',
    reply: staff && !finished,
    note: staff && !finished,
    transfer: owner && ticket.open,
    cancel: household && status === 'submitted',
    comment: household && !finished,
    addPhoto: (household || staff) && !finished && ticket.photoCount < ticketPhotosMax,
    autoClose: (household || staff) && confirmDeadline(ticket) !== null && !answering,
  };
  return TICKET_ACTIONS.filter((action) => allowed[action]);
}
