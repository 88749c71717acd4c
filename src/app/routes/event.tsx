import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { useParams } from 'react-router';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { eventQueries } from '@/features/events/api/queries';
import { EventDetail } from '@/features/events/components/EventDetail';
import { BackLink } from '../BackLink';

export default function Component() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const event = useQuery(eventQueries.detail(eventId));
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.events} />
      {event.isError ? (
        <LoadError error={event.error} onRetry={() => void event.refetch()} />
      ) : event.isPending ? (
        <Loading />
      ) : !event.data ? (
        <Notice tone="warn">{t('events.notFound')}</Notice>
      ) : (
        <>
          <PageTitle text={event.data.title} />
          <EventDetail event={event.data} />
        </>
      )}
    </div>
  );
}
