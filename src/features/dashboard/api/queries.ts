import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { addMonth, emptySummary, type Summary } from './summary';

export interface RecentTicket {
  id: string;
  buildingId: string;
  buildingNumber: number;
  categoryId: string;
  householdId: string;
  description: string;
  createdAt: Date;
  reopenCount: number;
  status: string;
}

export const WARNING_WINDOW_DAYS = 7;
export const WARNING_HOUSEHOLDS = 3;
const RECENT_LIMIT = 300;

export const dashboardQueries = {
  all: ['dashboard'] as const,
  /** The merged summaries of the given months: one document read per month, whatever the ticket count. */
  summary: (months: string[]) =>
    queryOptions({
      queryKey: ['dashboard', 'summary', months] as const,
      queryFn: async (): Promise<Summary & { reads: number }> => {
        const b = await getBackend();
        const snaps = await Promise.all(months.map((m) => b.getDoc(b.doc(b.db, 'stats', m))));
        const s = snaps.reduce((acc, d) => addMonth(acc, d.data()), emptySummary());
        return { ...s, reads: months.length };
      },
      staleTime: 60_000,
    }),
  /** Open and overdue now, overall and per worker and per building (aggregation queries). */
  current: (workers: string[], buildings: string[], now: number) =>
    queryOptions({
      queryKey: ['dashboard', 'current', workers, buildings, now] as const,
      queryFn: async () => {
        const b = await getBackend();
        const col = b.collection(b.db, 'tickets');
        const due = b.Timestamp.fromMillis(now);
        const count = async (...cs: Parameters<typeof b.where>[]) =>
          (
            await b.getCountFromServer(
              b.query(col, b.where('open', '==', true), ...cs.map((c) => b.where(...c))),
            )
          ).data().count;
        const [open, overdue, unassigned] = await Promise.all([
          count(),
          count(['dueAt', '<', due]),
          count(['assigneeId', '==', null]),
        ]);
        const byWorker = await Promise.all(
          workers.map(async (w) => ({
            key: w,
            open: await count(['assigneeId', '==', w]),
            overdue: await count(['assigneeId', '==', w], ['dueAt', '<', due]),
          })),
        );
        const byBuilding = await Promise.all(
          buildings.map(async (id) => ({
            key: id,
            open: await count(['buildingId', '==', id]),
            overdue: await count(['buildingId', '==', id], ['dueAt', '<', due]),
          })),
        );
        return {
          open,
          overdue,
          unassigned,
          byWorker,
          byBuilding,
          aggregations: 3 + 2 * (workers.length + buildings.length),
        };
      },
      staleTime: 60_000,
    }),
  /** Tickets of the last days, for early warnings (bounded: at most RECENT_LIMIT, newest first). */
  recent: (now: number) =>
    queryOptions({
      queryKey: ['dashboard', 'recent', now] as const,
      queryFn: async (): Promise<RecentTicket[]> => {
        const b = await getBackend();
        const snap = await b.getDocs(
          b.query(
            b.collection(b.db, 'tickets'),
            b.where('createdAt', '>=', b.Timestamp.fromMillis(now - WARNING_WINDOW_DAYS * 86_400_000)),
            b.orderBy('createdAt', 'desc'),
            b.limit(RECENT_LIMIT),
          ),
        );
        return snap.docs.map((d) => {
          const x = d.data();
          return {
            id: d.id,
            buildingId: String(x.buildingId),
            buildingNumber: Number(x.buildingNumber),
            categoryId: String(x.categoryId),
            householdId: String(x.householdId),
            description: String(x.description),
            createdAt: x.createdAt?.toDate?.() ?? new Date(0),
            reopenCount: Number(x.reopenCount ?? 0),
            status: String(x.status),
          };
        });
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
