import { makeConverter, num, str, strOrNull, toDate } from '@/lib/converter';
import {
  TICKET_STATUSES,
  TIMELINE_TYPES,
  type Category,
  type PublicTicket,
  type Ticket,
  type TicketPhoto,
  type TicketStatus,
  type TimelineEntry,
  type TimelineType,
} from '../types';

const epoch = new Date(0);

export const ticketConverter = makeConverter<Ticket>((id, d) => {
  const location = (d.location ?? {}) as Record<string, unknown>;
  const home = (d.home ?? {}) as Record<string, unknown>;
  const rating = d.rating as Record<string, unknown> | null | undefined;
  return {
    id,
    categoryId: str(d.categoryId),
    description: str(d.description),
    location: { kind: location.kind === 'common' ? 'common' : 'flat', area: strOrNull(location.area) },
    buildingId: str(d.buildingId),
    buildingNumber: num(d.buildingNumber),
    home: { buildingNumber: num(home.buildingNumber), entrance: num(home.entrance), flat: str(home.flat) },
    householdId: str(d.householdId),
    urgency: d.urgency === 'urgent' ? 'urgent' : 'normal',
    status: TICKET_STATUSES.includes(d.status as TicketStatus) ? (d.status as TicketStatus) : 'submitted',
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
    rating: rating ? { score: num(rating.score), comment: str(rating.comment) } : null,
    reopenCount: num(d.reopenCount),
    rejectReason: strOrNull(d.rejectReason),
    closeReason: d.closeReason === 'confirmed' || d.closeReason === 'auto' ? d.closeReason : null,
    lastEventId: str(d.lastEventId),
    pending: false,
  };
});

export const timelineConverter = makeConverter<TimelineEntry>((id, d) => ({
  id,
  type: TIMELINE_TYPES.includes(d.type as TimelineType) ? (d.type as TimelineType) : 'comment',
  visibility: d.visibility === 'internal' ? 'internal' : 'public',
  authorId: str(d.authorId),
  authorRole: d.authorRole === 'worker' || d.authorRole === 'head' ? d.authorRole : 'resident',
  authorName: str(d.authorName),
  text: str(d.text),
  toName: strOrNull(d.toName),
  score: typeof d.score === 'number' ? d.score : null,
  createdAt: toDate(d.createdAt) ?? epoch,
}));

export const photoConverter = makeConverter<TicketPhoto>((id, d) => ({
  id,
  dataUrl: str(d.dataUrl),
  width: num(d.width),
  height: num(d.height),
  createdAt: toDate(d.createdAt) ?? epoch,
}));

/** `config/categories` holds every category in one map; this turns it into a sorted list. */
export function parseCategories(items: unknown): Category[] {
  if (!items || typeof items !== 'object') return [];
  return Object.entries(items as Record<string, Record<string, unknown>>)
    .map(([id, c]) => ({
      id,
      parent: strOrNull(c.parent),
      zh: str(c.zh, id),
      en: str(c.en, id),
      order: num(c.order),
      responseHours: num(c.responseHours, 24),
      resolutionHours: num(c.resolutionHours, 72),
      canned: Array.isArray(c.canned) ? c.canned.filter((x): x is string => typeof x === 'string') : [],
      active: c.active !== false,
    }))
    .sort((a, b) => a.order - b.order);
}

export const publicTicketConverter = makeConverter<PublicTicket>((id, d) => ({
  id,
  buildingId: str(d.buildingId),
  buildingNumber: num(d.buildingNumber),
  categoryId: str(d.categoryId),
  area: str(d.area, 'flat'),
  status: TICKET_STATUSES.includes(d.status as TicketStatus) ? (d.status as TicketStatus) : 'submitted',
  open: d.open === true,
  createdAt: toDate(d.createdAt) ?? epoch,
  followerCount: num(d.followerCount),
}));
