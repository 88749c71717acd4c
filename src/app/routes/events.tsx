import { useQuery } from '@tanstack/react-query';
import { ButtonLink } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { Loaded } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { eventQueries } from '@/features/events/api/queries';
import { volunteerQueries } from '@/features/events/api/volunteer-queries';
import { EventList } from '@/features/events/components/EventList';
import { myPlace, statusBadge } from '@/features/events/components/EventMarks';
import { useTranslation } from '@/i18n/react';
import { useMe } from '../me';
import eventListMessages from '@/i18n/zh-CN.event-list';
import eventsMessages from '@/i18n/zh-CN.events';
import volunteerMessages from '@/i18n/zh-CN.volunteer';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);
addMessages(eventListMessages);
addMessages(volunteerMessages);

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const staff = isStaffRole(profile);
  const manage = useQuery({ ...eventQueries.manage(), enabled: staff });
  const upcoming = useQuery({ ...eventQueries.upcoming(), enabled: !staff });
  const events = staff ? manage : upcoming;
  const mine = useQuery({ ...volunteerQueries.mine(profile.id), enabled: !staff });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <PageTitle text={staff ? t('events.manage') : t('events.title')} />
        {staff && <ButtonLink to={paths.newEvent}>{t('events.create')}</ButtonLink>}
      </div>
      {profile.volunteer && (
        <ButtonLink to={paths.record} variant="secondary" className="self-start">
          {t('record.link')}
        </ButtonLink>
      )}
      <Section title={t('events.upcoming')}>
        <Loaded query={events}>
          {(data) => (
            <EventList
              events={data}
              linkTo={paths.event}
              {...(staff ? { badge: statusBadge } : { note: myPlace(mine.data ?? []) })}
            />
          )}
        </Loaded>
      </Section>
    </div>
  );
}
