import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { Icon, type IconName } from '@/components/ui/Icon';
import { LoadError, Loading } from '@/components/ui/Loading';
import { OfflineBanner } from '@/components/ui/OfflineBanner';
import { paths } from '@/config/paths';
import { accountQueries } from '@/features/account/api/queries';
import { useSession } from '@/features/account/api/session';
import { isStaffRole } from '@/features/account/types';
import { contentPainted } from '@/lib/backend';
import { useUnread, type Tab } from '@/lib/unread';
import type { Me } from './me';

// The staff's side navigation on a desk: its own chunk, which waits for the staff messages itself (residents
// never load it; nothing of it in their first load but this line).
const DeskNav = lazy(() => import('./DeskNav'));

/**
 * Signed-in layout: header, offline banner, main landmark, bottom navigation — for staff at 1024 px and
 * wider (the desk), a side navigation instead of the bottom one.
 */
export default function AppShell() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'signedOut') {
    return <Navigate to={paths.signIn} replace state={{ from: location.pathname }} />;
  }
  if (session.status === 'loading') {
    return (
      <Frame staff={false}>
        <WaitingForBackend />
      </Frame>
    );
  }
  return <WithProfile user={session.user} />;
}

function WithProfile({ user }: { user: Me['user'] }) {
  const profile = useQuery(accountQueries.profile(user.uid));
  if (profile.data === null) return <Navigate to={paths.welcome} replace />;
  return (
    <Frame
      staff={profile.data ? isStaffRole(profile.data) : false}
      head={Boolean(profile.data?.active && profile.data.role === 'head')}
    >
      {profile.isPending ? (
        <WaitingForBackend />
      ) : profile.isError ? (
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <Outlet context={{ user, profile: profile.data } satisfies Me} />
      )}
    </Frame>
  );
}

/** Nothing to paint before Firebase answers: let it load now. */
function WaitingForBackend() {
  useEffect(contentPainted, []);
  return <Loading />;
}

function Frame({ children, staff, head = false }: { children: ReactNode; staff: boolean; head?: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      className={`@container mx-auto flex min-h-dvh flex-col ${staff ? 'max-w-5xl lg:max-w-[96rem]' : 'max-w-3xl'}`}
    >
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2"
      >
        {t('app.skipToContent')}
      </a>
      <header className="flex items-center justify-between bg-brand-700 px-4 py-3 text-white">
        <p className="text-xl font-bold">{t('app.name')}</p>
      </header>
      <OfflineBanner />
      <div className="flex flex-1 flex-col lg:flex-row">
        {staff && (
          <Suspense fallback={null}>
            <DeskNav head={head} />
          </Suspense>
        )}
        {/* (room below for the bottom navigation: two rows of it on a very narrow screen; none on a desk) */}
        <main
          id="main"
          tabIndex={-1}
          className={`flex-1 px-4 pt-4 focus:outline-none ${staff ? 'pb-28 lg:min-w-0 lg:px-6 lg:pb-8' : 'pb-48 @min-[272px]:pb-28'}`}
        >
          {children}
        </main>
      </div>
      <BottomNav staff={staff} />
    </div>
  );
}

function BottomNav({ staff }: { staff: boolean }) {
  const { t } = useTranslation();
  const items: { to: string; label: string; icon: IconName; end?: boolean; tab?: Tab }[] = [
    { to: paths.home, label: t('app.nav.home'), icon: 'home', end: true, tab: 'home' },
    ...(staff
      ? [
          { to: paths.queue, label: t('app.nav.queue'), icon: 'inbox' as const },
          { to: paths.register, label: t('app.nav.register'), icon: 'building' as const },
          { to: paths.care, label: t('app.nav.care'), icon: 'heart' as const },
        ]
      : [
          { to: paths.notices, label: t('app.nav.notices'), icon: 'bell' as const, tab: 'notices' as const },
          { to: paths.events, label: t('app.nav.events'), icon: 'calendar' as const, tab: 'events' as const },
        ]),
    { to: paths.profile, label: t('app.nav.profile'), icon: 'user' },
  ];
  return (
    <nav
      aria-label={t('app.nav.label')}
      className={`@container fixed inset-x-0 bottom-0 border-t border-stone-300 bg-white ${staff ? 'lg:hidden' : ''}`}
    >
      {/* A resident's four tabs in two rows where four 60 px tabs do not fit (长辈版 at 200 % zoom). */}
      <ul
        className={`mx-auto grid max-w-5xl ${staff ? 'grid-cols-5' : 'grid-cols-2 @min-[272px]:grid-cols-4'}`}
      >
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end ?? false}
              className={({ isActive }) =>
                `tap flex flex-col items-center justify-center gap-0.5 py-2 text-sm ${
                  isActive ? 'font-bold text-brand-800' : 'text-stone-800'
                }`
              }
            >
              <span className="relative">
                <Icon name={item.icon} className="h-6 w-6" />
                {item.tab && <UnreadMark tab={item.tab} />}
              </span>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** How many new things wait behind a tab (the home's "what's new" worked them out), as a red count. */
function UnreadMark({ tab }: { tab: Tab }) {
  const { t } = useTranslation();
  const count = useUnread(tab);
  if (!count) return null;
  return (
    <span className="absolute -right-3 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold leading-5 text-white">
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{t('app.nav.unread', { count })}</span>
    </span>
  );
}
