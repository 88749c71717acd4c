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
