// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/lib/converters/tickets';
import { byUrgency, flagsOf, REOPENS_FLAGGED, STALL_DAYS } from './escalation';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 5, 6);
const ticket = (over: Partial<Ticket>) =>
  ({
    id: 't',
    open: true,
    status: 'accepted',
    dueAt: new Date(now + DAY),
    updatedAt: new Date(now - DAY),
    reopenCount: 0,
    ...over,
  }) as Ticket;

describe('flagsOf: why a ticket needs a push', () => {
  it('flags nothing on time, recently moved, never reopened, or closed', () => {
    expect(flagsOf(ticket({}), now)).toEqual([]);
    expect(flagsOf(ticket({ open: false, dueAt: new Date(now - DAY), reopenCount: 5 }), now)).toEqual([]);
  });
  it('tells "not accepted in time" from "past the deadline"', () => {
    expect(flagsOf(ticket({ status: 'submitted', dueAt: new Date(now - 1) }), now)).toEqual(['notAccepted']);
    expect(flagsOf(ticket({ status: 'in_progress', dueAt: new Date(now - 1) }), now)).toEqual(['overdue']);
  });
  it('flags work nobody moved for days, and a ticket reopened again and again', () => {
    expect(flagsOf(ticket({ updatedAt: new Date(now - STALL_DAYS * DAY) }), now)).toEqual(['stalled']);
    expect(flagsOf(ticket({ updatedAt: new Date(now - STALL_DAYS * DAY + 1) }), now)).toEqual([]);
    expect(flagsOf(ticket({ reopenCount: REOPENS_FLAGGED }), now)).toEqual(['reopened']);
    expect(flagsOf(ticket({ reopenCount: REOPENS_FLAGGED - 1 }), now)).toEqual([]);
  });
  it('puts an unaccepted report before a merely stalled one', () => {
    const a = { ticket: ticket({ id: 'a' }), flags: ['stalled' as const] };
    const b = { ticket: ticket({ id: 'b' }), flags: ['notAccepted' as const] };
    expect([a, b].sort(byUrgency).map((e) => e.ticket.id)).toEqual(['b', 'a']);
  });
});
