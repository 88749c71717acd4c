import { memo } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { formatDate } from '@/i18n/format';
import type { Category, Ticket } from '../types';
import { categoryLabel } from './category-label';
import { placeLabel } from './place-label';
import { DueLabel } from './DueLabel';
import { StatusBadge } from './StatusBadge';

export function TicketList({
  tickets,
  categories,
  linkTo,
  showPlace = false,
  empty,
}: {
  tickets: Ticket[];
  categories: Category[];
  linkTo: (id: string) => string;
  showPlace?: boolean;
  empty: string;
}) {
  const { t } = useTranslation();
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
        />
      ))}
    </ul>
  );
}

/**
 * One ticket. Memoised: a snapshot that changes one ticket renders one row again (the query cache keeps the
 * unchanged tickets' objects — src/lib/share-equal.ts).
 */
const Row = memo(function Row({
  ticket,
  categories,
  href,
  showPlace,
}: {
  ticket: Ticket;
  categories: Category[];
  href: string;
  showPlace: boolean;
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
          <StatusBadge status={ticket.status} />
        </div>
        <p className="mt-1 line-clamp-2 text-base text-stone-800">{ticket.description}</p>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-700">
          {showPlace && <span>{placeLabel(ticket, t)}</span>}
          <span>{t('tickets.reported', { date: formatDate(ticket.createdAt, lang) })}</span>
          {ticket.pending && <span className="font-bold text-amber-900">{t('outbox.waiting')}</span>}
          {ticket.urgency === 'urgent' && (
            <span className="font-bold text-red-800">{t('urgency.urgent')}</span>
          )}
          {ticket.open && <DueLabel dueAt={ticket.dueAt} />}
        </div>
      </Link>
    </li>
  );
});
