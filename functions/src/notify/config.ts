/**
 * The sending policy: what the functions decide alone (the rules never see these). The community's clock is
 * China Standard Time (UTC+8), as in src/lib/policy.ts (`communityUtcOffsetHours`; a unit test keeps them
 * equal).
 */
export const COMMUNITY_UTC_OFFSET_HOURS = 8;
/** Text messages one person receives per community day at most; the rest are recorded as capped. */
export const SMS_PER_PERSON_PER_DAY = 10;
/** Attempts at one message before it is recorded as failed (the head sees it). */
export const SEND_ATTEMPTS = 3;
/** Minutes before the next attempt, by attempts made so far (1 → 2 min, 2 → 10 min). */
export const RETRY_MINUTES = [0, 2, 10] as const;
/** A send claimed this long ago and never finished (the process died mid-send) is tried again. */
export const STUCK_MINUTES = 10;
/** Messages the sweeper takes per run (deferred past quiet hours, retries). */
export const SWEEP_BATCH = 100;
/** Phones one person receives notifications on (src/lib/policy.ts `pushDevicesMax`; a unit test keeps them equal). */
export const PUSH_DEVICES_MAX = 5;
/**
 * A grid worker's non-urgent new reports are told as one message per this many minutes at most ("您负责的
 * 楼栋有 3 条新报事"); urgent ones go at once.
 */
export const BATCH_MINUTES = 30;
/**
 * 督办, as the app flags it (src/lib/policy.ts `STALL_DAYS`, `REOPENS_FLAGGED`; a unit test keeps them
 * equal): an open ticket nobody has changed for this many days is stalled — the head hears, once per
 * ticket; its worker is warned a day before.
 */
export const STALL_DAYS = 3;
/** Reopened this many times (the household unsatisfied with the fix again): the head hears, once per ticket. */
export const REOPENS_FLAGGED = 2;
/**
 * 预警, as the head's dashboard flags it (src/lib/policy.ts, held equal by a unit test): this many
 * households of one building reporting the same category within the last WARNING_WINDOW_DAYS days and today.
 */
export const WARNING_HOUSEHOLDS = 3;
export const WARNING_WINDOW_DAYS = 7;
