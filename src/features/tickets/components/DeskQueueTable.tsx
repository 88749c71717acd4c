import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Select, TextInput } from '@/components/ui/Field';
import { FormError } from '@/components/ui/FormError';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { errorMessage } from '@/lib/errors';
import { timelineTextMax } from '@/lib/policy';
import { clock } from '@/lib/voice-time';
import { isDefaultSort, nextSort, sortLoaded, type DeskSort, type DeskSortColumn } from '../api/desk-sort';
import type { Category, Ticket } from '../types';
import { categoryLabel } from './category-label';
import { DueLabel } from './DueLabel';
import { placeLabel } from './place-label';
import { StatusBadge } from './StatusBadge';
import { ticketNumber } from './ticket-number';

type Person = { id: string; name: string; head?: boolean };

/** Handing the ticked tickets on: to whom they may go, and the write. */
export interface DeskTransfer {
  /** Active staff a ticket may be handed to. */
  workers: Person[];
  /** Whether "back to unassigned" is offered (the head's). */
  toQueue: boolean;
  /** Hands `tickets` to `to` (null: unassigned); how many moved. */
  onTransfer: (tickets: Ticket[], to: Person | null, note: string) => Promise<number>;
}

/**
 * The queue as a table on a desk (1024 px and wider): one row per ticket with its number, category, status,
 * place, reporter, owner, report time and deadline; the deadline, report time and status sort from their
 * column headers (aria-sort); rows ticked hand over together.
 */
export function DeskQueueTable({
  tickets,
  categories,
  linkTo,
  sort,
  onSort,
  transfer,
  picked,
  onPicked,
  done,
  onDone,
}: {
  tickets: Ticket[];
  categories: Category[];
  linkTo: (id: string) => string;
  sort: DeskSort;
  onSort: (s: DeskSort) => void;
  transfer?: DeskTransfer | undefined;
  /** The ticked rows (kept by the queue, so a re-render of the table does not lose them). */
  picked: ReadonlySet<string>;
  onPicked: (next: (was: ReadonlySet<string>) => ReadonlySet<string>) => void;
  /** What the last hand-over did, in words (kept by the queue too). */
  done: string | null;
  onDone: (message: string) => void;
}) {
  const { t, lang } = useTranslation();
  const setPicked = (next: ReadonlySet<string>) => onPicked(() => next);
  const rows = sortLoaded(tickets, sort);
  // a ticket that left the queue (handed on, finished) is no longer ticked
  const selected = tickets.filter((x) => picked.has(x.id));
  const all = tickets.length > 0 && selected.length === tickets.length;
  const toggle = (id: string, on: boolean) =>
    onPicked((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  const column = (by: DeskSortColumn) => t(`desk.columns.${by}`);
  const header = (by: DeskSortColumn) => {
    const current = sort.by === by;
    return (
      <th
        scope="col"
        className="p-1"
        aria-sort={current ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          onClick={() => onSort(nextSort(sort, by))}
          className="tap inline-flex items-center gap-1 rounded-lg px-1 font-bold hover:bg-stone-200"
        >
          {column(by)}
          <span aria-hidden="true" className={current ? '' : 'text-stone-400'}>
            {current ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  if (!tickets.length) return <p className="text-base text-stone-700">{t('tickets.queueEmpty')}</p>;
  return (
    <div className="flex flex-col gap-3" data-testid="desk-queue">
      {transfer && selected.length > 0 && (
        <BulkBar
          transfer={transfer}
          selected={selected}
          onDone={(message) => {
            setPicked(new Set());
            onDone(message);
          }}
        />
      )}
      <FormError tone="ok">{done}</FormError>
      {!isDefaultSort(sort) && (
        <div className="flex flex-wrap items-center gap-3 rounded-xl border border-amber-400 bg-amber-50 p-3">
          <p className="text-base text-amber-950" data-testid="sorted-loaded">
            {t('desk.sortedLoaded', { column: column(sort.by), count: tickets.length })}
          </p>
          <Button variant="secondary" onClick={() => onSort({ by: 'deadline', dir: 'asc' })}>
            {t('desk.sortDefault')}
          </Button>
        </div>
      )}
      {/* (scrolls sideways inside itself where the columns do not fit: 长辈版's larger text) */}
      <div className="overflow-x-auto rounded-2xl" tabIndex={0} role="region" aria-label={t('queue.title')}>
        <table className="w-full border-collapse bg-white text-left text-base">
          <caption className="sr-only">{t('queue.title')}</caption>
          <thead className="bg-stone-100">
            <tr>
              {transfer && (
                <th scope="col" className="w-12 p-1">
                  <label className="tap flex items-center justify-center">
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      aria-label={t('desk.selectAll')}
                      checked={all}
                      onChange={(e) => setPicked(new Set(e.target.checked ? tickets.map((x) => x.id) : []))}
                    />
                  </label>
                </th>
              )}
              <th scope="col" className="p-2">
                {t('desk.columns.number')}
              </th>
              <th scope="col" className="p-2">
                {t('desk.columns.category')}
              </th>
              {header('status')}
              <th scope="col" className="p-2">
                {t('desk.columns.place')}
              </th>
              <th scope="col" className="p-2">
                {t('desk.columns.reporter')}
              </th>
              <th scope="col" className="p-2">
                {t('desk.columns.assignee')}
              </th>
              {header('created')}
              {header('deadline')}
            </tr>
          </thead>
          <tbody>
            {rows.map((ticket) => {
              const number = ticketNumber(ticket.id);
              return (
                <tr
                  key={ticket.id}
                  className={`border-t border-stone-200 align-top ${picked.has(ticket.id) ? 'bg-brand-50' : ''}`}
                  data-ticket={ticket.id}
                >
                  {transfer && (
                    <td className="p-1">
                      <label className="tap flex items-center justify-center">
                        <input
                          type="checkbox"
                          className="h-5 w-5"
                          aria-label={t('desk.select', { number })}
                          checked={picked.has(ticket.id)}
                          onChange={(e) => toggle(ticket.id, e.target.checked)}
                        />
                      </label>
                    </td>
                  )}
                  <th scope="row" className="p-2 font-normal">
                    <Link
                      to={linkTo(ticket.id)}
                      className="tap inline-flex items-center font-bold text-brand-800 underline underline-offset-4"
                    >
                      {number}
                    </Link>
                  </th>
                  <td className="max-w-72 p-2">
                    <span className="font-bold">{categoryLabel(categories, ticket.categoryId, lang)}</span>
                    {ticket.urgency === 'urgent' && (
                      <span className="ml-2 font-bold text-red-800">{t('urgency.urgent')}</span>
                    )}
                    <span className="line-clamp-2 text-sm text-stone-800">
                      {ticket.description || t('tickets.voice', { time: clock(ticket.voiceSeconds ?? 0) })}
                    </span>
                  </td>
                  <td className="p-2">
                    <StatusBadge status={ticket.status} />
                  </td>
                  <td className="p-2">{placeLabel(ticket, t)}</td>
                  <td className="p-2">
                    {ticket.reporterName}
                    {ticket.viaProxy && <span className="text-sm text-stone-700">{t('desk.proxy')}</span>}
                  </td>
                  <td className="p-2">
                    {ticket.assigneeName ?? (
                      <span className="font-bold text-amber-900">{t('desk.unassigned')}</span>
                    )}
                  </td>
                  <td className="p-2 text-sm">{formatDateTime(ticket.createdAt, lang)}</td>
                  <td className="p-2">
                    <DueLabel dueAt={ticket.dueAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The ticked tickets: to whom, an optional note, then a confirmation naming how many go to whom. */
function BulkBar({
  transfer,
  selected,
  onDone,
}: {
  transfer: DeskTransfer;
  selected: Ticket[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const QUEUE = '-';
  const target: Person | null | undefined = to === QUEUE ? null : transfer.workers.find((w) => w.id === to);
  const targetName = (p: Person | null) =>
    p === null ? t('desk.unassigned') : p.head ? t('actions.toHead', { name: p.name }) : p.name;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-2xl border-2 border-brand-700 bg-white p-3"
    >
      <h2 id={headingId} className="text-lg font-bold">
        {t('desk.selected', { count: selected.length })}
      </h2>
      <div className="grid items-end gap-3 md:grid-cols-[minmax(12rem,1fr)_2fr_auto]">
        <Select
          label={t('desk.transferTo')}
          value={to}
          onChange={(e) => {
            setTo(e.target.value);
            setConfirming(false);
            setError(null);
          }}
        >
          <option value="">{t('desk.choose')}</option>
          {transfer.workers.map((w) => (
            <option key={w.id} value={w.id}>
              {targetName(w)}
            </option>
          ))}
          {transfer.toQueue && <option value={QUEUE}>{t('desk.toQueue')}</option>}
        </Select>
        <TextInput
          label={t('desk.note')}
          value={note}
          limit={timelineTextMax}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button
          disabled={busy}
          onClick={() => {
            if (target === undefined) setError(t('desk.chooseFirst'));
            else if (note.length <= timelineTextMax) setConfirming(true);
          }}
        >
          {t('desk.transfer')}
        </Button>
      </div>
      <FormError>{error}</FormError>
      {confirming && target !== undefined && (
        <div className="flex flex-wrap items-center gap-3 rounded-xl bg-stone-100 p-3">
          <p className="text-base font-medium" role="status">
            {t('desk.confirm', { count: selected.length, to: targetName(target) })}
          </p>
          <Button
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                const count = await transfer.onTransfer(
                  selected,
                  target,
                  note.trim() || t('desk.defaultNote'),
                );
                setBusy(false);
                onDone(t('desk.done', { count, to: targetName(target) }));
                return;
              } catch (e) {
                setError(errorMessage(e));
              }
              setBusy(false);
              setConfirming(false);
            }}
          >
            {busy ? t('app.saving') : t('desk.confirmDo')}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
            {t('desk.cancel')}
          </Button>
        </div>
      )}
    </section>
  );
}
