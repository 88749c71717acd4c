import type { TicketStatus } from '@/lib/converters/tickets';

// A ticket is parsed in shared code (the dashboard reads tickets too); these are its types.
export type { Ticket, TicketAnswer, TicketRating, TicketStatus, Urgency } from '@/lib/converters/tickets';

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
  // 电话回访: staff record the household's answer from a phone call (fixed and rated, or not fixed)
  'phoneRated',
  'phoneReopened',
  // a duplicate merged into another ticket (on the duplicate), and taken in (on the ticket it joined)
  'merged',
  'mergedIn',
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
  /**
   * Whether a report of this kind is something neighbours may meet too (a leak, a broken lift, rubbish):
   * then it has a public "me too" mirror. A person's own matter (a dispute, a pension, housing) does not.
   */
  shared: boolean;
  /** What the report form asks for this kind of problem (≤ questionsMax): "哪个房间？", "现在还在漏吗？". */
  questions: Question[];
  /** The report asks no place (a pension, a dispute): the ticket shows none. */
  noLocation: boolean;
}

/** A choice of a question, in both languages. */
export interface Choice {
  zh: string;
  en: string;
}

/** A question the report form asks: typed in a few words, or one of its choices. */
export interface Question {
  zh: string;
  en: string;
  kind: 'text' | 'choice';
  /** 2–choicesMax for a choice question; none for a typed one. */
  choices: Choice[];
  required: boolean;
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
