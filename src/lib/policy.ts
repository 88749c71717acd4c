/**
 * Every limit, window, cap and fixed set that firestore.rules enforces, in one place. The forms read their
 * maxLength, counters and checks from here, the payload builders and the dashboard their sets and buckets,
 * the seeds their shapes. firestore.rules states each of them once, as a zero-argument function of the same
 * name (`function descriptionMax() { return 1000; }`); tests/policy.test.ts reads the rules and fails when a
 * value there differs from this file, or when either side has one the other lacks.
 *
 * Plain data only (no imports): shared by the app, the scripts (under tsx) and the rules tests.
 */
export const RULES = {
  // ---- text, in characters (the forms count UTF-16 units, never fewer than the rules' `size()` counts)
  /** A person's name, a building worker's or a mediator's: 1–40. */
  nameMax: 40,
  /** A report's description. */
  descriptionMax: 1000,
  /** Any timeline text: a comment, reply, internal note, hand-over note, reopen reason, resolution. */
  timelineTextMax: 1000,
  /** Why a ticket was rejected. */
  rejectReasonMax: 500,
  /** The comment that goes with a rating. */
  ratingCommentMax: 500,
  /** A home visit: who was met, what was found. */
  visitMetWithMax: 100,
  visitFindingsMax: 2000,
  /** Staff notes in a household's private record. */
  householdNotesMax: 2000,
  /** Mediation: a case's title and summary, what a session agreed. */
  caseTitleMax: 80,
  caseSummaryMax: 2000,
  sessionTextMax: 2000,
  /** Events. */
  eventTitleMax: 80,
  eventDescriptionMax: 4000,
  eventPlaceMax: 100,
  /** Notices. */
  noticeTitleMax: 80,
  noticeBodyMax: 5000,
  /** The office's contact card. */
  officePhoneMin: 3,
  officePhoneMax: 30,
  officeHoursMax: 80,

  // ---- photos (shrunk on the phone, stored as data URLs in documents)
  /** Photos with a new report. */
  reportPhotosMax: 3,
  /** Photos on a ticket in all (added later by the household or its staff). */
  ticketPhotosMax: 6,
  /** Characters of one photo's data URL (~290 KB of JPEG). */
  photoCharsMax: 400_000,
  photoSideMax: 4096,
  /** An event's cover picture. */
  coverCharsMax: 300_000,

  // ---- sizes of lists and maps
  commonAreasMax: 10,
  membersMax: 12,
  careTagsMax: 8,
  /** Contact phones of a household (户主, 子女…). */
  phonesMax: 6,
  idNumbersMax: 12,
  buildingNumberMax: 999,
  entrancesMax: 12,
  floorsMax: 40,
  householdsPerBuildingMax: 2000,
  directoryMax: 2000,
  categoriesMax: 80,
  eventRolesMax: 8,
  /** Places in one volunteer role. */
  roleCapacityMax: 500,
  /** A category's response and resolution deadlines, in hours. */
  deadlineHoursMax: 2000,
  /** Canned replies per category. */
  cannedMax: 8,
  /** A household member's relation to the head of household (户主, 配偶, 子女…). */
  relationMax: 10,
  eventCapacityMax: 5000,
  volunteerHoursMax: 24,
  noticeAudienceMax: 50,
  partiesMax: 10,
  ratingMax: 5,
  /** A rating of this many stars or more counts as satisfied. */
  goodRatingMin: 4,

  // ---- time windows
  /** An urgent ticket gets this fraction of its category's hours (1/2, rounded up). */
  urgentTimeDivisor: 2,
  /** A report queued offline is accepted up to this many hours after it was written on the phone… */
  reportAgeMaxHours: 72,
  /** …and a phone clock this far ahead of the server's. */
  clockAheadMaxMinutes: 10,
  /** The household confirms and rates, or sends it back, within this many days of the resolution. */
  confirmDays: 7,
  /** A visit may be logged up to 30 days later, and dated at most an hour ahead (a phone clock). */
  visitPastDaysMax: 30,
  visitAheadMaxHours: 1,
  /** The stats histograms allow for a phone clock this far off when bucketing "time since the report". */
  histSkewSeconds: 300,
  /** Check-in opens this many hours before an event starts. */
  checkInHoursBefore: 2,
  /** The community's calendar: China Standard Time, UTC+8 all year. */
  communityUtcOffsetHours: 8,

  // ---- page sizes the rules cap list queries at (a list asks for at most this many)
  careListPage: 50,
  visitsPage: 500,
  publicTicketsPage: 20,
  followedPage: 20,
  casesPage: 50,
  signalsPage: 31,
  eventsPage: 50,
  signupsPage: 200,
  noticesPage: 50,

  // ---- fixed sets
  /** A ticket waits for staff in these. */
  openStatuses: ['submitted', 'accepted', 'in_progress', 'reopened'],
  /** Nothing more happens to a ticket in these. */
  finishedStatuses: ['closed', 'cancelled', 'rejected'],
  /** Upper bounds (seconds since the report) of the stats histogram buckets; the last bucket is open. */
  histBounds: [3600, 14400, 43200, 86400, 172800, 345600],
  histBuckets: ['h0', 'h1', 'h4', 'h12', 'h24', 'h48', 'h96'],
  interestGroups: ['lixiu', 'tuixiu', 'neitui', 'xiejie', 'tuoguan', 'zaizhi', 'jumin'],
  careTags: ['elderlyAlone', 'difficulty', 'emptyNest', 'disabled', 'veteran'],
  /** Care tags that ask for a visit every month… */
  careTagsMonthly: ['elderlyAlone', 'difficulty', 'veteran'],
  careMonthlyDays: 30,
  /** …and every two months (a household takes the shortest interval of its tags). */
  careTagsBimonthly: ['emptyNest', 'disabled'],
  careBimonthlyDays: 60,
  /** The common areas of a building a report may name. */
  commonAreaKinds: ['stairwell', 'lift', 'roof', 'basement', 'yard', 'bikeShed', 'gate'],
  /** A flat number: 3–4 digits. */
  flatPattern: '^[0-9]{3,4}$',
  /** A phone number as stored (E.164): `+8613900000077`. */
  phonePattern: '^[+][0-9]{8,15}$',
  /** A resident identity card number: 18 characters (the last may be X), or the old 15 digits. */
  idNumberPattern: '^[0-9]{15}([0-9]{2}[0-9Xx])?$',
  /** An invited staff member's email, lower case (the invitation's id). */
  emailPattern: '^[^@ A-Z]+@[^@ A-Z]+[.][^@ A-Z]+$',
} as const;

/** Every status a ticket can be in (the rules name them where each change goes). */
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
export type TicketStatusName = (typeof TICKET_STATUSES)[number];
export type HistBucket = (typeof RULES.histBuckets)[number];

/** Whether a ticket in this status waits for staff. */
export function isOpenStatus(status: string): boolean {
  return (RULES.openStatuses as readonly string[]).includes(status);
}

/** Whether nothing more happens to a ticket in this status. */
export function isFinishedStatus(status: string): boolean {
  return (RULES.finishedStatuses as readonly string[]).includes(status);
}

/** The histogram bucket of "time since the report", as the rules compute it. */
export function bucketOf(seconds: number): HistBucket {
  const i = RULES.histBounds.findIndex((bound) => seconds < bound);
  return RULES.histBuckets[i === -1 ? RULES.histBounds.length : i]!;
}

/** Days between visits the care tags ask for: the shortest of their intervals; null without a tag. */
export function careIntervalDays(tags: readonly string[]): number | null {
  const any = (set: readonly string[]) => tags.some((t) => set.includes(t));
  if (any(RULES.careTagsMonthly)) return RULES.careMonthlyDays;
  if (any(RULES.careTagsBimonthly)) return RULES.careBimonthlyDays;
  return null;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * Not blank: at least one character that shows. Spaces of every kind (\p{Z}: the no-break space, the
 * ideographic space…), control characters (\p{Cc}: tabs, line breaks), invisible format characters
 * (\p{Cf}: zero-width spaces and joiners, the BOM, direction marks) and the fillers that render as nothing
 * (Hangul fillers, the blank Braille pattern) do not count. firestore.rules' `notBlank` is the same class.
 */
const VISIBLE = /[^\p{Z}\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/u;
export function notBlank(text: string): boolean {
  return VISIBLE.test(text);
}
