import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useLocation } from 'react-router';
import { ButtonLink } from '@/components/ui/Button';
import { Notice, Section } from '@/components/ui/Card';
import { Loaded, Loading } from '@/components/ui/Loading';
import { paths } from '@/config/paths';
import type { UserProfile } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { OfficeHelp } from '@/features/community/components/OfficeHelp';
import { useOutbox } from '@/features/tickets/api/outbox';
import { categoryQueries, publicTicketQueries, ticketQueries } from '@/features/tickets/api/queries';
import { TicketList } from '@/features/tickets/components/TicketList';
import { useTranslation } from '@/i18n/react';
import { usePrefs } from '@/lib/prefs';

const UpcomingEvents = lazy(() => import('./upcoming-events'));
// Its own chunk (and messages): nothing of it is needed to paint the home.
const Inbox = lazy(() => import('./inbox'));
// Shown only to a household with reports waiting to be sent, or problems it follows: fetched when there are.
const OutboxList = lazy(() =>
  import('@/features/tickets/components/OutboxList').then((m) => ({ default: m.OutboxList })),
);
const FollowedList = lazy(() =>
  import('@/features/tickets/components/FollowedList').then((m) => ({ default: m.FollowedList })),
);

/** A resident's home: their household's tickets (or where their address request stands), help, events. */
export default function ResidentHome({ profile }: { profile: UserProfile }) {
  const { t } = useTranslation();
  const { elder } = usePrefs();
  const state = useLocation().state as {
    reported?: 'online' | 'offline';
    followed?: boolean;
    unfollowed?: boolean;
  } | null;
  const reported = state?.reported;
  return (
    <>
      {reported && (
        <Notice tone="info">
          <span role="status">{reported === 'online' ? t('report.saved') : t('report.savedOffline')}</span>
        </Notice>
      )}
      {(state?.followed || state?.unfollowed) && (
        <Notice tone="info">
          <span role="status">{t(state.followed ? 'report.followedSaved' : 'report.unfollowedSaved')}</span>
        </Notice>
      )}
      {profile.householdId ? (
        <>
          <ButtonLink to={paths.report} className="py-4 text-xl">
            {t('report.start')}
          </ButtonLink>
          {/* 长辈版: the simplest paths first — report, call the office, then my tickets. */}
          {elder && <OfficeHelp />}
          <Suspense fallback={null}>
            <Inbox uid={profile.id} householdId={profile.householdId} buildingId={profile.buildingId} />
          </Suspense>
          <HouseholdTickets householdId={profile.householdId} uid={profile.id} />
        </>
      ) : (
        <LinkStatus profile={profile} />
      )}
      {!(elder && profile.householdId) && <OfficeHelp />}
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
      {refused && profile.linkReason && (
        <p className="mt-2 font-bold">{t('link.refusedReason', { reason: profile.linkReason })}</p>
      )}
      <ButtonLink to={paths.profile} variant="secondary" className="mt-3">
        {t('link.change')}
      </ButtonLink>
    </Notice>
  );
}

function HouseholdTickets({ householdId, uid }: { householdId: string; uid: string }) {
  const { t } = useTranslation();
  const tickets = useQuery(ticketQueries.household(householdId));
  const categories = useQuery(categoryQueries.tree());
  const followed = useQuery(publicTicketQueries.followed(uid));
  // Also keeps the buildings in Firestore's cache, so the report form works with no signal.
  useQuery(buildingQueries.list());
  const outbox = useOutbox();
  return (
    <>
      {outbox.length > 0 && (
        <Suspense fallback={null}>
          <OutboxList
            items={outbox}
            visibleIds={new Set((tickets.data ?? []).map((x) => x.id))}
            fixLink={paths.fixReport}
          />
        </Suspense>
      )}
      <Section title={t('tickets.mine')}>
        <Loaded query={tickets}>
          {(data) => (
            <TicketList
              tickets={data}
              categories={categories.data ?? []}
              linkTo={paths.ticket}
              empty={t('tickets.mineEmpty')}
              queuedIds={new Set(outbox.filter((i) => i.state === 'sending').map((i) => i.id))}
            />
          )}
        </Loaded>
      </Section>
      {(followed.data ?? []).length > 0 && (
        <Suspense fallback={null}>
          <FollowedList items={followed.data!} categories={categories.data ?? []} linkTo={paths.followed} />
        </Suspense>
      )}
    </>
  );
}
