/**
 * How the desk's queue table is ordered. The queue's query orders by the current deadline, soonest first
 * (`queuePageQuery`): that order is the default, over all matching tickets, a page at a time. Any other
 * order (the deadline the other way, the report time, the status) has no query and index of its own: it
 * orders only the tickets already loaded, and the table says so.
 */
import type { Ticket, TicketStatus } from '../types';

export const DESK_SORT_COLUMNS = ['deadline', 'created', 'status'] as const;
export type DeskSortColumn = (typeof DESK_SORT_COLUMNS)[number];
export interface DeskSort {
  by: DeskSortColumn;
  dir: 'asc' | 'desc';
}

/** The query's own order: no re-sorting. */
export const DEFAULT_SORT: DeskSort = { by: 'deadline', dir: 'asc' };

export function isDefaultSort(s: DeskSort) {
  return s.by === DEFAULT_SORT.by && s.dir === DEFAULT_SORT.dir;
}

/** A sort from the URL (`sort=created&dir=desc`); anything else is the default. */
export function readSort(by: string | null, dir: string | null): DeskSort {
  if (!DESK_SORT_COLUMNS.includes(by as DeskSortColumn)) return DEFAULT_SORT;
  return { by: by as DeskSortColumn, dir: dir === 'desc' ? 'desc' : 'asc' };
}

/** What a click on a column's header does: the same column turns round; another starts at its first way. */
export function nextSort(current: DeskSort, by: DeskSortColumn): DeskSort {
  if (current.by === by) return { by, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  // the newest reports first; the most urgent deadline first; statuses in the order work goes
  return { by, dir: by === 'created' ? 'desc' : 'asc' };
}

/** Where work stands, in the order it goes: waiting (new, or sent back), taken, under way, then the rest. */
const STATUS_ORDER: TicketStatus[] = ['submitted', 'reopened', 'accepted', 'in_progress', 'resolved'];
function statusRank(s: TicketStatus) {
  const i = STATUS_ORDER.indexOf(s);
  return i === -1 ? STATUS_ORDER.length : i;
}

/** Milliseconds of a deadline; none (a finished ticket) after every deadline. */
function due(t: Pick<Ticket, 'dueAt'>) {
  return t.dueAt ? t.dueAt.getTime() : Number.POSITIVE_INFINITY;
}

/**
 * The loaded tickets in `sort`'s order (a new array; ties keep the query's order, deadline first). The
 * default returns them as the query gave them.
 */
export function sortLoaded<T extends Pick<Ticket, 'dueAt' | 'createdAt' | 'status'>>(
  tickets: readonly T[],
  sort: DeskSort,
): T[] {
  if (isDefaultSort(sort)) return [...tickets];
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = (t: T) =>
    sort.by === 'deadline' ? due(t) : sort.by === 'created' ? t.createdAt.getTime() : statusRank(t.status);
  return tickets
    .map((t, i) => ({ t, i }))
    .sort((a, b) => {
      const ka = key(a.t);
      const kb = key(b.t);
      if (ka !== kb) return ka < kb ? -sign : sign;
      return a.i - b.i;
    })
    .map((x) => x.t);
}
