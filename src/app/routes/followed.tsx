import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { unfollowTicket } from '@/features/tickets/api/lazy-mutations';
import { categoryQueries, publicTicketQueries } from '@/features/tickets/api/queries';
import { FollowedDetail } from '@/features/tickets/components/FollowedDetail';
import { useTranslation } from '@/i18n/react';
import reportMessages from '@/i18n/zh-CN.report';
import followMessages from '@/i18n/zh-CN.follow';
import { addMessages } from '@/i18n';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

// This screen's messages (not in every first load).
addMessages(reportMessages);
addMessages(followMessages);

/** A problem I follow ("me too"): its public copy, from the live list the home screen shows. */
export default function Component() {
  const { publicTicketId = '' } = useParams();
  const { t } = useTranslation();
  const { profile } = useMe();
  const navigate = useNavigate();
  const followed = useQuery(publicTicketQueries.followed(profile.id));
  const categories = useQuery(categoryQueries.tree());
  const item = followed.data?.find((p) => p.id === publicTicketId);
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.home} />
      <PageTitle text={t('report.followedPage.title')} />
      {followed.isError ? (
        <LoadError error={followed.error} onRetry={() => void followed.refetch()} />
      ) : !followed.data ? (
        <Loading />
      ) : !item ? (
        <Notice tone="warn">{t('report.followedPage.notFollowing')}</Notice>
      ) : (
        <FollowedDetail
          item={item}
          categories={categories.data ?? []}
          onUnfollow={async () => {
            await unfollowTicket(profile.id, item.id);
            void navigate(paths.home, { state: { unfollowed: true } });
          }}
        />
      )}
    </div>
  );
}
