import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ButtonLink } from '@/components/ui/Button';
import { Notice, Section } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { paths } from '@/config/paths';
import type { UserProfile } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { OfficeHelp } from '@/features/community/components/OfficeHelp';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { TicketList } from '@/features/tickets/components/TicketList';
import { useTranslation } from '@/i18n/react';

const UpcomingEvents = lazy(() => import('./upcoming-events'));

/** A resident's home: their household's tickets (or where their address request stands), help, events. */
export default function ResidentHome({ profile }: { profile: UserProfile }) {
  const { t } = useTranslation();
  return (
    <>
      {profile.householdId ? (
        <HouseholdTickets householdId={profile.householdId} />
      ) : (
        <LinkStatus profile={profile} />
      )}
      <OfficeHelp />
      {profile.volunteer && (
        <Suspense fallback={<Loading />}>
          <UpcomingEvents />
        </Suspense>
      )}
      <ButtonLink to={paths.notices} variant="secondary">
        {t('notices.title')}
      </ButtonLink>
    </>
  );
}

function LinkStatus({ profile }: { profile: UserProfile }) {
  const { t } = useTranslation();
  const buildings = useQuery(buildingQueries.list());
  if (profile.linkStatus === 'pending' && profile.link) {
    const number = buildings.data?.find((b) => b.id === profile.link?.buildingId)?.number ?? '…';
    return (
      <Notice title={t('link.pendingTitle')}>
        {t('link.pendingBody', {
          address: t('building.address', {
            number,
            entrance: profile.link.entrance,
            flat: profile.link.flat,
          }),
        })}
      </Notice>
    );
  }
  const refused = profile.linkStatus === 'refused';
  return (
    <Notice tone={refused ? 'warn' : 'info'} title={t(refused ? 'link.refusedTitle' : 'link.noneTitle')}>
      <p>{t(refused ? 'link.refusedBody' : 'link.noneBody')}</p>
      <ButtonLink to={paths.profile} variant="secondary" className="mt-3">
        {t('link.change')}
      </ButtonLink>
    </Notice>
  );
}

function HouseholdTickets({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const tickets = useQuery(ticketQueries.household(householdId));
  const categories = useQuery(categoryQueries.tree());
  return (
    <Section title={t('tickets.mine')}>
      {tickets.isError ? (
        <LoadError error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : !tickets.data ? (
        <Loading />
      ) : (
        <TicketList
          tickets={tickets.data}
          categories={categories.data ?? []}
          linkTo={paths.ticket}
          empty={t('tickets.mineEmpty')}
        />
      )}
    </Section>
  );
}
