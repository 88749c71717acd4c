/**
 * The work queue's queries, as pure builders over the Firestore SDK (the app passes the backend, the query
 * tests pass the SDK against the emulator — the same code runs in both).
 *
 * Shape: equality filters (assignee — mine, nobody's, or one person's —, open, status, category, building), an optional `dueAt < now` for
 * "overdue", ordered by the current deadline (overdue first, then the most urgent). Pages are cursors:
 * each page reads at most PAGE_SIZE + 1 documents (the extra one only says whether there is more).
 */
import type {
  CollectionReference,
  DocumentData,
  Firestore,
  Query,
  QueryConstraint,
  QueryDocumentSnapshot,
} from 'firebase/firestore';

export const QUEUE_PAGE_SIZE = 20;
export const QUEUE_STATUSES = ['submitted', 'accepted', 'in_progress', 'reopened'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export interface QueueFilters {
  /** `mine`: assigned to me; `unassigned`: buildings with no worker (the head's queue); `all`: head only. */
  scope: 'mine' | 'unassigned' | 'all';
  status?: QueueStatus | undefined;
  categoryId?: string | undefined;
  buildingId?: string | undefined;
  overdue?: boolean | undefined;
  /** With `all` (the head's): one person's tickets only — a worker's row on the dashboard. */
  assigneeId?: string | undefined;
}

/** The SDK functions the builders need (a subset of `firebase/firestore`). */
export interface QuerySdk {
  collection(db: Firestore, path: string): CollectionReference<DocumentData>;
  query(q: Query<DocumentData>, ...constraints: QueryConstraint[]): Query<DocumentData>;
  where: typeof import('firebase/firestore').where;
  orderBy: typeof import('firebase/firestore').orderBy;
  limit: typeof import('firebase/firestore').limit;
  startAfter: typeof import('firebase/firestore').startAfter;
  Timestamp: { fromDate(d: Date): unknown };
}

function constraints(sdk: QuerySdk, uid: string, f: QueueFilters, now: Date, withStatus: boolean) {
  const c: QueryConstraint[] = [];
  if (f.scope === 'mine') c.push(sdk.where('assigneeId', '==', uid));
  if (f.scope === 'unassigned') c.push(sdk.where('assigneeId', '==', null));
  if (f.scope === 'all' && f.assigneeId) c.push(sdk.where('assigneeId', '==', f.assigneeId));
  c.push(sdk.where('open', '==', true));
  if (withStatus && f.status) c.push(sdk.where('status', '==', f.status));
  if (f.categoryId) c.push(sdk.where('categoryId', '==', f.categoryId));
  if (f.buildingId) c.push(sdk.where('buildingId', '==', f.buildingId));
  if (f.overdue) c.push(sdk.where('dueAt', '<', sdk.Timestamp.fromDate(now)));
  return c;
}

/** One page of the queue, after `cursor` (the last document of the previous page). */
export function queuePageQuery(
  sdk: QuerySdk,
  db: Firestore,
  uid: string,
  f: QueueFilters,
  now: Date,
  cursor: QueryDocumentSnapshot<DocumentData> | null,
  pageSize = QUEUE_PAGE_SIZE,
) {
  const c = constraints(sdk, uid, f, now, true);
  c.push(sdk.orderBy('dueAt'));
  if (cursor) c.push(sdk.startAfter(cursor));
  c.push(sdk.limit(pageSize + 1));
  return sdk.query(sdk.collection(db, 'tickets'), ...c);
}

/** The queries whose counts label the status filter (aggregation: no documents are read). */
export function queueCountQueries(sdk: QuerySdk, db: Firestore, uid: string, f: QueueFilters, now: Date) {
  const base = constraints(sdk, uid, { ...f, overdue: false }, now, false);
  const col = sdk.collection(db, 'tickets');
  return {
    all: sdk.query(col, ...base),
    overdue: sdk.query(col, ...constraints(sdk, uid, { ...f, status: undefined, overdue: true }, now, false)),
    ...Object.fromEntries(
      QUEUE_STATUSES.map((s) => [s, sdk.query(col, ...base, sdk.where('status', '==', s))]),
    ),
  } as Record<QueueStatus | 'all' | 'overdue', Query<DocumentData>>;
}
