import { useQuery } from '@tanstack/react-query';
import { ButtonLink } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { paths } from '@/config/paths';
import { Loaded, Loading } from '@/components/ui/Loading';
import { buildingQueries } from '@/features/buildings/api/queries';
import { BuildingList } from '@/features/buildings/components/BuildingList';
import { HeadOverview } from '@/features/dashboard/components/HeadOverview';
import { escalationQueries, STALL_DAYS } from '@/features/tickets/api/escalation';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { Escalations } from '@/features/tickets/components/Escalations';
import { useTranslation } from '@/i18n/react';
import { useMinute } from './minute';

/**
 * The head's home: open and overdue counts (aggregation queries; each a link to the queue showing those
 * tickets), what needs a push (督办) — each ticket a
 * link to where the head takes it over or hands it to someone else — and the responsibility grid.
 */
export default function HeadHome() {
  const { t } = useTranslation();
  const counts = useQuery(ticketQueries.headCounts());
  const minute = useMinute();
  const escalated = useQuery(escalationQueries.list({ head: true }, minute));
  const categories = useQuery(categoryQueries.tree());
  const buildings = useQuery(buildingQueries.list());
  const unowned = buildings.data?.filter((b) => !b.workerId) ?? [];
  return (
    <>
      <ButtonLink to={paths.admin} className="py-4 text-xl">
        {t('dashboard.title')}
      </ButtonLink>
      <Section title={t('staff.overview')}>
        <Loaded query={counts}>
          {(data) => (
            <HeadOverview
              open={data.open}
              overdue={data.overdue}
              // the queue's own filters count the same tickets: every open one, and those past their deadline
              openHref={`${paths.queue}?scope=all`}
              overdueHref={`${paths.queue}?scope=all&overdue=1`}
            />
          )}
        </Loaded>
      </Section>
      <Section title={t('escalation.title')}>
        <p className="text-base text-stone-800">{t('escalation.intro', { days: STALL_DAYS })}</p>
        <Loaded query={escalated}>
          {(items) => (
            <Escalations
              items={items}
              categories={categories.data ?? []}
              linkTo={paths.ticket}
              showAssignee
              label={t('escalation.title')}
            />
          )}
        </Loaded>
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
