export const TICKET_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'resolved',
  'reopened',
  'closed',
  'cancelled',
  'rejected',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export type Urgency = 'normal' | 'urgent';

export interface TicketRating {
  score: number;
  comment: string;
}

export interface Ticket {
  id: string;
  categoryId: string;
  description: string;
  location: { kind: 'flat' | 'common'; area: string | null };
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
  rating: TicketRating | null;
  reopenCount: number;
  rejectReason: string | null;
  closeReason: 'confirmed' | 'auto' | null;
  /** The timeline entry written with the latest change. */
  lastEventId: string;
  /** Written on this phone and not yet acknowledged by the server. */
  pending: boolean;
}

export const TIMELINE_TYPES = [
  'created',
  'accepted',
  'started',
  'resolved',
  'closed',
  'reopened',
  'cancelled',
  'rejected',
  'transferred',
  'reply',
  'note',
  'comment',
  'photo',
  'rated',
] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface TimelineEntry {
  id: string;
  type: TimelineType;
  visibility: 'public' | 'internal';
  authorId: string;
  authorRole: 'resident' | 'worker' | 'head';
  authorName: string;
  text: string;
  toName: string | null;
  score: number | null;
  createdAt: Date;
}

export interface TicketPhoto {
  id: string;
  dataUrl: string;
  width: number;
  height: number;
  createdAt: Date;
}

export interface Category {
  id: string;
  parent: string | null;
  zh: string;
  en: string;
  order: number;
  responseHours: number;
  resolutionHours: number;
  canned: string[];
  active: boolean;
}

/** The "me too" view of a ticket: no text, no names, no flat. */
export interface PublicTicket {
  id: string;
  buildingId: string;
  buildingNumber: number;
  categoryId: string;
  area: string;
  status: TicketStatus;
  open: boolean;
  createdAt: Date;
  followerCount: number;
}
