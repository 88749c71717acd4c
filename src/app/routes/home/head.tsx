import { useQuery } from '@tanstack/react-query';
import { Section } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { buildingQueries } from '@/features/buildings/api/queries';
import { BuildingList } from '@/features/buildings/components/BuildingList';
import { HeadOverview } from '@/features/dashboard/components/HeadOverview';
import { ticketQueries } from '@/features/tickets/api/queries';
import { useTranslation } from '@/i18n/react';

/** The head's home: open and overdue counts (aggregation queries) and the responsibility grid. */
export default function HeadHome() {
  const { t } = useTranslation();
  const counts = useQuery(ticketQueries.headCounts());
  const buildings = useQuery(buildingQueries.list());
  const unowned = buildings.data?.filter((b) => !b.workerId) ?? [];
  return (
    <>
      <Section title={t('staff.overview')}>
        {counts.isError ? (
          <LoadError error={counts.error} onRetry={() => void counts.refetch()} />
        ) : !counts.data ? (
          <Loading />
        ) : (
          <HeadOverview open={counts.data.open} overdue={counts.data.overdue} />
        )}
      </Section>
      <Section title={t('staff.unownedBuildings')}>
        {!buildings.data ? (
          <Loading />
        ) : unowned.length ? (
          <BuildingList buildings={unowned} />
        ) : (
          <p>{t('staff.allOwned')}</p>
        )}
      </Section>
      {buildings.data && (
        <Section title={t('staff.grid')}>
          <BuildingList buildings={buildings.data} showOwner />
        </Section>
      )}
    </>
  );
}
