/**
 * Ids of the documents that summarise a period, on the community's own calendar — China Standard Time
 * (UTC+8 all year: China has no daylight saving time), computed the same way by firestore.rules. A report
 * written at 07:30 in the morning counts in that day and month, not in the UTC day before.
 */
const COMMUNITY_UTC_OFFSET_HOURS = 8;

/** The community's wall-clock time as a Date whose UTC fields read it (for the keys below). */
function communityClock(d: Date): Date {
  return new Date(d.getTime() + COMMUNITY_UTC_OFFSET_HOURS * 3_600_000);
}

/** `2026-11` from a Date whose UTC fields read the community's month. */
function monthOf(c: Date) {
  return `${c.getUTCFullYear()}-${String(c.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The monthly summary document a write counts in: `stats/2026-11`. */
export function monthKey(d: Date) {
  return monthOf(communityClock(d));
}

/** When the community's month holding `d` began (midnight of its 1st, China Standard Time). */
export function monthStart(d: Date): Date {
  const c = communityClock(d);
  return new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), 1) - COMMUNITY_UTC_OFFSET_HOURS * 3_600_000);
}

/** The months of a period ending with the month of `now`: the summary documents the dashboard reads. */
export function monthsBack(now: Date, count: number): string[] {
  const c = communityClock(now);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--)
    out.push(monthOf(new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth() - i, 1))));
  return out;
}

/** The day document of early-warning signals a report counts in: `signals/2026-11-23`. */
export function dayKey(d: Date) {
  return `${monthKey(d)}-${String(communityClock(d).getUTCDate()).padStart(2, '0')}`;
}
