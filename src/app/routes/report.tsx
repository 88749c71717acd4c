import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { buildingQueries } from '@/features/buildings/api/queries';
import { followTicket, newTicketId } from '@/features/tickets/api/lazy-mutations';
import {
  discardReport,
  outboxItem,
  prepareToSend,
  sendReport,
  type OutboxItem,
} from '@/features/tickets/api/outbox';
import { categoryQueries, publicTicketQueries, ticketQueries } from '@/features/tickets/api/queries';
import { reportTicket, typedAnswers } from '@/features/tickets/api/validate-report';
import { ReportForm } from '@/features/tickets/components/ReportForm';
import { clearReportDraft } from '@/features/tickets/components/useDraft';
import { useTranslation } from '@/i18n/react';
import { useConnected } from '@/lib/online';
import { BackLink } from '../BackLink';
import { useMe } from '../me';
import reportMessages from '@/i18n/zh-CN.report';
import { addMessages } from '@/i18n';

// Why a report being fixed was refused: fetched only then, with its words.
const RefusedReason = lazy(() =>
  import('@/features/tickets/components/RefusedReason').then((m) => ({ default: m.RefusedReason })),
);

// This screen's messages (not in every first load).
addMessages(reportMessages);

// Only a resident whose address is not confirmed sees it: out of the report screen's first load.
const NotLinked = lazy(() => import('./report-not-linked'));

/** Report a problem (or fix and resend a report the server refused: /report/:outboxId). */
export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const { outboxId } = useParams();
  const navigate = useNavigate();
  const online = useConnected();
  const buildings = useQuery(buildingQueries.list());
  const categories = useQuery(categoryQueries.tree());
  const followed = useQuery(publicTicketQueries.followed(profile.id));
  // The household's own tickets (live on the home screen already): "me too" is never offered for them.
  const own = useQuery({
    ...ticketQueries.household(profile.householdId ?? ''),
    enabled: Boolean(profile.householdId),
  });
  const [fixing, setFixing] = useState<OutboxItem | null | undefined>(outboxId ? undefined : null);
  useEffect(prepareToSend, []);
  useEffect(() => {
    if (outboxId) void outboxItem(outboxId).then((item) => setFixing(item ?? null));
  }, [outboxId]);

  if (!profile.householdId || !profile.link) {
    return (
      <Suspense fallback={<Loading />}>
        <NotLinked profile={profile} />
      </Suspense>
    );
  }
  if (outboxId && fixing === null) return <Navigate to={paths.home} replace />;
  const home = buildings.data?.find((b) => b.id === profile.buildingId);
  const link = profile.link;
  const householdId = profile.householdId;
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.home} />
      <PageTitle text={t('report.title')} />
      <p className="text-lg text-stone-800">{t('report.intro')}</p>
      {fixing?.error && (
        <Notice tone="error" title={t('outbox.refused')}>
          <Suspense>
            <RefusedReason error={fixing.error} />
          </Suspense>
        </Notice>
      )}
      {buildings.isError || categories.isError ? (
        <LoadError error={buildings.error ?? categories.error} onRetry={() => void buildings.refetch()} />
      ) : !buildings.data || !categories.data || fixing === undefined ? (
        <Loading />
      ) : !home || !categories.data.length ? (
        // Offline before this phone ever loaded the buildings: say so instead of spinning.
        <Notice tone="warn">{t('report.errors.needsOnline')}</Notice>
      ) : (
        <ReportForm
          categories={categories.data}
          buildings={buildings.data}
          homeBuildingId={home.id}
          homeAddress={t('building.address', {
            number: home.number,
            entrance: link.entrance,
            flat: link.flat,
          })}
          initial={
            fixing
              ? {
                  values: {
                    top:
                      categories.data.find((c) => c.id === fixing.input.category.id)?.parent ??
                      fixing.input.category.id,
                    categoryId: fixing.input.category.id,
                    description: fixing.input.description,
                    where: fixing.input.area ? 'common' : 'flat',
                    buildingId: fixing.input.building.id,
                    area: fixing.input.area ?? '',
                    urgency: fixing.input.urgency,
                    entrance: fixing.input.entrance ? String(fixing.input.entrance) : '',
                    otherFlat: fixing.input.otherFlat ?? '',
                    answers: typedAnswers(
                      categories.data.find((c) => c.id === fixing.input.category.id),
                      fixing.input.answers,
                    ),
                  },
                  photos: fixing.photos,
                  voice: fixing.voice ?? null,
                }
              : undefined
          }
          followedIds={new Set((followed.data ?? []).map((p) => p.id))}
          ownTicketIds={own.data ? new Set(own.data.map((x) => x.id)) : null}
          onFollow={async (id) => {
            // Following instead of reporting: the form (and its draft) is done with; home lists it.
            await followTicket(profile.id, householdId, id);
            void navigate(paths.home, { state: { followed: true } });
          }}
          onSubmit={async (r) => {
            const id = fixing?.id ?? (await newTicketId());
            if (fixing) await discardReport(fixing.id);
            await sendReport(
              { uid: profile.id, name: profile.displayName, role: 'resident' },
              reportTicket(id, r, { id: householdId, entrance: link.entrance, flat: link.flat }, home),
              r.photos,
              r.voice,
            );
            clearReportDraft();
            void navigate(paths.home, { state: { reported: online ? 'online' : 'offline' } });
          }}
        />
      )}
    </div>
  );
}
