import { useQuery } from '@tanstack/react-query';
import { ButtonLink } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { paths } from '@/config/paths';
import { Loaded, Loading } from '@/components/ui/Loading';
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
      <ButtonLink to={paths.admin} className="py-4 text-xl">
        {t('dashboard.title')}
      </ButtonLink>
      <Section title={t('staff.overview')}>
        <Loaded query={counts}>{(data) => <HeadOverview open={data.open} overdue={data.overdue} />}</Loaded>
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
      <div className="flex flex-wrap gap-2">
        <ButtonLink to={paths.events} variant="secondary">
          {t('events.manage')}
        </ButtonLink>
        <ButtonLink to={paths.notices} variant="secondary">
          {t('notices.title')}
        </ButtonLink>
      </div>
    </>
  );
}
