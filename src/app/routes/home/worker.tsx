import { useQuery } from '@tanstack/react-query';
import { ButtonLink } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { Loaded, Loading } from '@/components/ui/Loading';
import { paths } from '@/config/paths';
import { buildingQueries } from '@/features/buildings/api/queries';
import { BuildingList } from '@/features/buildings/components/BuildingList';
import { escalationQueries } from '@/features/tickets/api/escalation';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { Escalations } from '@/features/tickets/components/Escalations';
import { TicketList } from '@/features/tickets/components/TicketList';
import { useTranslation } from '@/i18n/react';
import { useMinute } from './minute';

/** A grid worker's home: the open tickets they own, most urgent deadline first, and their buildings. */
export default function WorkerHome({ uid }: { uid: string }) {
  const { t } = useTranslation();
  const buildings = useQuery(buildingQueries.ownedBy(uid));
  const tickets = useQuery(ticketQueries.assigned(uid));
  const categories = useQuery(categoryQueries.tree());
  const minute = useMinute();
  const escalated = useQuery(escalationQueries.list({ assignee: uid }, minute));
  return (
    <>
      {escalated.data && escalated.data.length > 0 && (
        <Section title={t('escalation.mineTitle')}>
          <Escalations
            items={escalated.data}
            categories={categories.data ?? []}
            linkTo={paths.ticket}
            showAssignee={false}
            label={t('escalation.mineTitle')}
          />
        </Section>
      )}
      <Section title={t('tickets.queue')}>
        <Loaded query={tickets}>
          {(data) => (
            <TicketList
              tickets={data}
              categories={categories.data ?? []}
              linkTo={paths.ticket}
              showPlace
              empty={t('tickets.queueEmpty')}
            />
          )}
        </Loaded>
      </Section>
      <Section title={t('staff.myBuildings')}>
        {!buildings.data ? (
          <Loading />
        ) : buildings.data.length ? (
          <BuildingList buildings={buildings.data} />
        ) : (
          <p>{t('staff.noBuildings')}</p>
        )}
      </Section>
      <div className="flex flex-wrap gap-2">
        <ButtonLink to={paths.events} variant="secondary">
          {t('events.manage')}
        </ButtonLink>
        <ButtonLink to={paths.notices} variant="secondary">
          {t('notices.title')}
        </ButtonLink>
        <ButtonLink to={paths.mediation} variant="secondary">
          {t('mediation.mine')}
        </ButtonLink>
      </div>
    </>
  );
}
