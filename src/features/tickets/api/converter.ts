/** The tickets feature's own documents: a ticket's timeline and photos, its public view, the categories. */
import { makeConverter, num, str, strOrNull, toDate } from '@/lib/converter';
import { parseStatus } from '@/lib/converters/tickets';
import {
  TIMELINE_TYPES,
  type Category,
  type Question,
  type PublicTicket,
  type TicketPhoto,
  type TimelineEntry,
  type TimelineType,
} from '../types';

const epoch = new Date(0);

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
      shared: c.shared !== false,
      questions: Array.isArray(c.questions) ? (c.questions as Question[]) : [],
      noLocation: c.noLocation === true,
    }))
    .sort((a, b) => a.order - b.order);
}

export const publicTicketConverter = makeConverter<PublicTicket>((id, d) => ({
  id,
  buildingId: str(d.buildingId),
  buildingNumber: num(d.buildingNumber),
  categoryId: str(d.categoryId),
  area: str(d.area, 'flat'),
  status: parseStatus(d.status),
  open: d.open === true,
  createdAt: toDate(d.createdAt) ?? epoch,
  followerCount: num(d.followerCount),
}));
