import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { createEvent, updateEvent } from '@/features/events/api/mutations';
import { eventQueries } from '@/features/events/api/queries';
import { EventForm } from '@/features/events/components/EventForm';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';
import eventsMessages from '@/i18n/zh-CN.events';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);

/** New event (/events/new) or edit one (/events/:eventId/edit). */
export default function Component() {
  const { eventId } = useParams();
  const { t } = useTranslation();
  const { profile } = useMe();
  const navigate = useNavigate();
  const existing = useQuery({ ...eventQueries.detail(eventId ?? ''), enabled: Boolean(eventId) });
  if (!isStaffRole(profile)) return <Navigate to={paths.events} replace />;
  if (eventId && !existing.data) return <Loading />;
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={eventId ? paths.event(eventId) : paths.events} />
      <PageTitle text={eventId ? t('events.edit') : t('events.create')} />
      <EventForm
        {...(existing.data ? { initial: existing.data } : {})}
        onSave={async (input) => {
          if (eventId && existing.data) {
            await updateEvent(eventId, input, existing.data.seq > 0);
            void navigate(paths.event(eventId));
          } else {
            void navigate(paths.event(await createEvent(profile.id, input)));
          }
        }}
      />
    </div>
  );
}
