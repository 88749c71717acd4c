// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isLow, rate, ratesAll, ratesBy, sortRates, trend, trendsAll, trendsBy, workerKeys } from './rates';
import { addMonth, emptySummary } from './summary';

/** Two months as the stats documents hold them: w1 answers late sometimes, w2 has nothing rated. */
function period() {
  return addMonth(
    addMonth(emptySummary(), {
      acceptedAll: 12,
      acceptedInTimeAll: 10,
      acceptedByWorker: { w1: 10, w2: 2 },
      acceptedInTimeByWorker: { w1: 8, w2: 2 },
      acceptedByBuilding: { b1: 10, b2: 2 },
      acceptedInTimeByBuilding: { b1: 8, b2: 2 },
      resolvedAll: 9,
      resolvedByWorker: { w1: 8, w2: 1 },
      resolvedByBuilding: { b1: 8, b2: 1 },
      ratedAll: 4,
      ratingGoodAll: 3,
      ratedByWorker: { w1: 4 },
      ratingGoodByWorker: { w1: 3 },
      ratedByBuilding: { b1: 4 },
      ratingGoodByBuilding: { b1: 3 },
    }),
    {
      acceptedAll: 8,
      acceptedInTimeAll: 8,
      acceptedByWorker: { w1: 8 },
      acceptedInTimeByWorker: { w1: 8 },
      resolvedByWorker: { w3: 1 },
      ratedByWorker: { w1: 1 },
      ratingGoodByWorker: { w1: 1 },
    },
  );
}

describe('the three rates', () => {
  it('per worker: in time ÷ accepted, resolved ÷ accepted, rated 4–5 ÷ rated, over the months merged', () => {
    const [w1, w2] = ratesBy(period(), 'ByWorker', ['w1', 'w2']);
    expect(w1).toEqual({
      key: 'w1',
      response: { count: 16, of: 18, value: 16 / 18 },
      resolution: { count: 8, of: 18, value: 8 / 18 },
      satisfaction: { count: 4, of: 5, value: 0.8 },
    });
    expect(w2!.response).toEqual({ count: 2, of: 2, value: 1 });
    expect(w2!.resolution.value).toBe(0.5);
  });
  it('nothing to divide by is no figure (null), not 0 and not NaN', () => {
    const [w2, nobody] = ratesBy(period(), 'ByWorker', ['w2', 'nobody']);
    expect(w2!.satisfaction).toEqual({ count: 0, of: 0, value: null });
    expect(nobody!.response.value).toBeNull();
    expect(nobody!.resolution.value).toBeNull();
    expect(ratesAll(emptySummary()).response.value).toBeNull();
    // resolved with nothing accepted in the period (work from before): still no rate, the counts say why
    const [w3] = ratesBy(period(), 'ByWorker', ['w3']);
    expect(w3!.resolution).toEqual({ count: 1, of: 0, value: null });
  });
  it('per building, and the whole community', () => {
    const [b1] = ratesBy(period(), 'ByBuilding', ['b1']);
    expect(b1!.response.value).toBe(0.8);
    expect(b1!.satisfaction.value).toBe(0.75);
    const all = ratesAll(period());
    expect(all.response).toEqual({ count: 18, of: 20, value: 0.9 });
    expect(all.resolution).toEqual({ count: 9, of: 20, value: 0.45 });
  });
  it('red below 80 %, not at it, never for no figure', () => {
    expect(isLow(rate(79, 100))).toBe(true);
    expect(isLow(rate(8, 10))).toBe(false);
    expect(isLow(rate(0, 0))).toBe(false);
    expect(isLow(rate(0, 3))).toBe(true);
  });
  it('lists the workers counted in the period as well as today’s owners, once each', () => {
    expect(workerKeys(period(), ['w4', 'w1']).sort()).toEqual(['w1', 'w2', 'w3', 'w4']);
  });
  it('sorts worst first — by one rate or by each row’s lowest — with no-figure rows last', () => {
    const rows = ratesBy(period(), 'ByWorker', ['w3', 'w1', 'w2']);
    const name = (k: string) => k;
    expect(sortRates(rows, 'worst', name).map((r) => r.key)).toEqual(['w1', 'w2', 'w3']);
    expect(sortRates(rows, 'response', name).map((r) => r.key)).toEqual(['w1', 'w2', 'w3']);
    expect(sortRates(rows, 'satisfaction', name).map((r) => r.key)).toEqual(['w1', 'w2', 'w3']);
    // w2 resolved half, w1 less than half
    expect(sortRates(rows, 'resolution', name).map((r) => r.key)).toEqual(['w1', 'w2', 'w3']);
    const tie = [
      { key: 'b', response: rate(1, 2), resolution: rate(0, 0), satisfaction: rate(0, 0) },
      { key: 'a', response: rate(1, 2), resolution: rate(0, 0), satisfaction: rate(0, 0) },
      { key: 'c', response: rate(5, 10), resolution: rate(0, 0), satisfaction: rate(0, 0) },
    ];
    expect(sortRates(tie, 'response', name).map((r) => r.key)).toEqual(['c', 'a', 'b']);
  });
});

describe('month on month', () => {
  const last = addMonth(emptySummary(), {
    acceptedAll: 10,
    acceptedInTimeAll: 8,
    resolvedAll: 7,
    ratedAll: 3,
    ratingGoodAll: 3,
    acceptedByWorker: { w1: 10 },
    acceptedInTimeByWorker: { w1: 8 },
    ratedByWorker: { w1: 3 },
    ratingGoodByWorker: { w1: 3 },
    acceptedByBuilding: { b1: 10 },
    acceptedInTimeByBuilding: { b1: 8 },
  });
  const now = addMonth(emptySummary(), {
    acceptedAll: 20,
    acceptedInTimeAll: 17,
    resolvedAll: 13,
    acceptedByWorker: { w1: 4, w2: 16 },
    acceptedInTimeByWorker: { w1: 4, w2: 13 },
    acceptedByBuilding: { b1: 20 },
    acceptedInTimeByBuilding: { b1: 17 },
  });

  it('the community: this month’s rate beside last month’s, the change in percentage points', () => {
    const t = trendsAll(now, last);
    expect(t.response).toEqual({
      thisMonth: { count: 17, of: 20, value: 0.85 },
      lastMonth: { count: 8, of: 10, value: 0.8 },
      points: 5,
      missing: null,
    });
    expect(t.resolution.points).toBe(65 - 70);
    // nothing rated this month: no change to show, and the reason is this month
    expect(t.satisfaction).toMatchObject({ points: null, missing: 'thisMonth' });
  });

  it('per worker and building, a key absent from a month has nothing to divide by in it', () => {
    const workers = trendsBy(now, last, 'ByWorker', ['w1', 'w2', 'w9']);
    expect(workers.get('w1')!.response).toMatchObject({ points: 100 - 80, missing: null });
    expect(workers.get('w1')!.satisfaction).toMatchObject({ points: null, missing: 'thisMonth' });
    expect(workers.get('w2')!.response).toMatchObject({ points: null, missing: 'lastMonth' });
    expect(workers.get('w9')!.resolution).toMatchObject({ points: null, missing: 'both' });
    expect(trendsBy(now, last, 'ByBuilding', ['b1']).get('b1')!.response.points).toBe(5);
  });

  it('the change is between the figures as shown (whole per cents), so they add up on screen', () => {
    // 2/3 shows 67 %, 1/2 shows 50 %: ▲ 17, not the raw 16.67
    expect(trend(rate(2, 3), rate(1, 2)).points).toBe(17);
    // 0.804 and 0.796 both show 80 %: no change, not ▲ 1
    expect(trend(rate(804, 1000), rate(796, 1000)).points).toBe(0);
    expect(trend(rate(0, 4), rate(4, 4)).points).toBe(-100);
  });
});
