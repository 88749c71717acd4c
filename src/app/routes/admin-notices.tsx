import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { buildingQueries } from '@/features/buildings/api/queries';
import { noticeQueries } from '@/features/notices/api/queries';
import { NoticeAdmin } from '@/features/notices/components/NoticeAdmin';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const notices = useQuery(noticeQueries.manage());
  const buildings = useQuery(buildingQueries.list());
  if (!(profile.active && profile.role === 'head')) return <Navigate to={paths.home} replace />;
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.admin} />
      <PageTitle text={t('noticesAdmin.title')} />
      {!notices.data || !buildings.data ? (
        <Loading />
      ) : (
        <NoticeAdmin notices={notices.data} buildings={buildings.data} headUid={profile.id} />
      )}
    </div>
  );
}
