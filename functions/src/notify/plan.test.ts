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
  reopenCount: 0,
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
const batched = (t: TicketFacts, e: EntryFacts) => planTicketEntry(t, e).map((p) => p.batched);

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

  it('tells the household of a duplicate when staff merge it into another report, and nobody of the one it joined', () => {
    expect(plan(ticket, entry('merged', 'worker'))).toEqual([
      [{ to: 'household' }, 'ticketMerged', 'myTickets', false],
    ]);
    expect(plan(ticket, entry('merged', 'head'))).toEqual([
      [{ to: 'household' }, 'ticketMerged', 'myTickets', false],
    ]);
    expect(batched(ticket, entry('merged'))).toEqual([false]);
    // the ticket it joined: its household's report goes on as it was
    expect(plan(ticket, entry('mergedIn', 'worker'))).toEqual([]);
    // only staff merge; an entry that says otherwise tells nobody
    expect(plan(ticket, entry('merged', 'resident'))).toEqual([]);
  });

  it('tells the household when staff reopen its report after a phone callback, and nobody else', () => {
    expect(plan(ticket, entry('phoneReopened', 'worker'))).toEqual([
      [{ to: 'household' }, 'ticketReopenedByStaff', 'myTickets', false],
    ]);
    expect(plan(ticket, entry('phoneReopened', 'head'))).toEqual([
      [{ to: 'household' }, 'ticketReopenedByStaff', 'myTickets', false],
    ]);
    expect(plan(ticket, entry('phoneReopened', 'resident'))).toEqual([]);
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

  it('batches a non-urgent new report; an urgent one, and every other message, goes on its own', () => {
    expect(batched(ticket, entry('created', 'resident'))).toEqual([true]);
    expect(batched({ ...ticket, urgency: 'urgent' }, entry('created', 'resident'))).toEqual([false]);
    expect(batched(ticket, entry('reopened', 'resident'))).toEqual([false]);
    expect(batched(ticket, entry('accepted'))).toEqual([false]);
  });

  it('tells the head (督办) when the household sends it back the second time, once per ticket whatever the entry', () => {
    expect(plan({ ...ticket, reopenCount: 1 }, entry('reopened', 'resident'))).toEqual([
      [{ to: 'user', uid: 'w-huang' }, 'ticketReopened', 'buildingNew', false],
    ]);
    const second = planTicketEntry({ ...ticket, reopenCount: 2 }, entry('reopened', 'resident'));
    expect(second.map((p) => [p.audience, p.template, p.kind, p.source])).toEqual([
      [{ to: 'user', uid: 'w-huang' }, 'ticketReopened', 'buildingNew', undefined],
      [{ to: 'heads' }, 'ticketUnsatisfied', 'escalations', 'esc-reopened-t1'],
    ]);
    const third = planTicketEntry(
      { ...ticket, reopenCount: 3 },
      { ...entry('reopened', 'resident'), id: 'e7' },
    );
    expect(third[1]?.source).toBe('esc-reopened-t1');
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
