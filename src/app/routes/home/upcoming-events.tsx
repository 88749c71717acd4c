import { useQuery } from '@tanstack/react-query';
import { Section } from '@/components/ui/Card';
import { Loaded } from '@/components/ui/Loading';
import { paths } from '@/config/paths';
import { eventQueries } from '@/features/events/api/queries';
import { EventList } from '@/features/events/components/EventList';
import { useTranslation } from '@/i18n/react';
import eventListMessages from '@/i18n/zh-CN.event-list';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventListMessages);

/** A volunteer's next events on their home screen. */
export default function UpcomingEvents() {
  const { t } = useTranslation();
  const events = useQuery(eventQueries.upcoming());
  return (
    <Section title={t('events.upcoming')}>
      <Loaded query={events}>{(data) => <EventList events={data.slice(0, 3)} linkTo={paths.event} />}</Loaded>
    </Section>
  );
}
