import { use } from 'react';
import { NavLink } from 'react-router';
import { Icon, type IconName } from '@/components/ui/Icon';
import { paths } from '@/config/paths';
import { loadStaffMessages } from '@/i18n';
import { useTranslation } from '@/i18n/react';

/**
 * The staff's side navigation on a desk (1024 px and wider, where the bottom bar is hidden): the screens the
 * bottom bar and the home's links reach on a phone, the current one marked (aria-current, from NavLink).
 * Its own chunk; it waits for the staff messages (its labels are among them): residents never download it.
 */
export default function DeskNav({ head }: { head: boolean }) {
  use(loadStaffMessages());
  const { t } = useTranslation();
  const items: { to: string; label: string; icon: IconName; end?: boolean }[] = [
    { to: paths.home, label: t('app.nav.home'), icon: 'home', end: true },
    { to: paths.queue, label: t('app.nav.queue'), icon: 'inbox' },
    ...(head ? [{ to: paths.admin, label: t('desk.nav.dashboard'), icon: 'star' as const, end: true }] : []),
    { to: paths.register, label: t('app.nav.register'), icon: 'building' },
    { to: paths.care, label: t('app.nav.care'), icon: 'heart' },
    { to: paths.mediation, label: t('desk.nav.mediation'), icon: 'pin' },
    { to: paths.events, label: t('app.nav.events'), icon: 'calendar' },
    { to: paths.notices, label: t('app.nav.notices'), icon: 'bell' },
    { to: paths.profile, label: t('app.nav.profile'), icon: 'user' },
  ];
  return (
    <aside className="hidden w-52 shrink-0 border-r border-stone-300 bg-white lg:block">
      <nav aria-label={t('desk.nav.label')} className="sticky top-0 p-3">
        <ul className="flex flex-col gap-1">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end ?? false}
                className={({ isActive }) =>
                  `tap flex items-center gap-3 rounded-xl px-3 py-2 text-base ${
                    isActive ? 'bg-brand-50 font-bold text-brand-800' : 'text-stone-800 hover:bg-stone-100'
                  }`
                }
              >
                <Icon name={item.icon} className="h-6 w-6 shrink-0" />
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
