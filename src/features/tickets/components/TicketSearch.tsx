import { useQuery } from '@tanstack/react-query';
import { LoadError, Loading } from '@/components/ui/Loading';
import { useTranslation } from '@/i18n/react';
import { queryTokens } from '@/lib/search';
import { ticketSearchQueries, type TicketSearchScope } from '../api/search-queries';
import type { Category } from '../types';
import { TicketList } from './TicketList';

/**
 * The tickets a search found, as the queue lists them (newest first); in words when the query is too short
 * to search for or found nothing.
 */
export function TicketSearchResults({
  query,
  scope,
  householdsByPhone,
  categories,
  linkTo,
}: {
  query: string;
  scope: TicketSearchScope;
  householdsByPhone: (query: string, scope: TicketSearchScope) => Promise<string[]>;
  categories: Category[];
  linkTo: (id: string) => string;
}) {
  const { t } = useTranslation();
  const searchable = queryTokens(query).length > 0;
  const found = useQuery({
    ...ticketSearchQueries.search(query, scope, householdsByPhone),
    enabled: searchable,
  });
  if (!searchable)
    return (
      <p role="status" className="text-base font-medium text-stone-900">
        {t('search.tooShort')}
      </p>
    );
  if (found.isError) return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <Loading />;
  const { tickets, more } = found.data;
  return (
    <section className="flex flex-col gap-3" aria-label={t('search.tickets')}>
      <p role="status" className="text-base font-bold text-stone-900">
        {tickets.length ? t('search.found', { query, count: tickets.length }) : t('search.none', { query })}
      </p>
      {tickets.length > 0 && (
        <TicketList tickets={tickets} categories={categories} linkTo={linkTo} showPlace empty="" />
      )}
      {more && <p className="text-base text-stone-800">{t('search.more')}</p>}
      {scope && <p className="text-sm text-stone-700">{t('search.scopeMine')}</p>}
    </section>
  );
}
