import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/Icon';
import { formatDateTime } from '@/i18n/format';
import type { CommunityEvent, Signup } from '../types';
import eventsMessages from '@/i18n/zh-CN.events';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);

/**
 * Events as cards: when, where, places; a draft or cancelled event says so, and `mine` (my sign-ups) marks
 * my own place on each: signed up, number N on the waiting list, checked in.
 */
export function EventList({
  events,
  linkTo,
  mine = [],
}: {
  events: CommunityEvent[];
  linkTo: (id: string) => string;
  mine?: Signup[];
}) {
  const { t, lang } = useTranslation();
  if (!events.length) return <p className="text-base text-stone-700">{t('events.empty')}</p>;
  const myStatus = (e: CommunityEvent) => {
    const s = mine.find((x) => x.eventId === e.id);
    if (!s) return null;
    if (s.status === 'waitlisted') {
      const line = s.roleId === 'resident' ? e.waitlist : e.roles.find((r) => r.id === s.roleId)?.waitlist;
      return (
        <span className="text-amber-900">
          {t('events.mine.waitlisted', { position: (line?.indexOf(s.uid) ?? -1) + 1 || 1 })}
        </span>
      );
    }
    const role = e.roles.find((r) => r.id === s.roleId)?.name;
    return (
      <span className="text-green-900">
        <span aria-hidden="true">✓ </span>
        {s.checkedInAt
          ? t('events.mine.checkedIn')
          : role
            ? t('events.mine.confirmedRole', { role })
            : t('events.mine.confirmed')}
      </span>
    );
  };
  return (
    <ul className="flex flex-col gap-3">
      {events.map((e) => {
        const status = myStatus(e);
        return (
          <li key={e.id}>
            <Link
              to={linkTo(e.id)}
              className="tap block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400"
            >
              <p className="text-lg font-bold text-stone-900">
                {e.status !== 'published' && (
                  <span
                    className={`mr-2 rounded px-1.5 py-0.5 text-base font-bold ${e.status === 'draft' ? 'bg-stone-200 text-stone-900' : 'bg-red-100 text-red-900'}`}
                  >
                    {e.status === 'draft' ? t('events.draft') : t('events.cancelledShort')}
                  </span>
                )}
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
              {status && <p className="mt-1 text-base font-bold">{status}</p>}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
