// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Seen } from '@/lib/seen';
import { firstSeen, whatsNew, type NoticeLike, type SignupLike, type TicketLike } from './whats-new';

const T0 = Date.UTC(2026, 11, 1, 8);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

function ticket(over: Partial<TicketLike> = {}): TicketLike {
  return {
    id: 't1',
    status: 'accepted',
    closeReason: null,
    lastReplyAt: null,
    updatedAt: at(0),
    pending: false,
    ...over,
  };
}
const signup = (over: Partial<SignupLike> = {}): SignupLike => ({
  eventId: 'e1',
  status: 'waitlisted',
  eventTitle: '重阳节茶话会',
  eventStartAt: at(60 * 24),
  ...over,
});
const notice = (over: Partial<NoticeLike> = {}): NoticeLike => ({
  id: 'n1',
  title: '停水通知',
  publishedAt: at(10),
  forMe: true,
  ...over,
});
const none = { signups: [], notices: [] };

/** The seen record after a first look at these tickets and sign-ups. */
function lookedAt(tickets: TicketLike[], signups: SignupLike[] = []): Seen {
  return whatsNew(firstSeen(T0), { tickets, signups, notices: [] }).next;
}

describe('what counts as new on the resident home', () => {
  it('the first look ever lists nothing, however much is there: it is all taken as seen', () => {
    const { items, next } = whatsNew(firstSeen(T0), {
      tickets: [ticket({ status: 'resolved', lastReplyAt: at(-5) }), ticket({ id: 't2' })],
      signups: [signup({ status: 'confirmed' })],
      notices: [], // the query asks only for notices newer than the first look
    });
    expect(items).toEqual([]);
    expect(next.tickets).toEqual({
      t1: { status: 'resolved', reply: at(-5).getTime() },
      t2: { status: 'accepted', reply: 0 },
    });
    expect(next.signups).toEqual({ e1: 'confirmed' });
    expect(next.noticesUpTo).toBe(T0);
  });

  it('a staff reply after the last look is new, and stays new until the ticket is opened', () => {
    const seen = lookedAt([ticket()]);
    const replied = [ticket({ lastReplyAt: at(30), updatedAt: at(0) })];
    const first = whatsNew(seen, { tickets: replied, ...none });
    expect(first.items).toEqual([
      { kind: 'ticket', key: 't:t1', tab: 'home', id: 't1', change: 'reply', at: at(30).getTime() },
    ]);
    // not taken as seen by merely being listed
    expect(whatsNew(first.next, { tickets: replied, ...none }).items).toHaveLength(1);
  });

  it('a status change says which: resolved asks to confirm and rate; it wins over a reply sent with it', () => {
    const seen = lookedAt([ticket({ status: 'in_progress' })]);
    const { items } = whatsNew(seen, {
      tickets: [ticket({ status: 'resolved', lastReplyAt: at(20), updatedAt: at(20) })],
      ...none,
    });
    expect(items.map((i) => i.kind === 'ticket' && i.change)).toEqual(['resolved']);
  });

  it.each([
    ['accepted', 'submitted', null, 'accepted'],
    ['in_progress', 'accepted', null, 'in_progress'],
    ['rejected', 'submitted', null, 'rejected'],
    ['closed', 'resolved', 'auto', 'closed'],
  ] as const)('%s (from %s) is news', (status, from, closeReason, change) => {
    const seen = lookedAt([ticket({ status: from })]);
    const { items } = whatsNew(seen, { tickets: [ticket({ status, closeReason })], ...none });
    expect(items.map((i) => i.kind === 'ticket' && i.change)).toEqual([change]);
  });

  it("the household's own changes are not news: withdrawn, sent back, confirmed with a rating", () => {
    for (const [from, status, closeReason] of [
      ['submitted', 'cancelled', null],
      ['resolved', 'reopened', null],
      ['resolved', 'closed', 'confirmed'],
    ] as const) {
      const seen = lookedAt([ticket({ status: from })]);
      const { items, next } = whatsNew(seen, { tickets: [ticket({ status, closeReason })], ...none });
      expect(items, status).toEqual([]);
      expect(next.tickets.t1!.status).toBe(status);
    }
  });

  it('a change still being written from this phone is the person’s own: taken as seen', () => {
    const seen = lookedAt([ticket({ status: 'resolved' })]);
    const { items } = whatsNew(seen, {
      tickets: [ticket({ status: 'reopened', pending: true })],
      ...none,
    });
    expect(items).toEqual([]);
  });

  it('a ticket first seen after the first look (just reported) is taken as it is', () => {
    const seen = lookedAt([ticket()]);
    const { items, next } = whatsNew(seen, {
      tickets: [ticket(), ticket({ id: 't9', status: 'submitted' })],
      ...none,
    });
    expect(items).toEqual([]);
    expect(next.tickets.t9).toEqual({ status: 'submitted', reply: 0 });
  });

  it('a waiting-list place that became confirmed is new; a sign-up confirmed from the start is not', () => {
    const seen = lookedAt([], [signup()]);
    const { items } = whatsNew(seen, {
      tickets: [],
      signups: [signup({ status: 'confirmed' }), signup({ eventId: 'e2', status: 'confirmed' })],
      notices: [],
    });
    expect(items).toEqual([
      {
        kind: 'promoted',
        key: 'e:e1',
        tab: 'events',
        eventId: 'e1',
        title: '重阳节茶话会',
        at: at(60 * 24).getTime(),
      },
    ]);
  });

  it('sign-ups not known just now (offline, loading) keep what was seen', () => {
    const seen = lookedAt([], [signup()]);
    expect(whatsNew(seen, { tickets: [], signups: null, notices: null }).next.signups).toEqual({
      e1: 'waitlisted',
    });
  });

  it('notices newer than the last look are new when for my building or everyone; read ones move the line', () => {
    const seen = firstSeen(T0);
    const notices = [
      notice(),
      notice({ id: 'n2', title: '电梯检修', publishedAt: at(20) }),
      notice({ id: 'nX', forMe: false, publishedAt: at(30) }),
    ];
    const { items } = whatsNew(seen, { tickets: [], signups: [], notices });
    expect(items.map((i) => i.key)).toEqual(['n:n2', 'n:n1']);
    // one read: the other stays new
    const oneRead = whatsNew({ ...seen, notices: ['n2'] }, { tickets: [], signups: [], notices });
    expect(oneRead.items.map((i) => i.key)).toEqual(['n:n1']);
    // both read: the line moves past them all (another building's included) and forgets the ids
    const bothRead = whatsNew({ ...seen, notices: ['n2', 'n1'] }, { tickets: [], signups: [], notices });
    expect(bothRead.items).toEqual([]);
    expect(bothRead.next).toMatchObject({ noticesUpTo: at(30).getTime(), notices: [] });
  });

  it('newest first across kinds', () => {
    const seen = { ...lookedAt([ticket()], [signup({ eventStartAt: at(5) })]) };
    const { items } = whatsNew(seen, {
      tickets: [ticket({ lastReplyAt: at(15) })],
      signups: [signup({ status: 'confirmed', eventStartAt: at(5) })],
      notices: [notice()],
    });
    expect(items.map((i) => i.key)).toEqual(['t:t1', 'n:n1', 'e:e1']);
  });
});
