import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Select } from '@/components/ui/Field';
import { LoadError, Loading } from '@/components/ui/Loading';
import { BuildingOptions } from '@/components/ui/BuildingOptions';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { queueQueries } from '../api/queue-queries';
import { QUEUE_STATUSES, type QueueFilters, type QueueStatus } from '../api/queue';
import type { Category, Ticket } from '../types';
import { clock } from '@/lib/voice-time';
import type { DeskSort } from '../api/desk-sort';
import { categoryLabel } from './category-label';
import { DeskQueueTable, type DeskTransfer } from './DeskQueueTable';
import { DueLabel } from './DueLabel';
import { placeLabel } from './place-label';
import { StatusBadge } from './StatusBadge';
import { TicketList } from './TicketList';

/** Whether the screen is at least `query` wide now (and again whenever that changes). */
function useMedia(query: MediaQueryList | null) {
  return useSyncExternalStore(
    (cb) => {
      query?.addEventListener('change', cb);
      return () => query?.removeEventListener('change', cb);
    },
    () => query?.matches ?? false,
  );
}
const media = (q: string) => (typeof window !== 'undefined' ? window.matchMedia(q) : null);
const wide = media('(min-width: 768px)');
/** The staff's desk (AppShell's side navigation shows from the same width: Tailwind's `lg`). */
const desk = media('(min-width: 1024px)');

/**
 * The work queue: open tickets, most urgent deadline first, filtered by status (with counts), category,
 * building and "overdue"; a page at a time. Cards on a phone, a table on a tablet, and on a desk (1024 px
 * and wider) the full table: sortable, with rows to tick and hand over together.
 */
export function QueueView({
  uid,
  filters,
  onFilters,
  now,
  scopes,
  buildings,
  categories,
  linkTo,
  sort,
  onSort,
  transfer,
}: {
  uid: string;
  filters: QueueFilters;
  onFilters: (f: QueueFilters) => void;
  now: number;
  scopes: QueueFilters['scope'][];
  buildings: { id: string; number: number }[];
  categories: Category[];
  linkTo: (id: string) => string;
  /** The desk table's order (the query's own by default). */
  sort: DeskSort;
  onSort: (s: DeskSort) => void;
  /** Handing ticked tickets on from the desk table. */
  transfer?: DeskTransfer | undefined;
}) {
  const { t, lang } = useTranslation();
  const isWide = useMedia(wide);
  const isDesk = useMedia(desk);
  // the desk table's ticked rows, kept here so that they outlive the table's own re-mounts
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const [done, setDone] = useState<string | null>(null);
  const counts = useQuery(queueQueries.counts(uid, filters, now));
  const pages = useInfiniteQuery(queueQueries.page(uid, filters, now));
  const tickets = pages.data?.pages.flatMap((p) => p.tickets) ?? [];
  const count = (k: QueueStatus | 'all' | 'overdue') => (counts.data ? ` (${counts.data[k]})` : '');
  const leaves = categories.filter((c) => !categories.some((x) => x.parent === c.id));

  return (
    <div className="flex flex-col gap-4">
      {scopes.length > 1 && (
        <div role="radiogroup" aria-label={t('queue.scope')} className="flex flex-wrap gap-2">
          {scopes.map((s) => (
            <button
              key={s}
              type="button"
              role="radio"
              aria-checked={filters.scope === s}
              onClick={() => onFilters({ ...filters, scope: s })}
              className={`tap rounded-xl border-2 px-3 py-1 text-base ${
                filters.scope === s ? 'border-brand-700 bg-brand-50 font-bold' : 'border-stone-300 bg-white'
              }`}
            >
              {t(`queue.scopes.${s}`)}
            </button>
          ))}
        </div>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-base font-bold">{t('queue.status')}</legend>
        <div className="flex flex-wrap gap-2">
          {(['all', ...QUEUE_STATUSES] as const).map((s) => {
            const checked = (filters.status ?? 'all') === s;
            return (
              <label
                key={s}
                className={`tap flex cursor-pointer items-center gap-2 rounded-xl border-2 px-3 py-1 text-base ${
                  checked ? 'border-brand-700 bg-brand-50 font-bold' : 'border-stone-300 bg-white'
                }`}
              >
                <input
                  type="radio"
                  name="queue-status"
                  className="h-4 w-4"
                  checked={checked}
                  onChange={() => onFilters({ ...filters, status: s === 'all' ? undefined : s })}
                />
                {s === 'all' ? t('queue.allStatuses') : t(`status.${s}`)}
                {count(s)}
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="grid gap-3 md:grid-cols-3">
        <Select
          label={t('queue.building')}
          value={filters.buildingId ?? ''}
          onChange={(e) => onFilters({ ...filters, buildingId: e.target.value || undefined })}
        >
          <option value="">{t('queue.allBuildings')}</option>
          <BuildingOptions buildings={buildings} />
        </Select>
        <Select
          label={t('queue.category')}
          value={filters.categoryId ?? ''}
          onChange={(e) => onFilters({ ...filters, categoryId: e.target.value || undefined })}
        >
          <option value="">{t('queue.allCategories')}</option>
          {leaves.map((c) => (
            <option key={c.id} value={c.id}>
              {categoryLabel(categories, c.id, lang)}
            </option>
          ))}
        </Select>
        <label className="tap flex items-center gap-3 self-end rounded-xl border-2 border-stone-300 bg-white px-3 py-2 text-base">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={filters.overdue ?? false}
            onChange={(e) => onFilters({ ...filters, overdue: e.target.checked || undefined })}
          />
          {t('queue.overdueOnly')}
          {count('overdue')}
        </label>
      </div>

      {pages.isError ? (
        <LoadError error={pages.error} onRetry={() => void pages.refetch()} />
      ) : pages.isPending ? (
        <Loading />
      ) : isDesk ? (
        <DeskQueueTable
          tickets={tickets}
          categories={categories}
          linkTo={linkTo}
          sort={sort}
          onSort={onSort}
          transfer={transfer}
          picked={picked}
          onPicked={setPicked}
          done={done}
          onDone={setDone}
        />
      ) : isWide ? (
        <QueueTable tickets={tickets} categories={categories} linkTo={linkTo} />
      ) : (
        <TicketList
          tickets={tickets}
          categories={categories}
          linkTo={linkTo}
          showPlace
          empty={t('tickets.queueEmpty')}
        />
      )}
      <p className="text-base text-stone-800" role="status">
        {t('queue.shown', { count: tickets.length })}
      </p>
      {pages.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() => void pages.fetchNextPage()}
          disabled={pages.isFetchingNextPage}
        >
          {pages.isFetchingNextPage ? t('app.loading') : t('queue.more')}
        </Button>
      )}
      <p className="text-sm text-stone-700">
        {t('queue.asOf', { time: formatDateTime(new Date(now), lang) })}
      </p>
    </div>
  );
}

function QueueTable({
  tickets,
  categories,
  linkTo,
}: {
  tickets: Ticket[];
  categories: Category[];
  linkTo: (id: string) => string;
}) {
  const { t, lang } = useTranslation();
  if (!tickets.length) return <p className="text-base text-stone-700">{t('tickets.queueEmpty')}</p>;
  return (
    <table className="w-full border-collapse overflow-hidden rounded-2xl bg-white text-left text-base">
      <caption className="sr-only">{t('queue.title')}</caption>
      <thead className="bg-stone-100">
        <tr>
          <th scope="col" className="p-2">
            {t('tickets.deadline')}
          </th>
          <th scope="col" className="p-2">
            {t('tickets.category')}
          </th>
          <th scope="col" className="p-2">
            {t('tickets.location')}
          </th>
          <th scope="col" className="p-2">
            {t('queue.status')}
          </th>
          <th scope="col" className="p-2">
            {t('tickets.description')}
          </th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => (
          <tr key={ticket.id} className="border-t border-stone-200 align-top">
            <td className="p-2">
              <DueLabel dueAt={ticket.dueAt} />
            </td>
            <td className="p-2">
              <Link to={linkTo(ticket.id)} className="font-bold text-brand-800 underline underline-offset-4">
                {categoryLabel(categories, ticket.categoryId, lang)}
              </Link>
              {ticket.urgency === 'urgent' && (
                <span className="ml-2 font-bold text-red-800">{t('urgency.urgent')}</span>
              )}
            </td>
            <td className="p-2">{placeLabel(ticket, t)}</td>
            <td className="p-2">
              <StatusBadge status={ticket.status} />
            </td>
            <td className="max-w-xs p-2">
              <span className="line-clamp-2">
                {ticket.description || t('tickets.voice', { time: clock(ticket.voiceSeconds ?? 0) })}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
