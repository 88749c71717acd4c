// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ticket } from '@/testing/fixtures';
import { mergeCandidates } from './merge-queries';

describe('the tickets a duplicate may be merged into', () => {
  const dup = ticket({ id: 'd', categoryId: 'leak', householdId: 'h' });
  const open = [
    ticket({ id: 'lift', categoryId: 'lift', householdId: 'h2' }),
    ticket({ id: 'leak', categoryId: 'leak', householdId: 'h2' }),
    ticket({ id: 'd', categoryId: 'leak', householdId: 'h' }), // itself
    ticket({ id: 'pension', categoryId: 'pension', householdId: 'h2', shared: false }), // another's own matter
    ticket({ id: 'ours', categoryId: 'pension', householdId: 'h', shared: false }), // its own household's
    ticket({ id: 'b2', categoryId: 'leak', householdId: 'h3', buildingId: 'b2' }), // another building
    ticket({ id: 'done', categoryId: 'leak', householdId: 'h3', status: 'resolved', open: false }),
  ];
  it('offers the same kind of problem first, then the rest, in the order listed', () => {
    expect(mergeCandidates(dup, open).map((t) => t.id)).toEqual(['leak', 'lift', 'ours']);
  });
  it('never itself, another building, a ticket that is not open, or another household’s private matter', () => {
    const ids = mergeCandidates(dup, open).map((t) => t.id);
    for (const id of ['d', 'b2', 'done', 'pension']) expect(ids).not.toContain(id);
  });
});
