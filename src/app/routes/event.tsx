import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, ButtonLink } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { FormError } from '@/components/ui/FormError';
import { deleteEvent, setEventStatus } from '@/features/events/api/mutations';
import { eventQueries } from '@/features/events/api/queries';
import { EventDetail } from '@/features/events/components/EventDetail';
import { SignupPanel } from '@/features/events/components/SignupPanel';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';
import { errorMessage, isRefused } from '@/lib/errors';
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
  const staff = isStaffRole(profile);
  const event = useQuery(eventQueries.detail(eventId));
  const shown = Boolean(event.data);
  // A waiting-list place that came up is seen here (the home's "what's new", the 活动 tab).
  useEffect(() => {
    if (shown) void import('@/lib/seen').then((m) => m.markSeen(profile.id, `e:${eventId}`));
  }, [shown, profile.id, eventId]);
  const navigate = useNavigate();
  const [actionError, setActionError] = useState<string | null>(null);
  // a draft nobody ever signed up to, by the head or its maker (the rules say the same)
  const deletable =
    event.data?.status === 'draft' &&
    event.data.seq === 0 &&
    (profile.role === 'head' || event.data.createdBy === profile.id);
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.events} />
      {event.isError ? (
        isRefused(event.error) ? (
          <Notice tone="warn">{t('events.notFound')}</Notice>
        ) : (
          <LoadError error={event.error} onRetry={() => void event.refetch()} />
        )
      ) : event.isPending ? (
        <Loading />
      ) : !event.data ? (
        <Notice tone="warn">{t('events.notFound')}</Notice>
      ) : (
        <>
          <PageTitle text={event.data.title} />
          {event.data.status === 'draft' && <Notice tone="info">{t('events.draft')}</Notice>}
          <EventDetail event={event.data} />
          {profile.active && (
            <SignupPanel
              event={event.data}
              me={{ uid: profile.id, name: profile.displayName, volunteer: profile.volunteer }}
            />
          )}
          {staff && (
            <div className="flex flex-wrap gap-2">
              <ButtonLink to={paths.roster(eventId)}>{t('events.roster')}</ButtonLink>
              {event.data.status !== 'cancelled' && (
                <ButtonLink to={paths.editEvent(eventId)} variant="secondary">
                  {t('events.edit')}
                </ButtonLink>
              )}
              {event.data.status === 'draft' && (
                <Button variant="secondary" onClick={() => void setEventStatus(eventId, 'published')}>
                  {t('events.publish')}
                </Button>
              )}
              {event.data.status === 'published' && (
                <Button
                  variant="danger"
                  onClick={() => {
                    if (window.confirm(t('events.cancelEventConfirm')))
                      void setEventStatus(eventId, 'cancelled');
                  }}
                >
                  {t('events.cancelEvent')}
                </Button>
              )}
              {deletable && (
                <Button
                  variant="danger"
                  onClick={() => {
                    if (!window.confirm(t('events.deleteDraftConfirm'))) return;
                    setActionError(null);
                    deleteEvent(eventId)
                      .then(() => navigate(paths.events, { replace: true }))
                      .catch((e: unknown) =>
                        setActionError(isRefused(e) ? t('events.deleteFailed') : errorMessage(e)),
                      );
                  }}
                >
                  {t('events.deleteDraft')}
                </Button>
              )}
            </div>
          )}
          {staff && <FormError>{actionError}</FormError>}
        </>
      )}
    </div>
  );
}
