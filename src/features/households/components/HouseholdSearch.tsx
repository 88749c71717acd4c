import { useQuery } from '@tanstack/react-query';
import { LoadError, Loading } from '@/components/ui/Loading';
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
  if (!searchable)
    return (
      <p role="status" className="text-base font-medium text-stone-900">
        {t('search.tooShort')}
      </p>
    );
  if (found.isError) return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <Loading />;
  const { households, more } = found.data;
  return (
    <section className="flex flex-col gap-3" aria-label={t('search.households')}>
      <p role="status" className="text-base font-bold text-stone-900">
        {households.length
          ? t('search.found', { query, count: households.length })
          : t('search.none', { query })}
      </p>
      {households.length > 0 && (
        <HouseholdList households={households} buildingNumber={buildingNumber} linkTo={linkTo} />
      )}
      {more && <p className="text-base text-stone-800">{t('search.more')}</p>}
      {scope && <p className="text-sm text-stone-700">{t('search.scopeMine')}</p>}
    </section>
  );
}
