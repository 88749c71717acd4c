// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planTicketEntry, type EntryFacts, type TicketFacts } from './plan.js';

const ticket: TicketFacts = {
  id: 't1',
  householdId: 'h-3-1-401',
  buildingId: 'b3',
  assigneeId: 'w-huang',
  urgency: 'normal',
  viaProxy: false,
  reportedAt: new Date('2026-12-05T02:00:00Z'),
};
const entry = (
  type: string,
  authorRole: EntryFacts['authorRole'] = 'worker',
  visibility: EntryFacts['visibility'] = 'public',
): EntryFacts => ({
  id: 'e1',
  type,
  visibility,
  authorId: authorRole === 'resident' ? 'r1' : 'w-huang',
  authorRole,
});
const plan = (t: TicketFacts, e: EntryFacts) =>
  planTicketEntry(t, e).map((p) => [p.audience, p.template, p.kind, p.urgent]);

describe('who hears of a ticket’s new timeline entry', () => {
  it('tells the household when staff accept, reply in public, resolve or reject', () => {
    for (const [type, template] of [
      ['accepted', 'ticketAccepted'],
      ['reply', 'ticketReplied'],
      ['resolved', 'ticketResolved'],
      ['rejected', 'ticketRejected'],
    ]) {
      expect(plan(ticket, entry(type!))).toEqual([[{ to: 'household' }, template, 'myTickets', false]]);
    }
  });

  it('tells nobody of internal notes, the household’s own steps, photos, ratings or starting work', () => {
    expect(plan(ticket, entry('reply', 'worker', 'internal'))).toEqual([]);
    expect(plan(ticket, entry('note', 'worker', 'internal'))).toEqual([]);
    for (const type of ['comment', 'photo', 'rated', 'cancelled', 'closed']) {
      expect(plan(ticket, entry(type, 'resident'))).toEqual([]);
    }
    expect(plan(ticket, entry('started'))).toEqual([]);
  });

  it('tells the owner of a new report (urgent ones marked), or the head when nobody owns the building', () => {
    expect(plan(ticket, entry('created', 'resident'))).toEqual([
      [{ to: 'user', uid: 'w-huang' }, 'ticketNew', 'buildingNew', false],
    ]);
    expect(plan({ ...ticket, urgency: 'urgent' }, entry('created', 'resident'))).toEqual([
      [{ to: 'user', uid: 'w-huang' }, 'ticketNewUrgent', 'buildingNew', true],
    ]);
    expect(plan({ ...ticket, assigneeId: null }, entry('created', 'resident'))).toEqual([
      [{ to: 'heads' }, 'ticketNew', 'buildingNew', false],
    ]);
  });

  it('tells whoever a ticket is handed to, and its owner when the household says it is not fixed', () => {
    expect(plan({ ...ticket, assigneeId: 'w-he' }, entry('transferred', 'head', 'internal'))).toEqual([
      [{ to: 'user', uid: 'w-he' }, 'ticketAssigned', 'buildingNew', false],
    ]);
    expect(plan(ticket, entry('reopened', 'resident'))).toEqual([
      [{ to: 'user', uid: 'w-huang' }, 'ticketReopened', 'buildingNew', false],
    ]);
  });
});
