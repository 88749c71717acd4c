import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { eventQueries } from '@/features/events/api/queries';
import { EventList } from '@/features/events/components/EventList';

export default function Component() {
  const { t } = useTranslation();
  const events = useQuery(eventQueries.upcoming());
  return (
    <div className="flex flex-col gap-4">
      <PageTitle text={t('events.title')} />
      {events.isError ? (
        <LoadError error={events.error} onRetry={() => void events.refetch()} />
      ) : !events.data ? (
        <Loading />
      ) : (
        <EventList events={events.data} linkTo={paths.event} />
      )}
    </div>
  );
}
