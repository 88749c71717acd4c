import { useTranslation } from '@/i18n/react';
import { Card, Notice } from '@/components/ui/Card';
import { formatDateTime } from '@/i18n/format';
import { formatTimeRange } from './time-range';
import type { CommunityEvent } from '../types';
import eventListMessages from '@/i18n/zh-CN.event-list';
import eventsMessages from '@/i18n/zh-CN.events';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);
addMessages(eventListMessages);

export function EventDetail({ event }: { event: CommunityEvent }) {
  const { t, lang } = useTranslation();
  return (
    <div className="flex flex-col gap-4">
      {event.status === 'cancelled' && <Notice tone="warn">{t('events.cancelled')}</Notice>}
      {event.coverDataUrl && (
        <img src={event.coverDataUrl} alt="" className="w-full rounded-2xl object-cover" />
      )}
      {/* Label beside value where both fit, else each label above its value (长辈版 at 200 % zoom). */}
      <Card className="@container">
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-base [overflow-wrap:anywhere] @min-[240px]:grid-cols-[auto_minmax(0,1fr)] @min-[240px]:gap-y-2">
          <dt className="text-stone-700">{t('events.when')}</dt>
          <dd>{formatTimeRange(event.startAt, event.endAt, lang)}</dd>
          <dt className="text-stone-700">{t('events.where')}</dt>
          <dd>{event.place}</dd>
        </dl>
        <p className="mt-2 text-base">
          {t('events.deadline', { date: formatDateTime(event.signupDeadline, lang) })}
        </p>
        <p className="mt-1 text-base font-medium">
          {t('events.places', { confirmed: event.confirmed, capacity: event.capacity })}
          {event.confirmed >= event.capacity && (
            <span className="ml-2 text-amber-900">{t('events.full')}</span>
          )}
        </p>
      </Card>
      <p className="whitespace-pre-wrap text-lg">{event.description}</p>
      {event.roles.length > 0 && (
        <section aria-labelledby="roles-h">
          <h2 id="roles-h" className="mb-2 text-xl font-bold">
            {t('events.volunteerRoles')}
          </h2>
          <ul className="flex flex-col gap-1 text-base">
            {event.roles.map((r) => (
              <li key={r.id}>
                {t('events.rolePlaces', { name: r.name, confirmed: r.confirmed, capacity: r.capacity })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
