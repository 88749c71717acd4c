import { memo } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { formatDate } from '@/i18n/format';
import { Icon } from '@/components/ui/Icon';
import type { Category, Ticket } from '../types';
import { categoryLabel } from './category-label';
import { placeLabel } from './place-label';
import { DueLabel } from './DueLabel';
import { StatusBadge } from './StatusBadge';
import { clock } from '@/lib/voice-time';
import { useConnected } from '@/lib/online';

export function TicketList({
  tickets,
  categories,
  linkTo,
  showPlace = false,
  empty,
  queuedIds,
}: {
  tickets: Ticket[];
  categories: Category[];
  linkTo: (id: string) => string;
  showPlace?: boolean;
  empty: string;
  /** Reports written on this phone that the server does not have yet (the outbox's, waiting to send). */
  queuedIds?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  // A report waiting on this phone while the phone is connected is being sent now (its photos and voice
  // take a moment): "waiting for a connection" would tell the resident their phone had none.
  const connected = useConnected();
  if (!tickets.length) return <p className="text-base text-stone-700">{empty}</p>;
  return (
    <ul className="flex flex-col gap-3" aria-label={t('tickets.count', { count: tickets.length })}>
      {tickets.map((ticket) => (
        <Row
          key={ticket.id}
          ticket={ticket}
          categories={categories}
          href={linkTo(ticket.id)}
          showPlace={showPlace}
          queued={queuedIds?.has(ticket.id) ? (connected ? 'sending' : 'waiting') : null}
        />
      ))}
    </ul>
  );
}

/**
 * One ticket; a report still waiting on this phone says only that (no status: nobody has it yet). Memoised: a snapshot that changes one ticket renders one row again (the query cache keeps the
 * unchanged tickets' objects — src/lib/share-equal.ts).
 */
const Row = memo(function Row({
  ticket,
  categories,
  href,
  showPlace,
  queued,
}: {
  ticket: Ticket;
  categories: Category[];
  href: string;
  showPlace: boolean;
  /** Still on this phone: being sent now (connected), or waiting for a connection. */
  queued: 'sending' | 'waiting' | null;
}) {
  const { t, lang } = useTranslation();
  return (
    <li>
      <Link
        to={href}
        className="tap block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span className="text-lg font-bold text-stone-900">
            {categoryLabel(categories, ticket.categoryId, lang)}
          </span>
          {queued ? (
            <span className="inline-flex items-center gap-1 rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-sm font-bold text-amber-950">
              <Icon name="clock" className="h-4 w-4" />
              {t(queued === 'sending' ? 'outbox.sendingNow.badge' : 'outbox.waiting')}
            </span>
          ) : (
            <StatusBadge status={ticket.status} />
          )}
        </div>
        <p className="mt-1 line-clamp-2 text-base text-stone-800">
          {ticket.description || t('tickets.voice', { time: clock(ticket.voiceSeconds ?? 0) })}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
          {showPlace && <span>{placeLabel(ticket, t)}</span>}
          <span>{t('tickets.reported', { date: formatDate(ticket.createdAt, lang) })}</span>
          {queued ? (
            <span className="font-bold text-amber-900">
              {t(queued === 'sending' ? 'outbox.sendingNow.hint' : 'outbox.waitingHint')}
            </span>
          ) : (
            ticket.pending && <span className="font-bold text-amber-900">{t('outbox.waiting')}</span>
          )}
          {ticket.urgency === 'urgent' && (
            <span className="font-bold text-red-800">{t('urgency.urgent')}</span>
          )}
          {ticket.open && !queued && <DueLabel dueAt={ticket.dueAt} />}
        </div>
      </Link>
    </li>
  );
});
