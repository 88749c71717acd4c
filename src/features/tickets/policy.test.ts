import { describe, expect, it } from 'vitest';
import {
  callbackAfterDays,
  confirmDays,
  DAY_MS,
  isOpenStatus,
  TICKET_STATUSES,
  ticketPhotosMax,
} from '@/lib/policy';
import { ticket } from '@/testing/fixtures';
import {
  callbackFrom,
  confirmDeadline,
  dueForAutoClose,
  nextActions,
  type TicketAction,
  type Viewer,
} from './policy';
import type { TicketStatus } from './types';

// The ticket (fixtures): household 'h', building 'b1', assigned to worker 'w'.
const NOW = Date.UTC(2026, 10, 23, 2, 0);
const viewers = {
  household: { uid: 'r', name: '王秀英', role: 'resident', householdId: 'h' },
  otherResident: { uid: 'r2', name: '李建国', role: 'resident', householdId: 'h2' },
  // the assignee, handed the ticket from a building that is not theirs
  assignee: { uid: 'w', name: '黄网格', role: 'worker', householdId: null },
  // the assignee who is also the building's grid worker (the usual case)
  gridWorker: { uid: 'w', name: '黄网格', role: 'worker', householdId: null },
  buildingWorker: { uid: 'w2', name: '周网格', role: 'worker', householdId: null },
  otherWorker: { uid: 'w3', name: '吴网格', role: 'worker', householdId: null },
  head: { uid: 'boss', name: '陈主任', role: 'head', householdId: null },
  // the route passes a deactivated account as a resident with no household
  deactivated: { uid: 'w', name: '黄网格', role: 'resident', householdId: null },
} satisfies Record<string, Viewer>;
type Who = keyof typeof viewers;

/** The ticket in `status`, resolved a day before NOW when resolved. */
function inStatus(status: TicketStatus, resolvedAgo = DAY_MS) {
  return ticket({
    status,
    open: isOpenStatus(status),
    resolvedAt: status === 'resolved' ? new Date(NOW - resolvedAgo) : null,
    photoCount: 1,
  });
}
function actions(who: Who, t = inStatus('submitted'), now = NOW) {
  const viewer = viewers[who];
  return nextActions(t, viewer, who === 'buildingWorker' || who === 'gridWorker', now);
}

const OWNER_OPEN = ['reply', 'note', 'transfer', 'addPhoto'] as const;
const STAFF = ['reply', 'note', 'addPhoto'] as const;
const HOUSEHOLD = ['comment', 'addPhoto'] as const;
const FINISHED = { closed: [], cancelled: [], rejected: [], merged: [] } as const;
const NOTHING = Object.fromEntries(TICKET_STATUSES.map((s) => [s, []])) as Record<TicketStatus, []>;
/** The ticket's owner: its assignee, or the head. */
const OWNER = {
  submitted: ['accept', 'reject', ...OWNER_OPEN],
  accepted: ['start', ...OWNER_OPEN],
  in_progress: ['resolve', ...OWNER_OPEN],
  resolved: STAFF,
  reopened: ['accept', 'reject', ...OWNER_OPEN],
  ...FINISHED,
} as const;
/** The owner who can also list the building's open tickets (the head; the building's worker) merges duplicates. */
const MERGING_OWNER = {
  ...OWNER,
  submitted: ['accept', 'reject', 'merge', ...OWNER_OPEN],
  reopened: ['accept', 'reject', 'merge', ...OWNER_OPEN],
} as const;
// Who may do what, in each status (firestore.rules: match /tickets changeAllowed, timeline isRemark).
const table: Record<Who, Record<TicketStatus, readonly TicketAction[]>> = {
  household: {
    submitted: ['cancel', ...HOUSEHOLD],
    accepted: HOUSEHOLD,
    in_progress: HOUSEHOLD,
    resolved: ['confirm', 'reopen', ...HOUSEHOLD],
    reopened: HOUSEHOLD,
    ...FINISHED,
  },
  assignee: OWNER,
  gridWorker: MERGING_OWNER,
  head: MERGING_OWNER,
  // the grid worker of the building the problem is in, when someone else owns the ticket
  buildingWorker: {
    submitted: STAFF,
    accepted: STAFF,
    in_progress: STAFF,
    resolved: STAFF,
    reopened: STAFF,
    ...FINISHED,
  },
  otherResident: NOTHING,
  otherWorker: NOTHING,
  deactivated: NOTHING,
};
const rows = Object.entries(table).flatMap(([who, byStatus]) =>
  Object.entries(byStatus).map(([status, allowed]) => ({
    who: who as Who,
    status: status as TicketStatus,
    allowed,
  })),
);

describe('nextActions: what each person may do next, by status', () => {
  it.each(rows)('$who, $status: $allowed', ({ who, status, allowed }) => {
    expect([...actions(who, inStatus(status))].sort()).toEqual([...allowed].sort());
  });

  it('lists the actions in the order the ticket screen offers them', () => {
    expect(actions('head', inStatus('submitted'))).toEqual([
      'accept',
      'reject',
      'merge',
      'reply',
      'note',
      'transfer',
      'addPhoto',
    ]);
    expect(actions('household', inStatus('resolved'))).toEqual(['confirm', 'reopen', 'comment', 'addPhoto']);
  });
});

describe(`the household's ${confirmDays}-day window to answer a resolution`, () => {
  const resolvedAt = NOW - 3 * DAY_MS;
  const resolved = ticket({ status: 'resolved', open: false, resolvedAt: new Date(resolvedAt) });
  const end = resolvedAt + confirmDays * DAY_MS;

  it('ends confirmDays after the resolution', () => {
    expect(confirmDeadline(resolved)).toEqual(new Date(end));
    expect(confirmDeadline(inStatus('in_progress'))).toBeNull();
  });
  it('the last millisecond before the end: confirm or send back, not closed yet', () => {
    expect(actions('household', resolved, end - 1)).toEqual(['confirm', 'reopen', 'comment', 'addPhoto']);
    expect(actions('assignee', resolved, end - 1)).not.toContain('autoClose');
    expect(dueForAutoClose(resolved, end - 1)).toBe(false);
  });
  it('at the end (the rules: request.time < resolvedAt + 7 d): too late to answer; it closes by itself', () => {
    expect(actions('household', resolved, end)).toEqual(['comment', 'addPhoto', 'autoClose']);
    expect(actions('assignee', resolved, end)).toEqual(['reply', 'note', 'addPhoto', 'autoClose']);
    expect(actions('buildingWorker', resolved, end)).toContain('autoClose');
    expect(actions('otherResident', resolved, end)).toEqual([]);
    expect(dueForAutoClose(resolved, end)).toBe(true);
    expect(dueForAutoClose(resolved, end + 30 * DAY_MS)).toBe(true);
  });
  it('closes by itself only when resolved, with a resolution time, and not while a change of ours is on its way', () => {
    for (const status of ['submitted', 'accepted', 'in_progress', 'reopened', 'closed'] as const) {
      expect(dueForAutoClose({ ...inStatus(status), resolvedAt: new Date(resolvedAt) }, end)).toBe(false);
    }
    expect(dueForAutoClose({ ...resolved, resolvedAt: null }, end)).toBe(false);
    expect(dueForAutoClose({ ...resolved, pending: true }, end)).toBe(false);
  });
});

describe(`phone callback (电话回访): a proxy report at once, others after ${callbackAfterDays} days`, () => {
  const resolvedAt = NOW - DAY_MS;
  const proxy = ticket({ status: 'resolved', open: false, resolvedAt: new Date(resolvedAt), viaProxy: true });
  const own = { ...proxy, viaProxy: false };
  const end = resolvedAt + confirmDays * DAY_MS;
  const CALLBACK = ['callback', 'callbackReopen'];

  it.each<[Who, boolean]>([
    ['assignee', true],
    ['gridWorker', true],
    ['buildingWorker', true],
    ['head', true],
    ['household', false],
    ['otherResident', false],
    ['otherWorker', false],
    ['deactivated', false],
  ])('%s may record it on a resolved proxy report: %s', (who, may) => {
    const offered = actions(who, proxy);
    for (const a of CALLBACK) expect(offered.includes(a as TicketAction)).toBe(may);
  });
  it('is offered first, in the order of the screen', () => {
    expect(actions('head', proxy)).toEqual(['callback', 'callbackReopen', 'reply', 'note', 'addPhoto']);
  });
  it('on a proxy report from its resolution; on another from callbackAfterDays later', () => {
    expect(callbackFrom(proxy)).toEqual(new Date(resolvedAt));
    expect(callbackFrom(own)).toEqual(new Date(resolvedAt + callbackAfterDays * DAY_MS));
    const start = resolvedAt + callbackAfterDays * DAY_MS;
    expect(actions('assignee', own, start - 1)).not.toContain('callback');
    expect(actions('assignee', own, start)).toEqual(expect.arrayContaining(CALLBACK));
    // the household can still answer itself meanwhile
    expect(actions('household', own, start)).toEqual(['confirm', 'reopen', 'comment', 'addPhoto']);
  });
  it('only while the household could answer: at the window’s end it closes by itself instead', () => {
    expect(actions('assignee', proxy, end - 1)).toContain('callback');
    expect(actions('assignee', proxy, end)).not.toContain('callback');
    expect(actions('assignee', proxy, end)).toContain('autoClose');
  });
  it.each(['submitted', 'accepted', 'in_progress', 'reopened', 'closed', 'merged'] as const)(
    'never on a %s ticket',
    (status) => {
      const t = { ...proxy, status, open: isOpenStatus(status) };
      expect(actions('head', t)).not.toContain('callback');
    },
  );
});

describe('finished tickets and the photo cap', () => {
  it.each(['closed', 'cancelled', 'rejected', 'merged'] as const)(
    'nothing more happens to a %s ticket',
    (status) => {
      for (const who of Object.keys(viewers) as Who[]) expect(actions(who, inStatus(status))).toEqual([]);
    },
  );
  it(`photos up to ${ticketPhotosMax} in all`, () => {
    const t = (photoCount: number) => ({ ...inStatus('accepted'), photoCount });
    expect(actions('household', t(ticketPhotosMax - 1))).toContain('addPhoto');
    expect(actions('household', t(ticketPhotosMax))).not.toContain('addPhoto');
    expect(actions('assignee', t(ticketPhotosMax))).not.toContain('addPhoto');
  });
  it('a worker who lives in the household is both: household and staff actions', () => {
    const neighbour: Viewer = { ...viewers.assignee, householdId: 'h' };
    const both = nextActions(inStatus('submitted'), neighbour, false, NOW);
    expect(both.sort()).toEqual([...new Set([...OWNER.submitted, ...table.household.submitted])].sort());
  });
});
