import { COMMUNITY_UTC_OFFSET_HOURS } from './config.js';

/** The community's clock (China Standard Time), for quiet hours, daily counts, message dates and schedules. */
const OFFSET_MS = COMMUNITY_UTC_OFFSET_HOURS * 3_600_000;

/** The instant as a Date whose UTC fields read the community's wall clock. */
export function communityClock(at: Date): Date {
  return new Date(at.getTime() + OFFSET_MS);
}

/** Minutes after midnight on the community's clock. */
export function communityMinute(at: Date): number {
  const local = communityClock(at);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** The community's calendar day, e.g. `2026-12-05`. */
export function communityDay(at: Date): string {
  return communityClock(at).toISOString().slice(0, 10);
}

/** The community's calendar month, e.g. `2026-12`. */
export function communityMonth(at: Date): string {
  return communityDay(at).slice(0, 7);
}

/** Midnight starting the community day `day` (e.g. 2026-12-06), as an instant. */
export function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}
