import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, use, useEffect } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { activeStaff } from '@/features/staff/api/colleagues';
import { useAutoClose } from '@/features/tickets/api/auto-close';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { TicketDetail } from '@/features/tickets/components/TicketDetail';
import type { Viewer } from '@/features/tickets/policy';
import { loadStaffMessages } from '@/i18n';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';
import { isRefused } from '@/lib/errors';

// What a person can do with the ticket comes below what it says, and needs the data anyway (Firebase loads
// after the first paint): its code is fetched as the screen loads, not as part of the screen's first load.
const actions = import('@/features/tickets/components/TicketActions');
const TicketActions = lazy(() => actions.then((m) => ({ default: m.TicketActions })));

// Staff only, in its own chunk (with the staff screens' messages): a resident's ticket never loads it.
const TicketCases = lazy(() =>
  Promise.all([import('@/features/mediation/components/TicketCases'), loadStaffMessages()]).then(([m]) => ({
    default: m.TicketCases,
  })),
);

// Staff only, in its own chunk: the reporter's phone and the way to the household's register page.
const TicketContact = lazy(() => import('./ticket-contact').then((m) => ({ default: m.TicketContact })));

export default function Component() {
  const { ticketId = '' } = useParams();
  // Opened from the work queue: 返回 goes back to it with its filters (only to the queue: not a way out).
  const [search] = useSearchParams();
  const back = search.get('back');
  const backTo = back && (back === paths.queue || back.startsWith(`${paths.queue}?`)) ? back : paths.home;
  const { t } = useTranslation();
  const { profile } = useMe();
  const staff = isStaffRole(profile);
  // The staff's actions (accept, reply, hand on…) speak from the staff part of the messages: a resident's
  // ticket never loads it.
  if (staff) use(loadStaffMessages());
  const ticket = useQuery(ticketQueries.detail(ticketId));
  const timeline = useQuery({ ...ticketQueries.timeline(ticketId, !staff), enabled: Boolean(ticket.data) });
  const photos = useQuery({ ...ticketQueries.photos(ticketId), enabled: Boolean(ticket.data?.photoCount) });
  const categories = useQuery(categoryQueries.tree());
  // Staff need the grid (who owns what) and their colleagues (whom to transfer to); residents read neither.
  const buildings = useQuery({ ...buildingQueries.list(), enabled: staff });
  const colleagues = useQuery({ ...activeStaff(), enabled: staff });
  const viewer: Viewer = {
    uid: profile.id,
    name: profile.displayName,
    role: profile.active ? profile.role : 'resident',
    householdId: profile.active ? profile.householdId : null,
  };
  useAutoClose(ticket.data ?? null, viewer);
  // What the household sees here is seen: the home's "what's new" no longer lists it.
  const shown = ticket.data;
  useEffect(() => {
    if (shown && !staff) void import('@/lib/seen').then((m) => m.markTicketSeen(profile.id, shown));
  }, [shown, staff, profile.id]);
  // Every active grid worker (with or without a building) and the head.
  const workers = (colleagues.data ?? []).map((s) => ({
    id: s.id,
    name: s.displayName,
    head: s.role === 'head',
  }));
  const ownsBuilding = Boolean(
    ticket.data && buildings.data?.find((b) => b.id === ticket.data!.buildingId)?.workerId === profile.id,
  );
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={backTo} />
      <PageTitle text={t(staff ? 'tickets.detail' : 'tickets.detailMine')} />
      {ticket.isError ? (
        isRefused(ticket.error) ? (
          <Notice tone="warn">{t('tickets.notFound')}</Notice>
        ) : (
          <LoadError error={ticket.error} onRetry={() => void ticket.refetch()} />
        )
      ) : ticket.isPending ? (
        <Loading />
      ) : !ticket.data ? (
        <Notice tone="warn">{t('tickets.notFound')}</Notice>
      ) : (
        <>
          <TicketDetail
            ticket={ticket.data}
            categories={categories.data ?? []}
            timeline={timeline.data ?? []}
            photos={photos.data ?? []}
            staffView={staff}
          />
          {staff && (
            <Suspense fallback={null}>
              <TicketContact ticket={ticket.data} />
            </Suspense>
          )}
          {timeline.isError && (
            // (the ticket was kept on this phone, its progress not: offline before it was ever opened)
            <LoadError error={timeline.error} onRetry={() => void timeline.refetch()} />
          )}
          <Suspense fallback={null}>
            <TicketActions
              ticket={ticket.data}
              viewer={viewer}
              ownsBuilding={ownsBuilding}
              category={categories.data?.find((c) => c.id === ticket.data!.categoryId)}
              workers={workers}
            />
          </Suspense>
          {staff && (
            <Suspense fallback={null}>
              <TicketCases
                ticketId={ticket.data.id}
                scope={viewer.role === 'head' ? { head: true } : { mediator: profile.id }}
                linkTo={paths.mediationCase}
                openHref={
                  viewer.role === 'head' || ownsBuilding
                    ? `${paths.newCase}?ticket=${encodeURIComponent(ticket.data.id)}`
                    : undefined
                }
              />
            </Suspense>
          )}
        </>
      )}
    </div>
  );
}
