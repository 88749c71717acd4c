/**
 * `tickets/{id}`: the one parser of a ticket, used by every reader — the tickets feature (lists, detail, the
 * work queue, hand-overs), the dashboard (the tickets behind a warning, the export) and the load script. A
 * reader that needs part of it picks from `Ticket`. The timeline, photos and the public "me too" view are
 * the tickets feature's alone (src/features/tickets/api/converter.ts).
 *
 * Relative imports: the benchmark and the load script run this file under tsx.
 */
import { makeConverter, num, str, strOrNull, toDate } from '../converter';
import { TICKET_STATUSES, type TicketStatusName } from '../policy';

export type TicketStatus = TicketStatusName;
export { TICKET_STATUSES };
export type Urgency = 'normal' | 'urgent';

/** An answer, with its question as it was asked; `answerEn`: a choice's English (null when typed). */
export interface TicketAnswer {
  zh: string;
  en: string;
  answer: string;
  answerEn: string | null;
}

export interface TicketRating {
  score: number;
  comment: string;
}

export interface Ticket {
  id: string;
  categoryId: string;
  description: string;
  /**
   * Where: the reporter's flat (or another flat of the building, `flat`: "502"), a common area (with its
   * entrance when given), or none (a category that asks no place).
   */
  location: {
    kind: 'flat' | 'common' | 'none';
    area: string | null;
    entrance: number | null;
    flat: string | null;
  };
  /** The answers to the category's questions, each with its question as asked (zh, en). */
  answers: TicketAnswer[];
  /** Where the problem is. */
  buildingId: string;
  buildingNumber: number;
  /** The reporting household's address (for contact). */
  home: { buildingNumber: number; entrance: number; flat: string };
  householdId: string;
  urgency: Urgency;
  status: TicketStatus;
  open: boolean;
  reporterId: string;
  reporterName: string;
  viaProxy: boolean;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  updatedAt: Date;
  responseDueAt: Date;
  resolutionDueAt: Date;
  dueAt: Date | null;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  photoCount: number;
  /** The length of the voice message sent with the report (`voice/v1`), or null: none. */
  voiceSeconds: number | null;
  rating: TicketRating | null;
  reopenCount: number;
  rejectReason: string | null;
  /** `callback`: closed by staff recording the household's answer from a phone call (电话回访). */
  closeReason: 'confirmed' | 'auto' | 'callback' | null;
  /** A duplicate merged into another ticket: that ticket's id (status `merged`). */
  mergedInto?: string | null;
  /** The duplicates merged into this ticket, oldest first. */
  mergedFrom?: string[];
  /** The timeline entry written with the latest change. */
  lastEventId: string;
  /** When staff last replied in public (stamped with the reply): the home's "网格员回复了". */
  lastReplyAt: Date | null;
  /** Of a shared category when reported (frozen): it has a public "me too" mirror. */
  shared: boolean;
  /** Written on this phone and not yet acknowledged by the server. */
  pending: boolean;
}

const epoch = new Date(0);

/** A ticket's status as stored, or `submitted` for anything else (also for the public view of a ticket). */
export function parseStatus(v: unknown): TicketStatus {
  return (TICKET_STATUSES as readonly unknown[]).includes(v) ? (v as TicketStatus) : 'submitted';
}

export const ticketConverter = makeConverter<Ticket>((id, d) => {
  const location = (d.location ?? {}) as Record<string, unknown>;
  const home = (d.home ?? {}) as Record<string, unknown>;
  const rating = d.rating as Record<string, unknown> | null | undefined;
  return {
    id,
    categoryId: str(d.categoryId),
    description: str(d.description),
    location: {
      kind: location.kind === 'common' || location.kind === 'none' ? location.kind : 'flat',
      area: strOrNull(location.area),
      entrance: typeof location.entrance === 'number' ? location.entrance : null,
      flat: strOrNull(location.flat),
    },
    answers: Array.isArray(d.answers)
      ? (d.answers as Record<string, unknown>[]).map((a) => ({
          zh: str(a.zh),
          en: str(a.en),
          answer: str(a.answer),
          answerEn: strOrNull(a.answerEn),
        }))
      : [],
    buildingId: str(d.buildingId),
    buildingNumber: num(d.buildingNumber),
    home: { buildingNumber: num(home.buildingNumber), entrance: num(home.entrance), flat: str(home.flat) },
    householdId: str(d.householdId),
    urgency: d.urgency === 'urgent' ? 'urgent' : 'normal',
    status: parseStatus(d.status),
    open: d.open === true,
    reporterId: str(d.reporterId),
    reporterName: str(d.reporterName),
    viaProxy: d.viaProxy === true,
    assigneeId: strOrNull(d.assigneeId),
    assigneeName: strOrNull(d.assigneeName),
    createdAt: toDate(d.createdAt) ?? epoch,
    updatedAt: toDate(d.updatedAt) ?? epoch,
    responseDueAt: toDate(d.responseDueAt) ?? epoch,
    resolutionDueAt: toDate(d.resolutionDueAt) ?? epoch,
    dueAt: toDate(d.dueAt),
    acceptedAt: toDate(d.acceptedAt),
    resolvedAt: toDate(d.resolvedAt),
    closedAt: toDate(d.closedAt),
    photoCount: num(d.photoCount),
    voiceSeconds: typeof d.voiceSeconds === 'number' ? d.voiceSeconds : null,
    rating: rating ? { score: num(rating.score), comment: str(rating.comment) } : null,
    reopenCount: num(d.reopenCount),
    rejectReason: strOrNull(d.rejectReason),
    closeReason:
      d.closeReason === 'confirmed' || d.closeReason === 'auto' || d.closeReason === 'callback'
        ? d.closeReason
        : null,
    mergedInto: strOrNull(d.mergedInto),
    mergedFrom: Array.isArray(d.mergedFrom)
      ? d.mergedFrom.filter((x): x is string => typeof x === 'string')
      : [],
    lastEventId: str(d.lastEventId),
    lastReplyAt: toDate(d.lastReplyAt),
    shared: d.shared !== false,
    pending: false,
  };
});
