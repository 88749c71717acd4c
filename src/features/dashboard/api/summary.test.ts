// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addMonth, emptySummary, medianBucket, satisfactionBy } from './summary';

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
});
