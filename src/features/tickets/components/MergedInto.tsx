import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useTranslation } from '@/i18n/react';
import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import { publicTicketConverter } from '../api/converter';
import type { PublicTicket } from '../types';
import { StatusBadge } from './StatusBadge';
import { ticketNumber } from './ticket-number';

/**
 * The public "me too" view of one ticket, live: how the household of a merged duplicate follows the ticket
 * it joined without reading another household's report (a ticket of a shared matter has one; the rules
 * merge nothing else into another household's ticket). Null when there is none.
 */
const mirror = (id: string) =>
  liveQueryOptions<PublicTicket | null, readonly ['publicTickets', 'one', string]>(
    ['publicTickets', 'one', id],
    async (emit, fail) => {
      const b = await getBackend();
      return b.onSnapshot(
        b.doc(b.db, 'publicTickets', id).withConverter(publicTicketConverter),
        (snap) => emit(snap.exists() ? snap.data() : null),
        fail,
      );
    },
  );

/**
 * A duplicate merged into another ticket: where it went ("已合并到 #0050，一起处理") and how that one is
 * going now. Staff open the other ticket; the household sees its status (its own household's ticket is in
 * its list anyway). Fetched only for a merged ticket.
 */
export default function MergedInto({ id, staffView }: { id: string; staffView: boolean }) {
  const { t } = useTranslation();
  const other = useQuery(mirror(id));
  const number = ticketNumber(id);
  return (
    <div
      className="mt-3 flex flex-col gap-2 rounded-xl border-2 border-violet-300 bg-violet-50 p-3"
      data-testid="merged-into"
    >
      <p className="text-lg font-bold">
        {staffView ? (
          <>
            {t('tickets.mergedIntoStaff')}{' '}
            <Link to={paths.ticket(id)} className="text-brand-800 underline">
              {number}
            </Link>
          </>
        ) : (
          t('tickets.mergedInto', { number })
        )}
      </p>
      {other.data && (
        <p className="flex flex-wrap items-center gap-2 text-base">
          {t('tickets.mergedIntoNow', { number })} <StatusBadge status={other.data.status} />
        </p>
      )}
    </div>
  );
}
