// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { recordKind, recordTotals } from './record';
import type { Signup } from './types';

const NOW = Date.parse('2026-12-05T08:00:00Z');
const past = new Date('2026-11-20T01:00:00Z');
const future = new Date('2026-12-20T01:00:00Z');

const signup = (over: Partial<Signup> = {}): Signup => ({
  id: 'u1',
  uid: 'u1',
  name: '刘志强',
  roleId: 'steward',
  seq: 1,
  status: 'confirmed',
  createdAt: past,
  checkedInAt: null,
  hours: null,
  hoursConfirmedBy: null,
  hoursConfirmedAt: null,
  eventId: 'e1',
  eventTitle: '义诊',
  eventStartAt: past,
  ...over,
});
const none = new Set<string>();
const certified = { checkedInAt: past, hours: 2.5, hoursConfirmedBy: 'w', hoursConfirmedAt: past };

describe('a volunteer record', () => {
  it.each<[string, Partial<Signup>, Set<string>, string]>([
    ['certified hours', certified, none, 'certified'],
    ['checked in, not yet certified', { checkedInAt: past }, none, 'pending'],
    ['a place still to come', { eventStartAt: future }, none, 'upcoming'],
    ['a past place never checked in', {}, none, 'absent'],
    ['a waiting-list place', { status: 'waitlisted' }, none, 'waitlisted'],
    ['a resident’s own sign-up', { roleId: 'resident', checkedInAt: past }, none, 'resident'],
    ['a cancelled event', {}, new Set(['e1']), 'cancelled'],
    ['a cancelled event, even when waiting', { status: 'waitlisted' }, new Set(['e1']), 'cancelled'],
  ])('%s', (_, over, cancelled, kind) => {
    expect(recordKind(signup(over), cancelled, NOW)).toBe(kind);
  });

  it('counts only certified volunteer hours, per year', () => {
    const list = [
      signup(certified),
      signup({ ...certified, eventId: 'e2', eventStartAt: new Date('2025-06-01T01:00:00Z'), hours: 3 }),
      signup({ eventId: 'e3', checkedInAt: past }),
      signup({ eventId: 'e4', status: 'waitlisted' }),
      signup({ eventId: 'e5', roleId: 'resident', ...certified }),
      signup({ eventId: 'e6', ...certified }),
    ];
    const { total, byYear } = recordTotals(list, new Set(['e6']), NOW);
    expect(total).toBe(5.5);
    expect([...byYear.entries()].sort()).toEqual([
      [2025, 3],
      [2026, 2.5],
    ]);
  });
});
