/**
 * What a sign-up counts for in a volunteer's record: only a volunteer role's confirmed place at an event
 * that took place, checked in and certified by staff, earns hours; everything else says why it does not.
 */
import type { Signup } from './types';

export type RecordKind =
  | 'certified' // hours certified by staff
  | 'pending' // checked in at a past event, hours not certified yet (待认证)
  | 'upcoming' // a confirmed volunteer place at an event still to come
  | 'absent' // a confirmed volunteer place, the event took place, never checked in
  | 'waitlisted' // stayed on the waiting list: no place, no hours
  | 'resident' // took part as a resident, not as a volunteer: no hours
  | 'cancelled'; // the event was cancelled

export function recordKind(s: Signup, cancelled: ReadonlySet<string>, now: number): RecordKind {
  if (cancelled.has(s.eventId)) return 'cancelled';
  if (s.status === 'waitlisted') return 'waitlisted';
  if (s.roleId === 'resident') return 'resident';
  if (s.hoursConfirmedBy && s.hours) return 'certified';
  if (s.checkedInAt) return 'pending';
  return s.eventStartAt && s.eventStartAt.getTime() > now ? 'upcoming' : 'absent';
}

/** The certified hours, in all and per year of the event (community calendar year as the phone sees it). */
export function recordTotals(signups: Signup[], cancelled: ReadonlySet<string>, now: number) {
  const certified = signups.filter((s) => recordKind(s, cancelled, now) === 'certified');
  const byYear = new Map<number, number>();
  for (const s of certified) {
    const y = (s.eventStartAt ?? new Date(now)).getFullYear();
    byYear.set(y, (byYear.get(y) ?? 0) + (s.hours ?? 0));
  }
  return { total: certified.reduce((sum, s) => sum + (s.hours ?? 0), 0), byYear };
}
