import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Select } from '@/components/ui/Field';
import { LoadError, Loaded, Loading } from '@/components/ui/Loading';
import { ButtonLink } from '@/components/ui/Button';
import { PageTitle } from '@/components/ui/PageTitle';
import { SearchBox } from '@/components/ui/SearchBox';
import { HouseholdSearchResults } from '@/features/households/components/HouseholdSearch';
import { BuildingOptions } from '@/components/ui/BuildingOptions';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { householdQueries, householdState } from '@/features/households/api/queries';
import { AddHousehold } from '@/features/households/components/AddHousehold';
import { HouseholdList } from '@/features/households/components/HouseholdList';
import { PendingLinks } from '@/features/households/components/PendingLinks';
import { getBackend } from '@/lib/backend';
import { useTranslation } from '@/i18n/react';
import { householdIdFor } from '@/features/households/types';
import { useMe } from '../me';
import { isRefused } from '@/lib/errors';

/** The register of the worker's buildings, an entrance at a time, with pending address links on top. */
export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const head = profile.active && profile.role === 'head';
  const actor = { id: profile.id, name: profile.displayName };
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [params, setParams] = useSearchParams();
  // Archived households (moved away…) are kept, hidden unless asked for.
  const showArchived = params.get('archived') === '1';
  // A search of the whole register (the worker's buildings; the head's: all), in the address like the rest.
  const query = params.get('q') ?? '';
  const all = useQuery(buildingQueries.list());
  const mine = (all.data ?? []).filter((b) => head || b.workerId === profile.id);
  const building = mine.find((b) => b.id === params.get('building')) ?? mine[0];
  const entrance = Math.min(Math.max(Number(params.get('entrance') ?? 1) || 1, 1), building?.entrances ?? 1);
  const pending = useQueries({ queries: mine.map((b) => householdQueries.pendingLinks(b.id)) });
  const households = useQuery({
    ...householdQueries.entrance(building?.id ?? '', entrance),
    enabled: Boolean(building),
  });
  if (!isStaffRole(profile)) return <Navigate to={paths.home} replace />;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle text={t('register.title')} />
      <ButtonLink to={paths.audit} variant="secondary" className="self-start">
        {t('audit.title')}
      </ButtonLink>
      <SearchBox
        label={t('search.households')}
        hint={t('search.householdsHint')}
        value={query}
        onSearch={(q) =>
          setParams((p) => {
            const next = new URLSearchParams(p);
            if (q) next.set('q', q);
            else next.delete('q');
            return next;
          })
        }
      />
      {query && all.data && (
        <HouseholdSearchResults
          query={query}
          scope={head ? null : mine.map((b) => b.id)}
          buildingNumber={(h) => all.data.find((b) => b.id === h.buildingId)?.number ?? 0}
          linkTo={paths.household}
        />
      )}
      {mine.map((b, i) => (
        <PendingLinks
          key={b.id}
          actor={actor}
          building={b}
          requests={pending[i]?.data ?? []}
          knownFlats={async (e, flat) => {
            const bk = await getBackend();
            try {
              return (
                await bk.getDoc(bk.doc(bk.db, 'households', householdIdFor(b.number, e, flat)))
              ).exists();
            } catch (err) {
              // The rules cannot show a document that does not exist (they check its building): not registered.
              if (isRefused(err)) return false;
              throw err;
            }
          }}
        />
      ))}
      {query ? null : all.isError ? (
        <LoadError error={all.error} />
      ) : !all.data ? (
        <Loading />
      ) : !building ? (
        <p>{t('staff.noBuildings')}</p>
      ) : (
        <>
          <div className="grid grid-cols-2 gap-3">
            <Select
              label={t('register.building')}
              value={building.id}
              onChange={(e) => setParams({ building: e.target.value, entrance: '1' })}
            >
              <BuildingOptions buildings={mine} />
            </Select>
            <Select
              label={t('register.entrance')}
              value={String(entrance)}
              onChange={(e) =>
                setParams({
                  building: building.id,
                  entrance: e.target.value,
                  ...(showArchived ? { archived: '1' } : {}),
                })
              }
            >
              {Array.from({ length: building.entrances }, (_, i) => (
                <option key={i + 1} value={String(i + 1)}>
                  {i + 1}
                </option>
              ))}
            </Select>
          </div>
          {adding ? (
            <Card>
              <AddHousehold
                key={building.id}
                actor={actor}
                building={building}
                entrance={entrance}
                flatState={householdState}
                householdPath={paths.household}
                onDone={(id) => navigate(paths.household(id))}
              />
              <Button variant="ghost" className="mt-2" onClick={() => setAdding(false)}>
                {t('app.cancel')}
              </Button>
            </Card>
          ) : (
            <Button variant="secondary" onClick={() => setAdding(true)}>
              {t('registerEdit.addOpen')}
            </Button>
          )}
          <Loaded query={households}>
            {(data) => {
              const archived = data.filter((h) => h.archived).length;
              return (
                <>
                  <HouseholdList
                    households={showArchived ? data : data.filter((h) => !h.archived)}
                    buildingNumber={building.number}
                    linkTo={paths.household}
                  />
                  {(archived > 0 || showArchived) && (
                    <label className="tap flex items-center gap-3 text-base">
                      <input
                        type="checkbox"
                        className="h-5 w-5"
                        checked={showArchived}
                        onChange={(e) =>
                          setParams({
                            building: building.id,
                            entrance: String(entrance),
                            ...(e.target.checked ? { archived: '1' } : {}),
                          })
                        }
                      />
                      {t('registerEdit.showArchived', { count: archived })}
                    </label>
                  )}
                </>
              );
            }}
          </Loaded>
        </>
      )}
    </div>
  );
}
