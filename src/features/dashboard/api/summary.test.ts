// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addMonth, emptySummary, medianBucket, monthsToRead, previousMonth, satisfactionBy } from './summary';

describe('dashboard summaries', () => {
  it('merges months field by field', () => {
    const s = addMonth(addMonth(emptySummary(), { createdAll: 2, createdByBuilding: { b1: 2 } }), {
      createdAll: 3,
      createdByBuilding: { b1: 1, b2: 2 },
    });
    expect(s.createdAll).toBe(5);
    expect(s.createdByBuilding).toEqual({ b1: 3, b2: 2 });
  });
  it('finds the median bucket of a histogram', () => {
    expect(medianBucket({})).toBeNull();
    expect(medianBucket({ h0: 1, h1: 1, h4: 5 })).toBe('h4');
    expect(medianBucket({ h0: 4, h96: 3 })).toBe('h0');
  });
  it('computes satisfaction per key', () => {
    const s = addMonth(emptySummary(), {
      ratedByWorker: { w1: 4 },
      ratingSumByWorker: { w1: 18 },
      ratingGoodByWorker: { w1: 3 },
    });
    expect(satisfactionBy(s, 'ByWorker')).toEqual([{ key: 'w1', rated: 4, average: 4.5, goodShare: 0.75 }]);
  });
  it('names the month before, across a year', () => {
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
  it('reads the month before this one once at most: one more document for this month, none for longer', () => {
    expect(monthsToRead(['2026-01'])).toEqual(['2025-12', '2026-01']);
    expect(monthsToRead(['2025-11', '2025-12', '2026-01'])).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(monthsToRead([])).toEqual([]);
  });
});
