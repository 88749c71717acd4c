import { paths } from '@/config/paths';
import { profileKey } from '@/features/account/api/keys';
import type { UserProfile } from '@/features/account/types';
import { kept } from '@/lib/kept';
import { roleHome } from './routes/home/load';

/** The screens residents open first (the router renders them lazily from these same loaders). */
export const screens = {
  signIn: () => import('./routes/sign-in'),
  welcome: () => import('./routes/welcome'),
  shell: () => import('./AppShell'),
  home: () => import('./routes/home'),
  ticket: () => import('./routes/ticket'),
  report: () => import('./routes/report'),
};

/**
 * Starts downloading, side by side, the chunks the first screen will ask for one after another as each lazy
 * level renders (the resident home is three levels: the signed-in shell, the home, the role's home — three
 * round trips on a weak connection). Called by src/boot.ts, a separate small script the page starts with,
 * so the requests go out while React's chunk is still downloading rather than after it has run; the lazy
 * components then find their modules already on the way. Only the screens residents open first; the rest
 * load as they render.
 */
export function preloadScreens(pathname: string, user: { uid: string } | null) {
  const profile = user ? kept<UserProfile>(profileKey(user.uid)) : undefined;
  const loaders = { ...screens, ...roleHome };
  for (const name of screensFor(pathname, user !== null, profile)) void loaders[name]().catch(() => {});
}

type ScreenName = keyof typeof screens | keyof typeof roleHome;
/** The screens the first render of `pathname` will ask for (exported for its test). */
export function screensFor(
  pathname: string,
  signedIn: boolean,
  profile: Pick<UserProfile, 'role' | 'active'> | undefined,
): ScreenName[] {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === paths.signIn || !signedIn) return ['signIn'];
  if (path === paths.welcome) return ['welcome'];
  if (path === paths.home) {
    const role = profile?.active ? profile.role : 'resident';
    return ['shell', 'home', role === 'head' ? 'head' : role === 'worker' ? 'worker' : 'resident'];
  }
  if (path === paths.report || path.startsWith(`${paths.report}/`)) return ['shell', 'report'];
  if (path.startsWith('/tickets/')) return ['shell', 'ticket'];
  return ['shell'];
}
