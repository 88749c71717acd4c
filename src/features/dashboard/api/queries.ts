import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { loadCurrent, loadSignals, loadSummary, loadWarningTickets } from './reads';
import type { Warning } from './warnings';

export { WARNING_HOUSEHOLDS, warnings, type Warning } from './warnings';

export { WARNING_WINDOW_DAYS, type Current, type RecentTicket } from './reads';

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
  /** A week of early-warning signals (one document per day). */
  signals: (now: number) =>
    queryOptions({
      queryKey: ['dashboard', 'signals', now] as const,
      queryFn: async () => {
        const b = await getBackend();
        return loadSignals(b, b.db, now);
      },
      staleTime: 60_000,
    }),
  /** The tickets behind one warning (read on request). */
  warningTickets: (w: Pick<Warning, 'kind' | 'buildingId' | 'categoryId'>, now: number) =>
    queryOptions({
      queryKey: ['dashboard', 'warning', w.kind, w.buildingId, w.categoryId, now] as const,
      queryFn: async () => {
        const b = await getBackend();
        return loadWarningTickets(b, b.db, w, now);
      },
      staleTime: 60_000,
    }),
};
