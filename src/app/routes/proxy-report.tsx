import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { householdQueries } from '@/features/households/api/queries';
import { newTicketId, submitTicket } from '@/features/tickets/api/mutations';
import { categoryQueries } from '@/features/tickets/api/queries';
import { reportTicket } from '@/features/tickets/api/validate-report';
import { ReportForm } from '@/features/tickets/components/ReportForm';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

/** A worker files a ticket for a household of their building, for a resident who came in or phoned. */
export default function Component() {
  const { householdId = '' } = useParams();
  const { t } = useTranslation();
  const { profile } = useMe();
  const navigate = useNavigate();
  const household = useQuery(householdQueries.detail(householdId));
  const buildings = useQuery(buildingQueries.list());
  const categories = useQuery(categoryQueries.tree());
  if (!isStaffRole(profile)) return <Navigate to={paths.home} replace />;
  const h = household.data;
  const home = buildings.data?.find((b) => b.id === h?.buildingId);
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.household(householdId)} />
      <PageTitle text={t('proxy.title')} />
      <p className="text-base text-stone-800">{t('proxy.intro')}</p>
      {household.isError ? (
        <LoadError error={household.error} />
      ) : h === null ? (
        <Notice tone="warn">{t('register.notFound')}</Notice>
      ) : !h || !home || !buildings.data || !categories.data ? (
        <Loading />
      ) : (
        <ReportForm
          proxy
          categories={categories.data}
          buildings={buildings.data}
          homeBuildingId={home.id}
          homeAddress={t('building.address', { number: home.number, entrance: h.entrance, flat: h.flat })}
          followedIds={new Set()}
          ownTicketIds={new Set()}
          onFollow={async () => undefined}
          onSubmit={async (r) => {
            const id = await newTicketId();
            await submitTicket(
              {
                uid: profile.id,
                name: profile.displayName,
                role: profile.role === 'head' ? 'head' : 'worker',
              },
              reportTicket(id, r, h, home),
              r.photos,
              r.voice,
            );
            void navigate(paths.ticket(id));
          }}
        />
      )}
    </div>
  );
}
