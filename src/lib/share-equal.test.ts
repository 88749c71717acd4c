// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shareEqual } from './share-equal';

const ticket = (id: string, status: string, at = 1_700_000_000_000) => ({
  id,
  status,
  createdAt: new Date(at),
  photos: [{ path: `p/${id}.jpg` }],
});

describe('shareEqual: a new snapshot keeps what did not change', () => {
  it('an unchanged list (new objects, new but equal dates) is the old list itself', () => {
    const before = [ticket('a', 'submitted'), ticket('b', 'accepted')];
    const after = [ticket('a', 'submitted'), ticket('b', 'accepted')];
    expect(shareEqual(before, after)).toBe(before);
  });

  it('one ticket changed: only that one is new, the others keep their identity', () => {
    const before = [ticket('a', 'submitted'), ticket('b', 'accepted')];
    const after = [ticket('a', 'submitted'), ticket('b', 'in_progress')];
    const shared = shareEqual(before, after);
    expect(shared).not.toBe(before);
    expect(shared[0]).toBe(before[0]);
    expect(shared[1]).toEqual(after[1]);
    expect(shared[1]).not.toBe(before[1]);
    expect(shared[1]!.photos).toBe(before[1]!.photos); // unchanged parts inside a changed ticket too
  });

  it('a changed date, an added or removed field or item, is a change', () => {
    const before = [ticket('a', 'submitted')];
    expect(shareEqual(before, [ticket('a', 'submitted', 1)])).not.toBe(before);
    expect(shareEqual(before, [{ ...ticket('a', 'submitted'), rating: 5 }])).not.toBe(before);
    expect(shareEqual(before, [...before, ticket('c', 'submitted')])).not.toBe(before);
    expect(shareEqual(before, [])).toEqual([]);
    expect(shareEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toEqual({ a: 1, c: undefined });
  });

  it('nothing before, or values of another kind: the new value as it is', () => {
    const after = [ticket('a', 'submitted')];
    expect(shareEqual(undefined, after)).toBe(after);
    expect(shareEqual({ a: 1 }, [1])).toEqual([1]);
    expect(shareEqual(null, null)).toBe(null);
  });
});
