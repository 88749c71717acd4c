import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { assignBuilding } from '@/features/buildings/api/mutations';
import { buildingQueries } from '@/features/buildings/api/queries';
import { StaffAdmin } from '@/features/staff/components/StaffAdmin';
import { countOpenTickets, reassignOpenTickets } from '@/features/tickets/api/mutations';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const buildings = useQuery(buildingQueries.list());
  if (!(profile.active && profile.role === 'head')) return <Navigate to={paths.home} replace />;
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.admin} />
      <PageTitle text={t('admin.staffTitle')} />
      {!buildings.data ? (
        <Loading />
      ) : (
        <StaffAdmin
          headUid={profile.id}
          headName={profile.displayName}
          buildings={buildings.data}
          assignBuilding={(b, worker) =>
            assignBuilding({ id: profile.id, name: profile.displayName }, b, worker)
          }
          reassign={(where, to, note) =>
            reassignOpenTickets({ uid: profile.id, name: profile.displayName, role: 'head' }, where, to, note)
          }
          countOpen={countOpenTickets}
        />
      )}
    </div>
  );
}
