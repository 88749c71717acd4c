import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { useParams } from 'react-router';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { TicketDetail } from '@/features/tickets/components/TicketDetail';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

export default function Component() {
  const { ticketId = '' } = useParams();
  const { t } = useTranslation();
  const { profile } = useMe();
  const staff = isStaffRole(profile);
  const ticket = useQuery(ticketQueries.detail(ticketId));
  const timeline = useQuery({ ...ticketQueries.timeline(ticketId, !staff), enabled: Boolean(ticket.data) });
  const photos = useQuery({ ...ticketQueries.photos(ticketId), enabled: Boolean(ticket.data?.photoCount) });
  const categories = useQuery(categoryQueries.tree());
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.home} />
      <PageTitle text={t('tickets.detail')} />
      {ticket.isError ? (
        (ticket.error as { code?: string }).code === 'permission-denied' ? (
          <Notice tone="warn">{t('tickets.notFound')}</Notice>
        ) : (
          <LoadError error={ticket.error} onRetry={() => void ticket.refetch()} />
        )
      ) : ticket.isPending ? (
        <Loading />
      ) : !ticket.data ? (
        <Notice tone="warn">{t('tickets.notFound')}</Notice>
      ) : (
        <TicketDetail
          ticket={ticket.data}
          categories={categories.data ?? []}
          timeline={timeline.data ?? []}
          photos={photos.data ?? []}
          staffView={staff}
        />
      )}
    </div>
  );
}
