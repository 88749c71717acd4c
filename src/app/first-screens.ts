import { paths } from '@/config/paths';
import { profileKey } from '@/features/account/api/keys';
import { communityInfoKey } from '@/features/community/api/keys';
import { rememberedUser } from '@/features/account/api/session-hint';
import type { UserProfile } from '@/features/account/types';
import { kept } from '@/lib/kept';
import { roleHome } from './routes/home/load';

const arrived = new WeakMap<() => Promise<unknown>, unknown>();

/** Loads a module and remembers it once it has arrived. */
export function preload<T>(load: () => Promise<T>): Promise<T> {
  return load().then((m) => {
    arrived.set(load, m);
    return m;
  });
}

/**
 * For `React.lazy`: the module, read at once when it has already arrived (started by preloadScreens).
 * `lazy()` calls `then` once and, when the callback comes at once, renders the screen in the same pass; a
 * resolved Promise calls back a microtask later — after React has already committed the "loading"
 * fallback, so every lazy level (three on the resident home) cost a commit and a paint of a spinner.
 */
export function ready<T>(load: () => Promise<T>): Promise<T> {
  if (!arrived.has(load)) return preload(load);
  const value = arrived.get(load) as T;
  const now = {
    then(ok: (v: T) => unknown) {
      ok(value);
      return now;
    },
  };
  return now as unknown as Promise<T>; // only lazy() receives it, and lazy() only calls then()
}

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
export function preloadScreens(pathname: string, user: { uid: string } | null): Promise<unknown> {
  const profile = user ? kept<UserProfile>(profileKey(user.uid)) : undefined;
  const loaders: Record<ScreenName, () => Promise<unknown>> = { ...screens, ...roleHome };
  const names = screensFor(pathname, user !== null, profile);
  const arriving = Promise.all(names.map((name) => preload(loaders[name]).catch(() => {})));
  if (needsOfficeNumber(names))
    void import('@/lib/public-doc').then((m) => m.prefetchPublicDoc('config', 'community')).catch(() => {});
  return arriving;
}

/**
 * The office's phone number (sign-in page, resident home) is asked for alongside the code when the phone
 * has never seen it (the reader is a small chunk of its own: the other screens do not carry it). When the
 * phone kept it, the screen shows that at once and asks the server only once it has rendered: the request
 * would otherwise share the weak connection with the code the screen is waiting for.
 */
export function needsOfficeNumber(names: readonly ScreenName[]): boolean {
  return (
    (names.includes('signIn') || names.includes('resident')) && !kept(communityInfoKey, { shared: true })
  );
}

let started: Promise<unknown> | undefined;

/**
 * The page's first screen: its chunks start downloading (once, whichever of the start-up script and the
 * entry runs first — usually the start-up script, but when React's chunk arrives as fast as the start-up
 * script's, the entry may run first).
 */
export function startFirstScreens(): Promise<unknown> {
  return (started ??= preloadScreens(location.pathname, rememberedUser()));
}

/**
 * Resolves when the first screen's chunks have arrived (or failed), or after `ms` at most. The entry waits
 * for it before React's first render, so the first screen renders in that render instead of painting
 * "正在加载…" first and rendering again moments later: its chunks arrive just after React's own, and a
 * first render that misses them by a few milliseconds costs a whole extra render, layout and paint on a slow
 * phone. The page is never blank while it waits: index.html shows "正在加载…" until React's first render.
 */
export function firstScreensArrived(ms: number): Promise<void> {
  return within(startFirstScreens(), ms);
}

/** Resolves when `p` settles or after `ms`, whichever comes first. */
export function within(p: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    const settled = () => {
      clearTimeout(timer);
      done();
    };
    p.then(settled, settled);
  });
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
