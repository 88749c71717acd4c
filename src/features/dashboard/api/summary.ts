/** Monthly summary documents (stats/YYYY-MM) merged over a period, and what the dashboard derives from them. */
import { type HistBucket, histBuckets } from '@/lib/policy';

export type Counts = Record<string, number>;

export interface Summary {
  createdAll: number;
  createdByBuilding: Counts;
  createdByCategory: Counts;
  acceptedAll: number;
  acceptHist: Counts;
  acceptedByWorker: Counts;
  acceptedByBuilding: Counts;
  acceptedInTimeAll: number;
  acceptedInTimeByWorker: Counts;
  acceptedInTimeByBuilding: Counts;
  resolvedAll: number;
  resolveHist: Counts;
  resolvedByBuilding: Counts;
  resolvedByWorker: Counts;
  resolvedByCategory: Counts;
  ratedAll: number;
  ratingSumAll: number;
  ratingGoodAll: number;
  /** Of those, ratings staff took on the phone (电话回访), and how many of them 4–5. */
  phoneRatedAll: number;
  phoneRatingGoodAll: number;
  ratedByBuilding: Counts;
  ratingSumByBuilding: Counts;
  ratingGoodByBuilding: Counts;
  ratedByWorker: Counts;
  ratingSumByWorker: Counts;
  ratingGoodByWorker: Counts;
  ratedByCategory: Counts;
  ratingSumByCategory: Counts;
  ratingGoodByCategory: Counts;
  reopenedAll: number;
  reopenedByBuilding: Counts;
}

const SCALARS = [
  'createdAll',
  'acceptedAll',
  'acceptedInTimeAll',
  'resolvedAll',
  'ratedAll',
  'ratingSumAll',
  'ratingGoodAll',
  'phoneRatedAll',
  'phoneRatingGoodAll',
  'reopenedAll',
] as const;
const MAPS = [
  'createdByBuilding',
  'createdByCategory',
  'acceptHist',
  'acceptedByWorker',
  'acceptedByBuilding',
  'acceptedInTimeByWorker',
  'acceptedInTimeByBuilding',
  'resolveHist',
  'resolvedByBuilding',
  'resolvedByWorker',
  'resolvedByCategory',
  'ratedByBuilding',
  'ratingSumByBuilding',
  'ratingGoodByBuilding',
  'ratedByWorker',
  'ratingSumByWorker',
  'ratingGoodByWorker',
  'ratedByCategory',
  'ratingSumByCategory',
  'ratingGoodByCategory',
  'reopenedByBuilding',
] as const;

export function emptySummary(): Summary {
  return Object.fromEntries([
    ...SCALARS.map((k) => [k, 0]),
    ...MAPS.map((k) => [k, {}]),
  ]) as unknown as Summary;
}

/** Adds one month's raw document into a running summary. */
export function addMonth(into: Summary, raw: Record<string, unknown> | undefined): Summary {
  if (!raw) return into;
  for (const k of SCALARS) into[k] += typeof raw[k] === 'number' ? (raw[k] as number) : 0;
  for (const k of MAPS) {
    const m = raw[k];
    if (!m || typeof m !== 'object') continue;
    for (const [key, v] of Object.entries(m as Record<string, unknown>)) {
      if (typeof v === 'number') into[k][key] = (into[k][key] ?? 0) + v;
    }
  }
  return into;
}

/** The histogram bucket that holds the median, or null with no data. */
export function medianBucket(hist: Counts): HistBucket | null {
  const total = histBuckets.reduce((s, k) => s + (hist[k] ?? 0), 0);
  if (!total) return null;
  let seen = 0;
  for (const k of histBuckets) {
    seen += hist[k] ?? 0;
    if (seen >= total / 2) return k;
  }
  return 'h96';
}

export interface Satisfaction {
  key: string;
  rated: number;
  average: number;
  goodShare: number;
}

/** Average rating and share rated 4–5, per key of one dimension ('ByBuilding', 'ByWorker', 'ByCategory'). */
export function satisfactionBy(s: Summary, dim: 'ByBuilding' | 'ByWorker' | 'ByCategory'): Satisfaction[] {
  const rated = s[`rated${dim}`];
  return Object.keys(rated)
    .filter((k) => rated[k]! > 0)
    .map((k) => ({
      key: k,
      rated: rated[k]!,
      average: (s[`ratingSum${dim}`][k] ?? 0) / rated[k]!,
      goodShare: (s[`ratingGood${dim}`][k] ?? 0) / rated[k]!,
    }));
}

/** The month before `2026-01` (`2025-12`): the summary document a month is compared with. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 2, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * The summary documents a period needs: its months, and the month before its last (this month's trend is
 * against it) when the period does not hold it already — one more read at most, whatever the ticket count.
 */
export function monthsToRead(months: string[]): string[] {
  const last = months.at(-1);
  if (!last) return [];
  const before = previousMonth(last);
  return months.includes(before) ? months : [before, ...months];
}
