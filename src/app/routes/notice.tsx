import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from '@/i18n/react';
import { useParams } from 'react-router';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { noticeQueries } from '@/features/notices/api/queries';
import { NoticeDetail } from '@/features/notices/components/NoticeDetail';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

export default function Component() {
  const { noticeId = '' } = useParams();
  const { t } = useTranslation();
  const notice = useQuery(noticeQueries.detail(noticeId));
  const { profile } = useMe();
  const shown = Boolean(notice.data);
  // Read here: the home's "what's new" and the 公告 tab no longer count it.
  useEffect(() => {
    if (shown) void import('@/lib/seen').then((m) => m.markSeen(profile.id, `n:${noticeId}`));
  }, [shown, profile.id, noticeId]);
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.notices} />
      {notice.isError ? (
        <LoadError error={notice.error} onRetry={() => void notice.refetch()} />
      ) : notice.isPending ? (
        <Loading />
      ) : !notice.data ? (
        <Notice tone="warn">{t('notices.notFound')}</Notice>
      ) : (
        <>
          <PageTitle text={notice.data.title} />
          <NoticeDetail notice={notice.data} />
        </>
      )}
    </div>
  );
}
