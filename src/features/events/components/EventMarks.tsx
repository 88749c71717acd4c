import { t } from '@/i18n';
import type { CommunityEvent, Signup } from '../types';

/** Before a title in the staff list: 草稿 or 已取消 (a published event has none). */
export function statusBadge(e: CommunityEvent) {
  if (e.status === 'published') return null;
  return (
    <span
      className={`mr-2 rounded px-1.5 py-0.5 text-base font-bold ${e.status === 'draft' ? 'bg-stone-200 text-stone-900' : 'bg-red-100 text-red-900'}`}
    >
      {e.status === 'draft' ? t('events.draft') : t('events.cancelledShort')}
    </span>
  );
}

/** Under an event in my list: my place on it — 已报名 (as which role), 候补第N位, 已签到. */
export function myPlace(mine: Signup[]) {
  return function MyPlace(e: CommunityEvent) {
    const s = mine.find((x) => x.eventId === e.id);
    if (!s) return null;
    if (s.status === 'waitlisted') {
      const role = s.roleId === 'resident' ? undefined : e.roles.find((r) => r.id === s.roleId);
      const line = role ? role.waitlist : e.waitlist;
      const position = (line?.indexOf(s.uid) ?? -1) + 1 || 1;
      return (
        <p className="mt-1 text-base font-bold text-amber-900">
          {role
            ? t('events.mine.waitlistedRole', { role: role.name, position })
            : t('events.mine.waitlisted', { position })}
        </p>
      );
    }
    const role = e.roles.find((r) => r.id === s.roleId)?.name;
    return (
      <p className="mt-1 text-base font-bold text-green-900">
        <span aria-hidden="true">✓&nbsp;</span>
        {s.checkedInAt
          ? t('events.mine.checkedIn')
          : role
            ? t('events.mine.confirmedRole', { role })
            : t('events.mine.confirmed')}
      </p>
    );
  };
}
