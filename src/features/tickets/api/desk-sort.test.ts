// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, readSort, sortLoaded } from './desk-sort';

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
// in the query's order: deadline, soonest first (none last)
const tickets = [
  { id: 'a', dueAt: day(1), createdAt: day(20), status: 'in_progress' as const },
  { id: 'b', dueAt: day(2), createdAt: day(10), status: 'submitted' as const },
  { id: 'c', dueAt: day(3), createdAt: day(30), status: 'accepted' as const },
  { id: 'd', dueAt: day(3), createdAt: day(5), status: 'submitted' as const },
  { id: 'e', dueAt: null, createdAt: day(1), status: 'resolved' as const },
];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id).join('');

describe('the desk table’s order', () => {
  it('keeps the query’s order by default, and turns the deadline round on the loaded tickets', () => {
    expect(ids(sortLoaded(tickets, DEFAULT_SORT))).toBe('abcde');
    // ties (c, d: the same deadline) keep the query's order either way
    expect(ids(sortLoaded(tickets, { by: 'deadline', dir: 'desc' }))).toBe('ecdba');
  });

  it('orders by report time and by where work stands', () => {
    expect(ids(sortLoaded(tickets, { by: 'created', dir: 'desc' }))).toBe('cabde');
    expect(ids(sortLoaded(tickets, { by: 'created', dir: 'asc' }))).toBe('edbac');
    expect(ids(sortLoaded(tickets, { by: 'status', dir: 'asc' }))).toBe('bdcae');
  });

  it('a header click turns its column round, or starts another at its first way', () => {
    expect(nextSort(DEFAULT_SORT, 'deadline')).toEqual({ by: 'deadline', dir: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'created')).toEqual({ by: 'created', dir: 'desc' });
    expect(nextSort({ by: 'created', dir: 'desc' }, 'status')).toEqual({ by: 'status', dir: 'asc' });
  });

  it('reads only known sorts from the URL', () => {
    expect(readSort('created', 'desc')).toEqual({ by: 'created', dir: 'desc' });
    expect(readSort('reporter', 'desc')).toEqual(DEFAULT_SORT);
    expect(readSort(null, null)).toEqual(DEFAULT_SORT);
    expect(readSort('status', 'sideways')).toEqual({ by: 'status', dir: 'asc' });
  });
});
