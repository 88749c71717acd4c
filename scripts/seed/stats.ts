/**
 * Monthly summaries computed from a set of tickets — what the app's own writes would have accumulated
 * (src/features/tickets/api/writes.ts adds the same counters, the rules check them). Used by the seeders.
 */
import {
  acceptedInTime,
  dayKey,
  monthKey,
  reportDayPath,
  signalKey,
} from '../../src/features/tickets/api/writes';
import { bucketOf } from '../../src/lib/policy';

export interface SummarisedTicket {
  buildingId: string;
  categoryId: string;
  assigneeId: string | null;
  createdAt: Date;
  responseDueAt: Date;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  closeReason: 'confirmed' | 'auto' | 'callback' | null;
  rating: { score: number } | null;
  reopenedAt: Date[];
}

type Stats = Record<string, number | Record<string, number>>;

export function summarise(tickets: SummarisedTicket[]): Map<string, Stats> {
  const months = new Map<string, Stats>();
  const month = (d: Date) => {
    const k = monthKey(d);
    if (!months.has(k)) months.set(k, {});
    return months.get(k)!;
  };
  const add = (s: Stats, field: string, n = 1) =>
    void (s[field] = ((s[field] as number | undefined) ?? 0) + n);
  const addKey = (s: Stats, field: string, key: string, n = 1) => {
    const m = ((s[field] as Record<string, number> | undefined) ??= {}) as Record<string, number>;
    s[field] = m;
    m[key] = (m[key] ?? 0) + n;
  };
  for (const t of tickets) {
    const w = t.assigneeId ?? 'unassigned';
    const c = month(t.createdAt);
    add(c, 'createdAll');
    addKey(c, 'createdByBuilding', t.buildingId);
    addKey(c, 'createdByCategory', t.categoryId);
    if (t.acceptedAt) {
      const a = month(t.acceptedAt);
      add(a, 'acceptedAll');
      addKey(a, 'acceptHist', bucketOf((t.acceptedAt.getTime() - t.createdAt.getTime()) / 1000));
      addKey(a, 'acceptedByWorker', w);
      addKey(a, 'acceptedByBuilding', t.buildingId);
      if (acceptedInTime(t.acceptedAt, t.responseDueAt)) {
        add(a, 'acceptedInTimeAll');
        addKey(a, 'acceptedInTimeByWorker', w);
        addKey(a, 'acceptedInTimeByBuilding', t.buildingId);
      }
    }
    if (t.resolvedAt) {
      const r = month(t.resolvedAt);
      add(r, 'resolvedAll');
      addKey(r, 'resolveHist', bucketOf((t.resolvedAt.getTime() - t.createdAt.getTime()) / 1000));
      addKey(r, 'resolvedByBuilding', t.buildingId);
      addKey(r, 'resolvedByWorker', w);
      addKey(r, 'resolvedByCategory', t.categoryId);
    }
    if ((t.closeReason === 'confirmed' || t.closeReason === 'callback') && t.rating && t.closedAt) {
      const x = month(t.closedAt);
      const good = t.rating.score >= 4 ? 1 : 0;
      add(x, 'ratedAll');
      add(x, 'ratingSumAll', t.rating.score);
      add(x, 'ratingGoodAll', good);
      if (t.closeReason === 'callback') {
        // a rating staff took on the phone: counted apart too
        add(x, 'phoneRatedAll');
        add(x, 'phoneRatingGoodAll', good);
      }
      for (const [suffix, key] of [
        ['ByBuilding', t.buildingId],
        ['ByWorker', w],
        ['ByCategory', t.categoryId],
      ] as const) {
        addKey(x, `rated${suffix}`, key);
        addKey(x, `ratingSum${suffix}`, key, t.rating.score);
        addKey(x, `ratingGood${suffix}`, key, good);
      }
    }
    for (const at of t.reopenedAt) {
      const o = month(at);
      add(o, 'reopenedAll');
      addKey(o, 'reopenedByBuilding', t.buildingId);
    }
  }
  return months;
}

/** The early-warning signals the app's reports would have written: per day, building × category → households. */
export function signalsOf(
  tickets: { buildingId: string; categoryId: string; householdId: string; clientCreatedAt: Date }[],
): Map<string, Record<string, Record<string, true>>> {
  const days = new Map<string, Record<string, Record<string, true>>>();
  for (const t of tickets) {
    const day = dayKey(t.clientCreatedAt);
    const reports = days.get(day) ?? {};
    const key = signalKey(t.buildingId, t.categoryId);
    reports[key] = { ...reports[key], [t.householdId]: true };
    days.set(day, reports);
  }
  return days;
}

/** The households' own reports per day the app's reports would have counted (`reportDays`; staff filing for them are not counted). */
export function reportDaysOf(
  tickets: { householdId: string; viaProxy: boolean; clientCreatedAt: Date }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    if (t.viaProxy) continue;
    const path = reportDayPath(dayKey(t.clientCreatedAt), t.householdId);
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  return counts;
}
