import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { Loaded } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { noticeQueries } from '@/features/notices/api/queries';
import { NoticeList } from '@/features/notices/components/NoticeList';
import { useMe } from '../me';

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const notices = useQuery(noticeQueries.published(profile.buildingId));
  return (
    <div className="flex flex-col gap-4">
      <PageTitle text={t('notices.title')} />
      <Loaded query={notices}>{(data) => <NoticeList notices={data} linkTo={paths.notice} />}</Loaded>
    </div>
  );
}
