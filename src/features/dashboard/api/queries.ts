import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { loadCurrent, loadRecent, loadSummary, type RecentTicket } from './reads';

export { WARNING_WINDOW_DAYS, type Current, type RecentTicket } from './reads';
export const WARNING_HOUSEHOLDS = 3;

export const dashboardQueries = {
  all: ['dashboard'] as const,
  /** The merged summaries of the given months: one document read per month, whatever the ticket count. */
  summary: (months: string[]) =>
    queryOptions({
      queryKey: ['dashboard', 'summary', months] as const,
      queryFn: async () => {
        const b = await getBackend();
        return loadSummary(b, b.db, months);
      },
      staleTime: 60_000,
    }),
  /** Open and overdue now, overall and per worker and per building (aggregation queries). */
  current: (workers: string[], buildings: string[], now: number) =>
    queryOptions({
      queryKey: ['dashboard', 'current', workers, buildings, now] as const,
      queryFn: async () => {
        const b = await getBackend();
        return loadCurrent(b, b.db, workers, buildings, now);
      },
      staleTime: 60_000,
    }),
  /** Tickets of the last days, for early warnings (bounded: at most RECENT_LIMIT, newest first). */
  recent: (now: number) =>
    queryOptions({
      queryKey: ['dashboard', 'recent', now] as const,
      queryFn: async () => {
        const b = await getBackend();
        return loadRecent(b, b.db, now);
      },
      staleTime: 60_000,
    }),
};

export interface Warning {
  kind: 'cluster' | 'reopens';
  buildingId: string;
  buildingNumber: number;
  categoryId: string | null;
  households: number;
  tickets: RecentTicket[];
}

/**
 * Early warning (维稳): several households of one building reporting the same category within the window,
 * or a building whose tickets keep being reopened.
 */
export function warnings(
  recent: RecentTicket[],
  reopenedByBuilding: Record<string, number>,
  buildingNumber: (id: string) => number,
): Warning[] {
  const groups = new Map<string, RecentTicket[]>();
  for (const t of recent) {
    const k = `${t.buildingId}|${t.categoryId}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  const out: Warning[] = [];
  for (const tickets of groups.values()) {
    const households = new Set(tickets.map((t) => t.householdId)).size;
    if (households >= WARNING_HOUSEHOLDS) {
      out.push({
        kind: 'cluster',
        buildingId: tickets[0]!.buildingId,
        buildingNumber: tickets[0]!.buildingNumber,
        categoryId: tickets[0]!.categoryId,
        households,
        tickets,
      });
    }
  }
  for (const [buildingId, n] of Object.entries(reopenedByBuilding)) {
    if (n >= WARNING_HOUSEHOLDS) {
      out.push({
        kind: 'reopens',
        buildingId,
        buildingNumber: buildingNumber(buildingId),
        categoryId: null,
        households: n,
        tickets: recent.filter((t) => t.buildingId === buildingId && t.reopenCount > 0),
      });
    }
  }
  return out.sort((a, b) => b.households - a.households);
}
