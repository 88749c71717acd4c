import { useQuery } from '@tanstack/react-query';
import { SearchResults } from '@/components/ui/SearchBox';
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
  return (
    <SearchResults
      query={query}
      label={t('search.tickets')}
      searchable={searchable}
      found={found}
      count={(d) => d.tickets.length}
      scoped={scope !== null}
    >
      {(d) => <TicketList tickets={d.tickets} categories={categories} linkTo={linkTo} showPlace empty="" />}
    </SearchResults>
  );
}
