import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { eventQueries } from '@/features/events/api/queries';
import { Roster } from '@/features/events/components/Roster';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';
import eventsMessages from '@/i18n/zh-CN.events';
import volunteerMessages from '@/i18n/zh-CN.volunteer';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);
addMessages(volunteerMessages);

export default function Component() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const { profile } = useMe();
  const event = useQuery(eventQueries.detail(eventId));
  const roster = useQuery(eventQueries.roster(eventId));
  if (!isStaffRole(profile)) return <Navigate to={paths.event(eventId)} replace />;
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.event(eventId)} />
      <PageTitle text={`${t('events.roster')} · ${event.data?.title ?? ''}`} />
      {roster.isError ? (
        <LoadError error={roster.error} />
      ) : !event.data || !roster.data ? (
        <Loading />
      ) : (
        <Roster event={event.data} signups={roster.data} staffUid={profile.id} />
      )}
    </div>
  );
}
