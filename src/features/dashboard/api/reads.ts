/**
 * The dashboard's reads, as plain functions over the Firestore SDK: the app passes its backend, the
 * benchmark passes the SDK against the emulator — the same query shapes are measured that users run.
 */
import type * as Firestore from 'firebase/firestore';
// Relative: the benchmark runs this file under tsx.
import { ticketConverter, type Ticket } from '../../../lib/converters/tickets';
import { dayKey } from '../../../lib/period';
import { WARNING_WINDOW_DAYS } from '../../../lib/policy';
import { addMonth, emptySummary, monthsToRead, previousMonth, type Summary } from './summary';

export type DashboardSdk = Pick<
  typeof Firestore,
  'collection' | 'doc' | 'getCountFromServer' | 'getDoc' | 'getDocs' | 'limit' | 'orderBy' | 'query' | 'where'
> & { Timestamp: { fromMillis(ms: number): Firestore.Timestamp } };

/** What the dashboard shows of a ticket behind a warning. */
export type RecentTicket = Pick<
  Ticket,
  | 'id'
  | 'buildingId'
  | 'buildingNumber'
  | 'categoryId'
  | 'householdId'
  | 'description'
  | 'voiceSeconds'
  | 'createdAt'
  | 'reopenCount'
  | 'status'
>;

export interface Current {
  open: number;
  overdue: number;
  unassigned: number;
  byWorker: { key: string; open: number; overdue: number }[];
  byBuilding: { key: string; open: number; overdue: number }[];
  aggregations: number;
}

/** Days of signals before today the early warnings look at (policy.ts: the text message uses it too). */
export { WARNING_WINDOW_DAYS };

/** A period's merged summaries, and its last month's and the month before's apart (the month-on-month trend). */
export interface PeriodSummary extends Summary {
  /** The period's last month (this month) and the month before it, each alone. */
  trend: { thisMonth: Summary; lastMonth: Summary };
  /** Documents read: one per month, plus the month before when the period does not hold it. */
  reads: number;
}

/** The merged summaries of the given months: one document read per month, whatever the ticket count. */
export async function loadSummary(
  b: DashboardSdk,
  db: Firestore.Firestore,
  months: string[],
): Promise<PeriodSummary> {
  const read = monthsToRead(months);
  const snaps = await Promise.all(read.map((m) => b.getDoc(b.doc(db, 'stats', m))));
  const raw = new Map(read.map((m, i) => [m, snaps[i]!.data()]));
  const s = months.reduce((acc, m) => addMonth(acc, raw.get(m)), emptySummary());
  const last = months.at(-1) ?? '';
  return {
    ...s,
    trend: {
      thisMonth: addMonth(emptySummary(), raw.get(last)),
      lastMonth: addMonth(emptySummary(), raw.get(previousMonth(last))),
    },
    reads: read.length,
  };
}

/** Open and overdue now, overall and per worker and per building: aggregation queries, no documents. */
export async function loadCurrent(
  b: DashboardSdk,
  db: Firestore.Firestore,
  workers: string[],
  buildings: string[],
  now: number,
): Promise<Current> {
  const col = b.collection(db, 'tickets');
  const due = b.Timestamp.fromMillis(now);
  const count = async (...cs: Parameters<typeof b.where>[]) =>
    (
      await b.getCountFromServer(b.query(col, b.where('open', '==', true), ...cs.map((c) => b.where(...c))))
    ).data().count;
  const pair = async (field: string, key: string) => ({
    key,
    open: await count([field, '==', key]),
    overdue: await count([field, '==', key], ['dueAt', '<', due]),
  });
  const [open, overdue, unassigned, byWorker, byBuilding] = await Promise.all([
    count(),
    count(['dueAt', '<', due]),
    count(['assigneeId', '==', null]),
    Promise.all(workers.map((w) => pair('assigneeId', w))),
    Promise.all(buildings.map((id) => pair('buildingId', id))),
  ]);
  return {
    open,
    overdue,
    unassigned,
    byWorker,
    byBuilding,
    aggregations: 3 + 2 * (workers.length + buildings.length),
  };
}

/**
 * The early-warning signals of the last days (src/features/tickets/api/writes.ts writes them with each
 * report): one small document per day, merged into building × category → the households that reported it.
 * A fixed number of reads, however many tickets there are.
 */
export async function loadSignals(
  b: DashboardSdk,
  db: Firestore.Firestore,
  now: number,
): Promise<{ reports: Record<string, string[]>; reads: number }> {
  const days = Array.from({ length: WARNING_WINDOW_DAYS + 1 }, (_, i) =>
    dayKey(new Date(now - i * 86_400_000)),
  );
  const snaps = await Promise.all(days.map((d) => b.getDoc(b.doc(db, 'signals', d))));
  const merged = new Map<string, Set<string>>();
  for (const snap of snaps) {
    const reports = (snap.data()?.reports ?? {}) as Record<string, Record<string, unknown>>;
    for (const [key, households] of Object.entries(reports)) {
      const set = merged.get(key) ?? new Set<string>();
      for (const h of Object.keys(households)) set.add(h);
      merged.set(key, set);
    }
  }
  return { reports: Object.fromEntries([...merged].map(([k, v]) => [k, [...v]])), reads: days.length };
}

export const WARNING_TICKETS_LIMIT = 20;

/**
 * The tickets behind one warning, read when the head asks for them: the building's reports in the category
 * over the window, or its reopened tickets. At most WARNING_TICKETS_LIMIT.
 */
export async function loadWarningTickets(
  b: DashboardSdk,
  db: Firestore.Firestore,
  w: { kind: 'cluster' | 'reopens'; buildingId: string; categoryId: string | null },
  now: number,
): Promise<RecentTicket[]> {
  const col = b.collection(db, 'tickets').withConverter(ticketConverter);
  const q =
    w.kind === 'cluster'
      ? b.query(
          col,
          b.where('buildingId', '==', w.buildingId),
          b.where('categoryId', '==', w.categoryId),
          b.where('createdAt', '>=', b.Timestamp.fromMillis(now - (WARNING_WINDOW_DAYS + 1) * 86_400_000)),
          b.orderBy('createdAt', 'desc'),
          b.limit(WARNING_TICKETS_LIMIT),
        )
      : b.query(
          col,
          b.where('buildingId', '==', w.buildingId),
          b.where('reopenCount', '>', 0),
          b.orderBy('reopenCount', 'desc'),
          b.limit(WARNING_TICKETS_LIMIT),
        );
  const snap = await b.getDocs(q);
  return snap.docs.map((d) => d.data());
}
