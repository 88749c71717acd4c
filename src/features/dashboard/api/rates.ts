/**
 * The three rates of 接诉即办 per grid worker and per building, from the period's summaries (no tickets read):
 *  - 响应率 (response): first acceptances made by the category's response deadline ÷ first acceptances;
 *  - 解决率 (resolution): resolutions ÷ first acceptances (a ticket accepted before the period and resolved in
 *    it counts in the numerator only, so it can pass 100 %; a reopened ticket resolved again counts again);
 *  - 满意率 (satisfaction): resident ratings of 4–5 ÷ resident ratings.
 * A rate with nothing to divide by is `null` (shown as "—" with why), never 0 % or NaN.
 */
import type { Summary } from './summary';

/** Below this share a rate is shown in red (the head reads the threshold on the screen). */
export const rateAlertBelow = 0.8;

export type RateKind = 'response' | 'resolution' | 'satisfaction';
export const RATE_KINDS: readonly RateKind[] = ['response', 'resolution', 'satisfaction'];

export interface Rate {
  /** What was achieved (accepted in time, resolved, rated 4–5). */
  count: number;
  /** Out of how many (accepted, accepted, rated). */
  of: number;
  /** count ÷ of, or null when `of` is 0. */
  value: number | null;
}

export interface RateRow {
  key: string;
  response: Rate;
  resolution: Rate;
  satisfaction: Rate;
}

export function rate(count: number, of: number): Rate {
  return { count, of, value: of > 0 ? count / of : null };
}

/** One row per key, for workers ('ByWorker') or buildings ('ByBuilding'). */
export function ratesBy(s: Summary, dim: 'ByWorker' | 'ByBuilding', keys: string[]): RateRow[] {
  const n = (m: Record<string, number>, k: string) => m[k] ?? 0;
  return keys.map((key) => {
    const accepted = n(s[`accepted${dim}`], key);
    return {
      key,
      response: rate(n(s[`acceptedInTime${dim}`], key), accepted),
      resolution: rate(n(s[`resolved${dim}`], key), accepted),
      satisfaction: rate(n(s[`ratingGood${dim}`], key), n(s[`rated${dim}`], key)),
    };
  });
}

/** The whole community's three rates. */
export function ratesAll(s: Summary): Omit<RateRow, 'key'> {
  return {
    response: rate(s.acceptedInTimeAll, s.acceptedAll),
    resolution: rate(s.resolvedAll, s.acceptedAll),
    satisfaction: rate(s.ratingGoodAll, s.ratedAll),
  };
}

/** Every worker the period counted anything for (accepted, resolved, rated), with `also` (today's owners). */
export function workerKeys(s: Summary, also: string[]): string[] {
  return [
    ...new Set([
      ...also,
      ...Object.keys(s.acceptedByWorker),
      ...Object.keys(s.resolvedByWorker),
      ...Object.keys(s.ratedByWorker),
    ]),
  ];
}

export function isLow(r: Rate) {
  return r.value !== null && r.value < rateAlertBelow;
}

/** A row's worst figure: the lowest of the chosen rate, or of all three ('worst'); null when it has none. */
function worstOf(row: RateRow, by: RateKind | 'worst'): number | null {
  const values = (by === 'worst' ? RATE_KINDS : [by])
    .map((k) => row[k].value)
    .filter((v): v is number => v !== null);
  return values.length ? Math.min(...values) : null;
}

/**
 * Worst first by the chosen rate (or by each row's lowest rate); rows with no figure go last; ties by how
 * much lies behind the figure (more tickets first), then by `name`.
 */
export function sortRates(rows: RateRow[], by: RateKind | 'worst', name: (key: string) => string) {
  const weight = (r: RateRow) => (by === 'worst' ? r.response.of + r.satisfaction.of : r[by].of);
  return [...rows].sort((a, b) => {
    const x = worstOf(a, by);
    const y = worstOf(b, by);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) return x - y;
    return weight(b) - weight(a) || name(a.key).localeCompare(name(b.key));
  });
}

/**
 * A rate this month beside last month's: the change in percentage points between the two as shown (each
 * rounded to a whole per cent first, so "80% → 85%" reads ▲ 5, never 4 or 6). `points` is null when either
 * month has nothing to divide by; `missing` then says which.
 */
export interface Trend {
  thisMonth: Rate;
  lastMonth: Rate;
  points: number | null;
  missing: 'thisMonth' | 'lastMonth' | 'both' | null;
}

export function trend(thisMonth: Rate, lastMonth: Rate): Trend {
  const a = thisMonth.value;
  const b = lastMonth.value;
  return {
    thisMonth,
    lastMonth,
    points: a === null || b === null ? null : Math.round(a * 100) - Math.round(b * 100),
    missing: a === null ? (b === null ? 'both' : 'thisMonth') : b === null ? 'lastMonth' : null,
  };
}

export type TrendRow = Record<RateKind, Trend>;

function trendRow(now: Omit<RateRow, 'key'>, before: Omit<RateRow, 'key'>): TrendRow {
  return {
    response: trend(now.response, before.response),
    resolution: trend(now.resolution, before.resolution),
    satisfaction: trend(now.satisfaction, before.satisfaction),
  };
}

/** The community's three rates, this month against last month. */
export function trendsAll(thisMonth: Summary, lastMonth: Summary): TrendRow {
  return trendRow(ratesAll(thisMonth), ratesAll(lastMonth));
}

/** Per worker or building, each key's three rates this month against last month. */
export function trendsBy(
  thisMonth: Summary,
  lastMonth: Summary,
  dim: 'ByWorker' | 'ByBuilding',
  keys: string[],
): Map<string, TrendRow> {
  const now = ratesBy(thisMonth, dim, keys);
  const before = ratesBy(lastMonth, dim, keys);
  return new Map(keys.map((k, i) => [k, trendRow(now[i]!, before[i]!)]));
}
