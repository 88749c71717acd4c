import type { NotifyKind } from './types';

/**
 * The kinds of message a person can get, so the only switches they see: a household's reports for anybody
 * living in one, an event's waiting list for residents, new and overdue reports for staff
 * (functions/src/notify/plan.ts sends each kind to these people).
 */
export function kindsFor(p: {
  role: 'resident' | 'worker' | 'head';
  active: boolean;
  householdId: string | null;
}) {
  const staff = p.active && (p.role === 'worker' || p.role === 'head');
  const out: NotifyKind[] = [];
  if (p.householdId) out.push('myTickets');
  if (staff) out.push('buildingNew', 'escalations');
  else out.push('events');
  return out;
}
