import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/Icon';
import { formatDateTime } from '@/i18n/format';
import type { CommunityEvent } from '../types';
import eventListMessages from '@/i18n/zh-CN.event-list';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventListMessages);

/**
 * Events as cards: when, where, places. `badge` goes before an event's title (staff: draft, cancelled) and
 * `note` under its places (my own place): ./EventMarks.tsx, kept out of the volunteer's home.
 */
export function EventList({
  events,
  linkTo,
  badge,
  note,
}: {
  events: CommunityEvent[];
  linkTo: (id: string) => string;
  badge?: (e: CommunityEvent) => ReactNode;
  note?: (e: CommunityEvent) => ReactNode;
}) {
  const { t, lang } = useTranslation();
  if (!events.length) return <p className="text-base text-stone-700">{t('events.empty')}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {events.map((e) => (
        <li key={e.id}>
          <Link
            to={linkTo(e.id)}
            className="tap block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400"
          >
            <p className="text-lg font-bold text-stone-900">
              {badge?.(e)}
              {e.title}
            </p>
            <p className="mt-1 flex items-center gap-2 text-base text-stone-800">
              <Icon name="calendar" className="h-4 w-4" />
              {formatDateTime(e.startAt, lang)}
            </p>
            <p className="text-base text-stone-800">{e.place}</p>
            <p className="mt-1 text-sm font-medium text-stone-800">
              {t('events.places', { confirmed: e.confirmed, capacity: e.capacity })}
              {e.confirmed >= e.capacity && <span className="ml-2 text-amber-900">{t('events.full')}</span>}
            </p>
            {note?.(e)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
