import { useQuery } from '@tanstack/react-query';
import { SearchResults } from '@/components/ui/SearchBox';
import { useTranslation } from '@/i18n/react';
import { queryTokens } from '@/lib/search';
import { householdSearchQueries, phoneToken, type SearchScope } from '../api/search';
import type { Household } from '../types';
import { HouseholdList } from './HouseholdList';

/**
 * The households a search found, as the register lists them (by address; archived ones marked); in words
 * when the query is too short to search for or found nothing.
 */
export function HouseholdSearchResults({
  query,
  scope,
  buildingNumber,
  linkTo,
}: {
  query: string;
  scope: SearchScope;
  buildingNumber: (h: Household) => number;
  linkTo: (id: string) => string;
}) {
  const { t } = useTranslation();
  const searchable = queryTokens(query).length > 0 || phoneToken(query) !== null;
  const found = useQuery({ ...householdSearchQueries.search(query, scope), enabled: searchable });
  return (
    <SearchResults
      query={query}
      label={t('search.households')}
      searchable={searchable}
      found={found}
      count={(d) => d.households.length}
      scoped={scope !== null}
    >
      {(d) => <HouseholdList households={d.households} buildingNumber={buildingNumber} linkTo={linkTo} />}
    </SearchResults>
  );
}
