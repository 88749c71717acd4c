import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { paths } from '@/config/paths';
import { householdQueries } from '@/features/households/api/queries';
import type { Ticket } from '@/features/tickets/types';
import { useTranslation } from '@/i18n/react';

/**
 * Staff only (its own chunk, like the mediation cases): from a ticket to its household's register page, and
 * the reporter's phone to call — the reporter's own account's number, or for a report filed on someone's
 * behalf (or an account with no number) the household's contact phones. Reads the household's accounts and
 * private record, both within what the rules let this building's staff read.
 */
export function TicketContact({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const accounts = useQuery(householdQueries.accounts(ticket.buildingId, ticket.householdId));
  const reporter = accounts.data?.find((a) => a.id === ticket.reporterId);
  const needPrivate = accounts.isFetched && !reporter?.phone;
  const care = useQuery({ ...householdQueries.private(ticket.householdId), enabled: needPrivate });
  const phones = reporter?.phone
    ? [{ name: reporter.displayName, phone: reporter.phone }]
    : (care.data?.phones ?? []);
  return (
    <section
      aria-label={t('registerEdit.ticketContact')}
      className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-4"
    >
      <p className="text-base">
        <span className="text-stone-700">{t('registerEdit.reporterPhone')}</span>{' '}
        {phones.length ? (
          phones.map((p, i) => (
            <span key={i} className="mr-3 inline-flex items-center gap-1">
              {p.name}
              <PhoneLink phone={p.phone} />
            </span>
          ))
        ) : (
          <span>
            {accounts.isFetched && (!needPrivate || care.isFetched) ? t('registerEdit.noPhone') : '…'}
          </span>
        )}
      </p>
      <Link
        to={paths.household(ticket.householdId)}
        className="tap inline-flex items-center text-base font-bold text-brand-800 underline underline-offset-4"
      >
        {t('registerEdit.toHousehold')}
      </Link>
    </section>
  );
}
