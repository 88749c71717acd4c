/**
 * Every limit, window, cap and fixed set that firestore.rules enforces, in one place. The forms read their
 * counters, hints, caps and checks from here (and the numbers in their messages, as `{{max}}`; no field
 * cuts text with maxLength), the payload builders and the dashboard their sets and buckets,
 * the seeds their shapes. firestore.rules states each of them once, as a zero-argument function of the same
 * name (`function descriptionMax() { return 1000; }`); src/lib/policy.test.ts reads the rules and fails when
 * a value there differs from this file, or when either side has one the other lacks.
 *
 * The rules' constants are the lowerCamelCase exports, one per value (a screen that reads one limit loads
 * that one, not the whole policy); other exports are UPPER_CASE or functions. Plain data only (no
 * imports): shared by the app, the scripts (under tsx) and the rules tests.
 */
// ---- text, in characters (the forms count UTF-16 units, never fewer than the rules' `size()` counts)
/** A person's name, a building worker's or a mediator's: 1–40. */
export const nameMax = 40;
/** A report's description. */
export const descriptionMax = 1000;
/** Any timeline text: a comment, reply, internal note, hand-over note, reopen reason, resolution. */
export const timelineTextMax = 1000;
/** Why a ticket was rejected. */
export const rejectReasonMax = 500;
/** The comment that goes with a rating. */
export const ratingCommentMax = 500;
/** A home visit: who was met, what was found. */
export const visitMetWithMax = 100;
export const visitFindingsMax = 2000;
/** Staff notes in a household's private record. */
export const householdNotesMax = 2000;
/** Mediation: a case's title and summary, what a session agreed. */
export const caseTitleMax = 80;
export const caseSummaryMax = 2000;
export const sessionTextMax = 2000;
/** Events. */
export const eventTitleMax = 80;
export const eventDescriptionMax = 4000;
export const eventPlaceMax = 100;
/** Notices. */
export const noticeTitleMax = 80;
export const noticeBodyMax = 5000;
/** The office's contact card. */
export const officePhoneMin = 3;
export const officePhoneMax = 30;
export const officeHoursMax = 80;
/** Why a household was taken off the register (moved away, flat sold…), and why an address was refused. */
export const archiveReasonMax = 200;
export const linkReasonMax = 200;
/** An audit entry: the label of what changed (an address, a name) is a name's length; its note this long. */
export const auditNoteMax = 200;

// ---- photos (shrunk on the phone, stored as data URLs in documents)
/** Photos with a new report. */
export const reportPhotosMax = 3;
/** Photos on a ticket in all (added later by the household or its staff). */
export const ticketPhotosMax = 6;
/** Characters of one photo's data URL (~290 KB of JPEG). */
export const photoCharsMax = 400_000;
export const photoSideMax = 4096;
/** An event's cover picture. */
export const coverCharsMax = 300_000;

// ---- a report's voice message (recorded on the phone: opus in webm/ogg at 16 kbit/s, a data URL in a document)
/** Seconds of a report's voice message (the recorder stops by itself there). */
export const voiceSecondsMax = 60;
/**
 * Characters of its data URL: 60 s at 16 kbit/s measured ~116 KB (154,000 characters of base64) in chromium;
 * this leaves room for a phone that records up to ~24 kbit/s (the recorder also stops before it is reached).
 */
export const voiceCharsMax = 240_000;
/** What a voice message's data URL may be: opus in webm or ogg, or AAC in mp4 (Safari), base64. */
export const voicePattern = '^data:audio/(webm|ogg|mp4);base64,[A-Za-z0-9+/=]+$';

// ---- sizes of lists and maps
export const commonAreasMax = 10;
export const membersMax = 12;
export const careTagsMax = 8;
/** Contact phones of a household (户主, 子女…). */
export const phonesMax = 6;
export const idNumbersMax = 12;
export const buildingNumberMax = 999;
export const entrancesMax = 12;
export const floorsMax = 40;
export const householdsPerBuildingMax = 2000;
export const directoryMax = 2000;
export const categoriesMax = 80;
export const eventRolesMax = 8;
/** Places in one volunteer role. */
export const roleCapacityMax = 500;
/** A category's response and resolution deadlines, in hours. */
export const deadlineHoursMax = 2000;
/** Canned replies per category. */
export const cannedMax = 8;
/** Questions a category's report form asks (and answers a ticket keeps). */
export const questionsMax = 2;
/** A question's text, in each language. */
export const questionTextMax = 40;
/** Choices of a question answered by a choice; each choice's text, in each language. */
export const choicesMax = 4;
export const choiceTextMax = 20;
/** A typed answer to a question. */
export const answerMax = 100;
/** Where exactly: another flat than the reporter's own, as typed ("502", "6楼东"). */
export const otherFlatMax = 10;
/** A household member's relation to the head of household (户主, 配偶, 子女…). */
export const relationMax = 10;
export const eventCapacityMax = 5000;
export const volunteerHoursMax = 24;
export const noticeAudienceMax = 50;
export const partiesMax = 10;
export const ratingMax = 5;
/** A rating of this many stars or more counts as satisfied. */
export const goodRatingMin = 4;

// ---- time windows
/** An urgent ticket gets this fraction of its category's hours (1/2, rounded up). */
export const urgentTimeDivisor = 2;
/** A ticket's hours to a deadline from its category's, as the rules' `hoursFor` counts them. */
export function hoursFor(hours: number, urgency: string) {
  return urgency === 'urgent' ? Math.ceil(hours / urgentTimeDivisor) : hours;
}
/** A report queued offline is accepted up to this many hours after it was written on the phone… */
export const reportAgeMaxHours = 72;
/** …and a phone clock this far ahead of the server's. */
export const clockAheadMaxMinutes = 10;
/**
 * A household files at most this many reports a community day (its own; staff filing for it are not
 * counted). A queued report counts on the day it was written, so over a real day a household can reach
 * this times the days a report may wait (`reportAgeMaxHours`): a bound, not an exact rate.
 */
export const reportsPerHouseholdDayMax = 10;
/** The household confirms and rates, or sends it back, within this many days of the resolution. */
export const confirmDays = 7;
/**
 * Staff may record the household's answer from a phone call (电话回访) within that window: a proxy report at
 * once (the resident has no app), any other after this many days without the household's own answer.
 */
export const callbackAfterDays = 3;
/** A visit may be logged up to 30 days later, and dated at most an hour ahead (a phone clock). */
export const visitPastDaysMax = 30;
export const visitAheadMaxHours = 1;
/** The stats histograms allow for a phone clock this far off when bucketing "time since the report". */
export const histSkewSeconds = 300;
/** Check-in opens this many hours before an event starts. */
export const checkInHoursBefore = 2;
/** The community's calendar: China Standard Time, UTC+8 all year. */
export const communityUtcOffsetHours = 8;

// ---- page sizes the rules cap list queries at (a list asks for at most this many)
export const careListPage = 50;
export const visitsPage = 500;
export const publicTicketsPage = 20;
export const followedPage = 20;
export const casesPage = 50;
export const signalsPage = 31;
export const eventsPage = 50;
export const signupsPage = 200;
export const noticesPage = 50;
/** Accounts: the staff list, a building's pending links, a flat's accounts. */
export const usersPage = 200;
/** Households of one entrance (40 floors of a few flats at most). */
export const householdsPage = 200;
/** A ticket's timeline (a ticket with more entries shows its first 500). */
export const timelinePage = 500;
/** Open staff invitations. */
export const invitesPage = 100;
/** Buildings one staff invitation may name (the new worker takes them on joining). */
export const inviteBuildingsMax = 6;
/** A person's messages as they see them ("消息提醒" on 我的), newest first. */
export const notificationsPage = 20;
/** The head's SMS months (a year). */
export const smsMonthsPage = 12;
/** The audit log (操作记录), newest first, a page at a time. */
export const auditPage = 50;
/** Field names one audit entry lists (the fields of the largest record it can describe). */
export const auditFieldsMax = 16;
/**
 * Search (docs/data-model.md "Search"): a ticket, household or care record carries at most
 * `searchTokensMax` search tokens (`search`), each 1–`searchTokenMax` characters with no space
 * (`searchTokensPattern` checks both, the tokens joined by spaces, in one expression); a search asks for at most
 * `SEARCH_PAGE` documents per query (the rules cap the register's lists higher, at their own pages).
 */
export const searchTokensMax = 100;
export const searchTokenMax = 20;
export const SEARCH_PAGE = 20;
/** Quiet hours are minutes after midnight on the community's clock: 0–1439. */
export const quietMinuteMax = 1439;
/** Duplicates merged into one ticket (its `mergedFrom` list). */
export const mergedFromMax = 20;
/**
 * Phones (browsers) one person receives notifications on: at most this many, each in one of the slots
 * `pushDevices` (a new phone past the last takes the oldest one's slot).
 */
export const pushDevicesMax = 5;
/** A push service's address for one phone (FCM, Mozilla, Apple: about 200 characters). */
export const pushEndpointMax = 1000;
/** The phone's name as the app guessed it (`Android · Chrome`). */
export const pushLabelMax = 40;

// ---- fixed sets
/** A ticket waits for staff in these. */
export const openStatuses = ['submitted', 'accepted', 'in_progress', 'reopened'] as const;
/** Nothing more happens to a ticket in these. */
export const finishedStatuses = ['closed', 'cancelled', 'rejected', 'merged'] as const;
/** Upper bounds (seconds since the report) of the stats histogram buckets; the last bucket is open. */
export const histBounds = [3600, 14400, 43200, 86400, 172800, 345600] as const;
export const histBuckets = ['h0', 'h1', 'h4', 'h12', 'h24', 'h48', 'h96'] as const;
export const interestGroups = ['lixiu', 'tuixiu', 'neitui', 'xiejie', 'tuoguan', 'zaizhi', 'jumin'] as const;
export const careTags = ['elderlyAlone', 'difficulty', 'emptyNest', 'disabled', 'veteran'] as const;
/** Care tags that ask for a visit every month… */
export const careTagsMonthly = ['elderlyAlone', 'difficulty', 'veteran'] as const;
export const careMonthlyDays = 30;
/** …and every two months (a household takes the shortest interval of its tags). */
export const careTagsBimonthly = ['emptyNest', 'disabled'] as const;
export const careBimonthlyDays = 60;
/** What a message is about: a person turns text messages on or off per kind (functions/src/notify/prefs.ts). */
export const notifyKinds = ['myTickets', 'buildingNew', 'escalations', 'events'] as const;
/** The ids a person's phones take in `pushSubscriptions/{uid}/devices/{id}`: `pushDevicesMax` of them. */
export const pushDevices = ['d0', 'd1', 'd2', 'd3', 'd4'] as const;
/** The common areas of a building a report may name. */
export const commonAreaKinds = ['stairwell', 'lift', 'roof', 'basement', 'yard', 'bikeShed', 'gate'] as const;
/** How a category's question is answered: typed in a few words, or one of its choices. */
export const questionKinds = ['text', 'choice'] as const;
/** A flat number: 3–4 digits. */
export const flatPattern = '^[0-9]{3,4}$';
/** Search tokens joined by spaces: at most searchTokensMax, each 1–searchTokenMax characters, none a space. */
export const searchTokensPattern = '^[^ ]{1,20}( [^ ]{1,20}){0,99}$';
/** An event day's check-in code, shown by the organiser and typed by the volunteer: 6 digits. */
export const checkInCodePattern = '^[0-9]{6}$';
/** A phone number as stored (E.164): `+8613900000077`. */
export const phonePattern = '^[+][0-9]{8,15}$';
/** A resident identity card number: 18 characters (the last may be X), or the old 15 digits. */
export const idNumberPattern = '^[0-9]{15}([0-9]{2}[0-9Xx])?$';
/** A push service's address: https, one line (`[/]`: the rules' check reads `//` as a comment). */
export const pushEndpointPattern = '^https:[/][/][^ ]+$';
/** A phone's public key for push (P-256, 65 bytes) and its auth secret (16 bytes), base64url unpadded. */
export const pushP256dhPattern = '^[A-Za-z0-9_-]{87}$';
export const pushAuthPattern = '^[A-Za-z0-9_-]{22}$';
/** An invited staff member's email, lower case (the invitation's id). */
export const emailPattern = '^[^@ A-Z]+@[^@ A-Z]+[.][^@ A-Z]+$';

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
  'merged',
] as const;
export type TicketStatusName = (typeof TICKET_STATUSES)[number];
export type HistBucket = (typeof histBuckets)[number];

/** Whether a ticket in this status waits for staff. */
export function isOpenStatus(status: string): boolean {
  return (openStatuses as readonly string[]).includes(status);
}

/** Whether nothing more happens to a ticket in this status. */
export function isFinishedStatus(status: string): boolean {
  return (finishedStatuses as readonly string[]).includes(status);
}

/** The histogram bucket of "time since the report", as the rules compute it. */
export function bucketOf(seconds: number): HistBucket {
  const i = histBounds.findIndex((bound) => seconds < bound);
  return histBuckets[i === -1 ? histBounds.length : i]!;
}

/** Days between visits the care tags ask for: the shortest of their intervals; null without a tag. */
export function careIntervalDays(tags: readonly string[]): number | null {
  const any = (set: readonly string[]) => tags.some((t) => set.includes(t));
  if (any(careTagsMonthly)) return careMonthlyDays;
  if (any(careTagsBimonthly)) return careBimonthlyDays;
  return null;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * 督办 (the head's home, a worker's home, and the text messages the Cloud Functions send, whose copy in
 * functions/src/notify/config.ts a unit test holds equal): an open ticket nobody has changed for this many
 * days is stalled…
 */
export const STALL_DAYS = 3;
/** …and one reopened this many times (the household unsatisfied with the fix again) needs a push. */
export const REOPENS_FLAGGED = 2;
/**
 * 预警 (the head's dashboard, and the text message to the head and the building's worker): this many
 * households of one building reporting the same category within the last WARNING_WINDOW_DAYS days (and
 * today) — or this many reopenings in a building — make an early warning.
 */
export const WARNING_HOUSEHOLDS = 3;
export const WARNING_WINDOW_DAYS = 7;

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
