/**
 * The documents each ticket operation writes, as plain data — one place that knows the shapes the rules
 * accept. `mutations.ts` commits them through the backend; the rules tests commit the very same payloads.
 * Server time is passed in as a sentinel (`serverTimestamp()`), dates as Firestore Timestamps.
 */
import { dayKey, monthKey } from '../../../lib/period'; // relative: scripts run this file under tsx without path aliases
import { bucketOf, goodRatingMin, hoursFor, isOpenStatus } from '../../../lib/policy';
import { ticketTokens } from '../../../lib/search';
import type { Category, Ticket, TicketAnswer, TicketStatus, TimelineType, Urgency } from '../types';

export { dayKey, monthKey };

export interface WriteSdk {
  serverTimestamp(): unknown;
  fromDate(d: Date): unknown;
  increment(n: number): unknown;
}

/** The key of a building × category in a day's signals: `b6~animals`. */
export function signalKey(buildingId: string, categoryId: string) {
  return `${buildingId}~${categoryId}`;
}

/** A merge-write into a month's summary: counters to add, tied to the ticket written in the same batch. */
export interface StatsWrite {
  period: string;
  data: Record<string, unknown>;
}

export interface Actor {
  uid: string;
  name: string;
  role: 'resident' | 'worker' | 'head';
}

export interface HouseholdRef {
  id: string;
  buildingId: string;
  buildingNumber: number;
  entrance: number;
  flat: string;
}

export interface BuildingRef {
  id: string;
  number: number;
  workerId: string | null;
  workerName: string | null;
}

export interface NewTicketInput {
  id: string;
  category: Pick<Category, 'id' | 'responseHours' | 'resolutionHours' | 'shared'>;
  description: string;
  /** `null` = in the reporter's own flat; otherwise a common area of `building`. */
  area: string | null;
  /** Where exactly (optional: reports queued before these existed have none): a common area's entrance… */
  entrance?: number | null;
  /** …another flat of the reporter's building ("502")… */
  otherFlat?: string | null;
  /** …or no place at all, for a category that asks none. */
  noPlace?: boolean;
  /** The answers to the category's questions, each with its question as asked. */
  answers?: TicketAnswer[];
  building: BuildingRef;
  household: HouseholdRef;
  urgency: Urgency;
  photoCount: number;
  /** Phone time when the report was written (deadlines count from it, even if it is sent later). */
  writtenAt: Date;
  /** For proxy reports: the resident's name as told to the worker. */
  proxyFor?: string;
  /** The voice message's length in seconds, when one is sent with the report (then no text is needed). */
  voiceSeconds?: number | null;
}

const HOUR = 3_600_000;

function entry(
  sdk: WriteSdk,
  actor: Actor,
  type: TimelineType,
  text = '',
  extra: { visibility?: 'public' | 'internal'; toName?: string | null; score?: number | null } = {},
) {
  return {
    type,
    visibility: extra.visibility ?? 'public',
    authorId: actor.uid,
    authorRole: actor.role,
    authorName: actor.name,
    text,
    toName: extra.toName ?? null,
    score: extra.score ?? null,
    createdAt: sdk.serverTimestamp(),
  };
}

/**
 * A ticket's public "me too" mirror: where and what, its status — no text, no names, no flat. Written with
 * a new report of a shared category (and by the seeds, for theirs).
 */
export function mirrorOf(
  t: {
    buildingId: string;
    buildingNumber: number;
    categoryId: string;
    location: { kind: string; area: string | null };
    status: string;
    open: boolean;
  },
  createdAt: unknown,
  updatedAt: unknown,
) {
  return {
    buildingId: t.buildingId,
    buildingNumber: t.buildingNumber,
    categoryId: t.categoryId,
    area: t.location.kind === 'common' ? t.location.area! : 'flat',
    status: t.status,
    open: t.open,
    createdAt,
    updatedAt,
    followerCount: 0,
  };
}

/** Where a household's reports of a community day are counted: `reportDays/2026-12-05/households/h-1-1-102`. */
export function reportDayPath(day: string, householdId: string) {
  return `reportDays/${day}/households/${householdId}`;
}

/** The documents a new report writes, in one batch. */
export type NewTicketWrites = ReturnType<typeof newTicketWrites>;

export function newTicketWrites(sdk: WriteSdk, actor: Actor, input: NewTicketInput) {
  const now = sdk.serverTimestamp();
  const t0 = input.writtenAt.getTime();
  const responseDueAt = sdk.fromDate(
    new Date(t0 + hoursFor(input.category.responseHours, input.urgency) * HOUR),
  );
  const proxy = input.proxyFor !== undefined;
  const ticket = {
    categoryId: input.category.id,
    description: input.description.trim(),
    location: input.noPlace
      ? { kind: 'none', area: null, entrance: null, flat: null }
      : input.area
        ? { kind: 'common', area: input.area, entrance: input.entrance ?? null, flat: null }
        : { kind: 'flat', area: null, entrance: null, flat: input.otherFlat?.trim() || null },
    buildingId: input.building.id,
    buildingNumber: input.building.number,
    home: {
      buildingNumber: input.household.buildingNumber,
      entrance: input.household.entrance,
      flat: input.household.flat,
    },
    householdId: input.household.id,
    urgency: input.urgency,
    status: 'submitted',
    open: true,
    reporterId: actor.uid,
    reporterName: proxy ? input.proxyFor!.trim() : actor.name,
    viaProxy: proxy,
    assigneeId: input.building.workerId,
    assigneeName: input.building.workerName,
    clientCreatedAt: sdk.fromDate(input.writtenAt),
    createdAt: now,
    updatedAt: now,
    responseDueAt,
    resolutionDueAt: sdk.fromDate(
      new Date(t0 + hoursFor(input.category.resolutionHours, input.urgency) * HOUR),
    ),
    dueAt: responseDueAt,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    photoCount: input.photoCount,
    rating: null,
    reopenCount: 0,
    rejectReason: null,
    closeReason: null,
    lastEventId: 'created',
    shared: input.category.shared,
    answers: (input.answers ?? []).map((a) => ({ ...a, answer: a.answer.trim() })),
    voiceSeconds: input.voiceSeconds ?? null,
  };
  // What staff find it by (its number, the reporter, the flat, the words): set once, as none of them change.
  const withSearch = { ...ticket, search: ticketTokens({ id: input.id, ...ticket }) };
  // The "me too" mirror, for a shared category only (a person's own matter has none).
  const publicTicket = input.category.shared ? mirrorOf(ticket, now, now) : null;
  const stats: StatsWrite = {
    period: monthKey(input.writtenAt),
    data: {
      createdAll: sdk.increment(1),
      createdByBuilding: { [input.building.id]: sdk.increment(1) },
      createdByCategory: { [input.category.id]: sdk.increment(1) },
      lastTicket: input.id,
      updatedAt: now,
    },
  };
  // Early warning: which households reported which category in which building that day (a set, so one
  // household reporting twice counts once). The dashboard reads a week of these, not the tickets.
  const signal = {
    day: dayKey(input.writtenAt),
    data: {
      reports: { [signalKey(input.building.id, input.category.id)]: { [input.household.id]: true } },
      lastTicket: input.id,
      updatedAt: now,
    },
  };
  // The household's own reports that day, counted (and capped by the rules): a staff member filing on a
  // household's behalf is not counted.
  const reportDay = proxy
    ? null
    : {
        path: reportDayPath(dayKey(input.writtenAt), input.household.id),
        data: { count: sdk.increment(1), lastTicket: input.id, updatedAt: now },
      };
  return {
    ticket: withSearch,
    publicTicket,
    created: entry(sdk, actor, 'created'),
    stats,
    signal,
    reportDay,
  };
}

export type { PhotoInput } from '@/lib/photo-limits';
import type { PhotoInput } from '@/lib/photo-limits';

export function photoWrite(sdk: WriteSdk, actor: Actor, photo: PhotoInput) {
  return {
    dataUrl: photo.dataUrl,
    width: photo.width,
    height: photo.height,
    authorId: actor.uid,
    createdAt: sdk.serverTimestamp(),
  };
}

/** A voice message recorded on the phone, as a data URL (`data:audio/webm;base64,…`), and its length. */
export interface VoiceInput {
  dataUrl: string;
  seconds: number;
}

/** A report's voice message (`tickets/{id}/voice/v1`), written in the batch that creates the ticket. */
export function voiceWrite(sdk: WriteSdk, actor: Actor, voice: VoiceInput) {
  return {
    dataUrl: voice.dataUrl,
    seconds: voice.seconds,
    authorId: actor.uid,
    createdAt: sdk.serverTimestamp(),
  };
}

/** Ticket fields the rules need to check a change (dates as Dates, from the converter). */
export type TicketState = Pick<
  Ticket,
  | 'id'
  | 'status'
  | 'responseDueAt'
  | 'resolutionDueAt'
  | 'acceptedAt'
  | 'reopenCount'
  | 'photoCount'
  | 'createdAt'
  | 'buildingId'
  | 'categoryId'
  | 'assigneeId'
  | 'shared'
>;

export type Change =
  | { kind: 'accept'; reply?: string }
  | { kind: 'start'; reply?: string }
  | { kind: 'resolve'; reply: string }
  | { kind: 'reject'; reason: string }
  | { kind: 'cancel'; reason?: string }
  | { kind: 'confirm'; score: number; comment: string }
  | { kind: 'reopen'; reason: string }
  | { kind: 'autoClose' }
  /**
   * A hand-over to active staff, or (`toId` null, the head only) back to the queue nobody has (待分派). The
   * note is internal (staff only) unless `showResident` says the household may read it.
   */
  | { kind: 'transfer'; toId: string | null; toName: string | null; note: string; showResident?: boolean }
  | { kind: 'addPhoto' }
  /**
   * 电话回访: staff record what the household said on the phone about a resolution — fixed, with the rating
   * they gave (closes it, counted as a rating by phone), or not fixed (reopens it, as the household would).
   */
  | { kind: 'callback'; score: number; comment: string }
  | { kind: 'callbackReopen'; reason: string }
  /**
   * A duplicate (重复报事) merged into another open ticket of the same building instead of being turned
   * down; the ticket it joins lists it in the same batch (`mergeTargetWrites`). The note is public.
   */
  | { kind: 'merge'; intoId: string; note?: string };

const TARGET: Partial<Record<Change['kind'], TicketStatus>> = {
  accept: 'accepted',
  start: 'in_progress',
  resolve: 'resolved',
  reject: 'rejected',
  cancel: 'cancelled',
  confirm: 'closed',
  reopen: 'reopened',
  autoClose: 'closed',
  callback: 'closed',
  callbackReopen: 'reopened',
  merge: 'merged',
};

const ENTRY: Record<Change['kind'], TimelineType> = {
  accept: 'accepted',
  start: 'started',
  resolve: 'resolved',
  reject: 'rejected',
  cancel: 'cancelled',
  confirm: 'rated',
  reopen: 'reopened',
  autoClose: 'closed',
  transfer: 'transferred',
  addPhoto: 'photo',
  callback: 'phoneRated',
  callbackReopen: 'phoneReopened',
  merge: 'merged',
};

/**
 * What a change writes: the ticket's new fields, its timeline entry, and (for a status change) the public
 * mirror's new fields. `eventId` is the new timeline entry's id.
 */
export function changeWrites(
  sdk: WriteSdk,
  actor: Actor,
  ticket: TicketState,
  change: Change,
  at = new Date(),
) {
  const now = sdk.serverTimestamp();
  const to = TARGET[change.kind];
  const fields: Record<string, unknown> = { updatedAt: now };
  if (to) {
    fields.status = to;
    fields.open = isOpenStatus(to);
    fields.dueAt =
      to === 'submitted'
        ? sdk.fromDate(ticket.responseDueAt)
        : isOpenStatus(to)
          ? sdk.fromDate(ticket.resolutionDueAt)
          : null;
  }
  let text = '';
  let extra: Parameters<typeof entry>[4] = {};
  switch (change.kind) {
    case 'accept':
      if (!ticket.acceptedAt) fields.acceptedAt = now; // a reopened ticket keeps its first acceptance
      text = change.reply?.trim() ?? '';
      break;
    case 'start':
      text = change.reply?.trim() ?? '';
      break;
    case 'resolve':
      fields.resolvedAt = now;
      text = change.reply.trim();
      break;
    case 'reject':
      fields.rejectReason = change.reason.trim();
      fields.closedAt = now;
      text = change.reason.trim();
      break;
    case 'cancel':
      fields.closedAt = now;
      text = change.reason?.trim() ?? '';
      break;
    case 'confirm':
    case 'callback': // (the resident's own rating, or the one they gave a worker on the phone)
      fields.rating = { score: change.score, comment: change.comment.trim() };
      fields.closedAt = now;
      fields.closeReason = change.kind === 'callback' ? 'callback' : 'confirmed';
      text = change.comment.trim();
      extra = { score: change.score };
      break;
    case 'reopen':
    case 'callbackReopen':
      fields.reopenCount = ticket.reopenCount + 1;
      text = change.reason.trim();
      break;
    case 'autoClose':
      fields.closedAt = now;
      fields.closeReason = 'auto';
      break;
    case 'transfer':
      fields.assigneeId = change.toId;
      fields.assigneeName = change.toName;
      text = change.note.trim();
      extra = { toName: change.toName, visibility: change.showResident ? 'public' : 'internal' };
      break;
    case 'addPhoto':
      fields.photoCount = ticket.photoCount + 1;
      break;
    case 'merge':
      fields.mergedInto = change.intoId;
      fields.closedAt = now;
      text = change.note?.trim() ?? '';
      break;
  }
  return {
    ticket: fields,
    entry: entry(sdk, actor, ENTRY[change.kind], text, extra),
    publicTicket:
      to && ticket.shared ? { status: to, open: isOpenStatus(to), updatedAt: fields.updatedAt } : null,
    stats: statsFor(sdk, ticket, change, at, now),
  };
}

/**
 * Whether a first acceptance at `at` answers in time (响应及时): by the ticket's response deadline, which the
 * report set from its category and urgency. The seeds count their tickets with the same test.
 */
export function acceptedInTime(at: Date, responseDueAt: Date) {
  return at.getTime() <= responseDueAt.getTime();
}

/** What a change adds to the month's summary (null for changes the dashboard does not count). */
function statsFor(
  sdk: WriteSdk,
  t: TicketState,
  change: Change,
  now: Date,
  serverNow: unknown,
): StatsWrite | null {
  const inc = (n: number) => sdk.increment(n);
  const worker = t.assigneeId ?? 'unassigned';
  const since = bucketOf((now.getTime() - t.createdAt.getTime()) / 1000);
  let data: Record<string, unknown> | null = null;
  if (change.kind === 'accept' && !t.acceptedAt) {
    data = {
      acceptedAll: inc(1),
      acceptHist: { [since]: inc(1) },
      acceptedByWorker: { [worker]: inc(1) },
      acceptedByBuilding: { [t.buildingId]: inc(1) },
    };
    // 响应率: accepted within the category's response deadline (a late acceptance adds nothing here)
    if (acceptedInTime(now, t.responseDueAt))
      Object.assign(data, {
        acceptedInTimeAll: inc(1),
        acceptedInTimeByWorker: { [worker]: inc(1) },
        acceptedInTimeByBuilding: { [t.buildingId]: inc(1) },
      });
  } else if (change.kind === 'resolve') {
    data = {
      resolvedAll: inc(1),
      resolveHist: { [since]: inc(1) },
      resolvedByBuilding: { [t.buildingId]: inc(1) },
      resolvedByWorker: { [worker]: inc(1) },
      resolvedByCategory: { [t.categoryId]: inc(1) },
    };
  } else if (change.kind === 'confirm' || change.kind === 'callback') {
    const good = change.score >= goodRatingMin ? 1 : 0;
    const by = (key: string) =>
      [{ [key]: inc(1) }, { [key]: inc(change.score) }, { [key]: inc(good) }] as const;
    const [rb, sb, gb] = by(t.buildingId);
    const [rw, sw, gw] = by(worker);
    const [rc, sc, gc] = by(t.categoryId);
    data = {
      ratedAll: inc(1),
      ratingSumAll: inc(change.score),
      ratingGoodAll: inc(good),
      ratedByBuilding: rb,
      ratingSumByBuilding: sb,
      ratingGoodByBuilding: gb,
      ratedByWorker: rw,
      ratingSumByWorker: sw,
      ratingGoodByWorker: gw,
      ratedByCategory: rc,
      ratingSumByCategory: sc,
      ratingGoodByCategory: gc,
    };
    // …and a rating staff took on the phone is counted apart too, so the head can tell them apart
    if (change.kind === 'callback')
      Object.assign(data, { phoneRatedAll: inc(1), phoneRatingGoodAll: inc(good) });
  } else if (change.kind === 'reopen' || change.kind === 'callbackReopen') {
    data = { reopenedAll: inc(1), reopenedByBuilding: { [t.buildingId]: inc(1) } };
  }
  return data ? { period: monthKey(now), data: { ...data, lastTicket: t.id, updatedAt: serverNow } } : null;
}

/**
 * What a merge writes on the ticket the duplicate joins, in the merge's batch: the duplicate's id added to its
 * `mergedFrom` list, and a public entry saying it took one in. `mergedFrom` is the list as read before.
 */
export function mergeTargetWrites(
  sdk: WriteSdk,
  actor: Actor,
  target: { mergedFrom: readonly string[] },
  duplicateId: string,
) {
  return {
    ticket: { mergedFrom: [...target.mergedFrom, duplicateId], updatedAt: sdk.serverTimestamp() },
    entry: entry(sdk, actor, 'mergedIn'),
  };
}

/**
 * What a staff reply stamps on the ticket, in the reply's batch: the household's home, which listens to its
 * tickets and not to their timelines, sees that a reply came (and when) without reading the timeline.
 */
export function replyStamp(sdk: WriteSdk, entryId: string) {
  return { lastReplyId: entryId, lastReplyAt: sdk.serverTimestamp() };
}

/** A remark that changes nothing: a resident's comment, a worker's public reply or internal note. */
export function remarkWrite(sdk: WriteSdk, actor: Actor, type: 'comment' | 'reply' | 'note', text: string) {
  return entry(sdk, actor, type, text.trim(), { visibility: type === 'note' ? 'internal' : 'public' });
}
