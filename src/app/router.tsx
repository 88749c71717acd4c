import {
  lazy,
  Suspense,
  useEffect,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { Loading } from '@/components/ui/Loading';
import { paths } from '@/config/paths';
import { loadStaffMessages } from '@/i18n';
import { contentPainted } from '@/lib/backend';
import { ready, screens } from './first-screens';

// Every screen is its own chunk (declarative routing keeps react-router's data-router code, ~16 KB gz,
// out of the first load); the sign-in screen never downloads the signed-in shell. Each screen is made
// lazy once, here, whatever number of paths it answers on.
type Load = () => Promise<{ default: ComponentType }>;

/** A screen residents open first: its loader lives in ./first-screens, which starts it early (boot.ts). */
function first(load: Load) {
  return lazy(() => ready(load));
}
/** A staff screen (or the mediation screen, whose messages are in that part too): its code and the staff
 * messages arrive together. */
function staff(load: Load) {
  return lazy(() => Promise.all([load(), loadStaffMessages()]).then(([m]) => m));
}
/** Any other screen: its code loads as it renders. */
function other(load: Load) {
  return lazy(load);
}

interface ScreenRoute {
  /** The paths it shows on, or `index`: the signed-in home. */
  at: readonly string[] | 'index';
  Screen: LazyExoticComponent<ComponentType>;
}

/** Screens outside the signed-in shell. */
const signedOut: ScreenRoute[] = [
  { at: [paths.signIn], Screen: first(screens.signIn) },
  { at: [paths.welcome], Screen: first(screens.welcome) },
];

/** Screens inside the signed-in shell (AppShell: sends a signed-out visitor to sign in, draws the frame). */
const signedIn: ScreenRoute[] = [
  { at: 'index', Screen: first(screens.home) },
  { at: [paths.proxyReport()], Screen: staff(() => import('./routes/proxy-report')) },
  { at: [paths.register], Screen: staff(() => import('./routes/register')) },
  { at: [paths.household()], Screen: staff(() => import('./routes/household')) },
  { at: [paths.care], Screen: staff(() => import('./routes/care')) },
  { at: [paths.audit], Screen: staff(() => import('./routes/audit')) },
  { at: [paths.newEvent, paths.editEvent()], Screen: staff(() => import('./routes/event-edit')) },
  { at: [paths.roster()], Screen: staff(() => import('./routes/event-roster')) },
  { at: [paths.record], Screen: other(() => import('./routes/record')) },
  { at: [paths.messages], Screen: other(() => import('./routes/messages')) },
  { at: [paths.staff], Screen: staff(() => import('./routes/admin-staff')) },
  { at: [paths.categories], Screen: staff(() => import('./routes/admin-categories')) },
  { at: [paths.manageNotices], Screen: staff(() => import('./routes/admin-notices')) },
  { at: [paths.mediation, paths.mediationCase()], Screen: staff(() => import('./routes/mediation')) },
  { at: [paths.admin], Screen: staff(() => import('./routes/admin')) },
  { at: [paths.queue], Screen: staff(() => import('./routes/queue')) },
  { at: [paths.report, paths.fixReport()], Screen: first(screens.report) },
  { at: [paths.ticket()], Screen: first(screens.ticket) },
  { at: [paths.followed()], Screen: other(() => import('./routes/followed')) },
  { at: [paths.notices], Screen: other(() => import('./routes/notices')) },
  { at: [paths.notice()], Screen: other(() => import('./routes/notice')) },
  { at: [paths.events], Screen: other(() => import('./routes/events')) },
  { at: [paths.event()], Screen: other(() => import('./routes/event')) },
  { at: [paths.profile], Screen: other(() => import('./routes/profile')) },
  { at: ['*'], Screen: other(() => import('./NotFound')) },
];

const AppShell = lazy(() => ready(screens.shell));

/**
 * One screen: its code loads behind a spinner; once it has rendered, Firebase may start loading. A screen
 * that fails (or whose code cannot arrive) says so in words inside the shell, and the next navigation
 * tries again.
 */
function Page({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  return (
    <ErrorBoundary where="screen" resetKey={key}>
      <Suspense fallback={<Loading />}>
        {children}
        <Rendered />
      </Suspense>
    </ErrorBoundary>
  );
}

function Rendered() {
  useEffect(contentPainted, []);
  return null;
}

/** The `<Route>`s of a table: each screen in its Page, on each of its paths. */
function routes(table: ScreenRoute[]) {
  return table.flatMap(({ at, Screen }) => {
    const element = (
      <Page>
        <Screen />
      </Page>
    );
    return at === 'index'
      ? [<Route key="index" index element={element} />]
      : at.map((path) => <Route key={path} path={path} element={element} />);
  });
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          {routes(signedOut)}
          <Route element={<AppShell />}>{routes(signedIn)}</Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
