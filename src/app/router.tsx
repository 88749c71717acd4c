import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { paths } from '@/config/paths';
import { loadStaffMessages } from '@/i18n';
import { contentPainted } from '@/lib/backend';
import { ready, screens } from './first-screens';

/** A staff screen (or the mediation screen, whose messages are in that part too): its code and the staff
 * messages arrive together. */
function staffScreen<T extends { default: ComponentType }>(load: () => Promise<T>) {
  return lazy(() => Promise.all([load(), loadStaffMessages()]).then(([m]) => m));
}

// Every screen is its own chunk (declarative routing keeps react-router's data-router code, ~16 KB gz,
// out of the first load); the sign-in screen never downloads the signed-in shell. The first screens'
// loaders live in ./first-screens, which also starts them early.
const SignIn = lazy(() => ready(screens.signIn));
const Welcome = lazy(() => ready(screens.welcome));
const AppShell = lazy(() => ready(screens.shell));
const Home = lazy(() => ready(screens.home));
const Ticket = lazy(() => ready(screens.ticket));
const Report = lazy(() => ready(screens.report));
const Queue = staffScreen(() => import('./routes/queue'));
const ProxyReport = staffScreen(() => import('./routes/proxy-report'));
const Register = staffScreen(() => import('./routes/register'));
const Household = staffScreen(() => import('./routes/household'));
const Care = staffScreen(() => import('./routes/care'));
const EventEdit = staffScreen(() => import('./routes/event-edit'));
const EventRoster = staffScreen(() => import('./routes/event-roster'));
const Record = lazy(() => import('./routes/record'));
const Admin = staffScreen(() => import('./routes/admin'));
const Mediation = staffScreen(() => import('./routes/mediation'));
const AdminStaff = staffScreen(() => import('./routes/admin-staff'));
const AdminCategories = staffScreen(() => import('./routes/admin-categories'));
const AdminNotices = staffScreen(() => import('./routes/admin-notices'));
const Notices = lazy(() => import('./routes/notices'));
const Notice = lazy(() => import('./routes/notice'));
const Events = lazy(() => import('./routes/events'));
const Event = lazy(() => import('./routes/event'));
const Profile = lazy(() => import('./routes/profile'));
const NotFound = lazy(() => import('./NotFound'));

/** One screen: its code loads behind a spinner; once it has rendered, Firebase may start loading. */
function Page({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      {children}
      <Rendered />
    </Suspense>
  );
}

function Rendered() {
  useEffect(contentPainted, []);
  return null;
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route
            path={paths.signIn}
            element={
              <Page>
                <SignIn />
              </Page>
            }
          />
          <Route
            path={paths.welcome}
            element={
              <Page>
                <Welcome />
              </Page>
            }
          />
          <Route element={<AppShell />}>
            <Route
              index
              element={
                <Page>
                  <Home />
                </Page>
              }
            />
            <Route
              path={paths.proxyReport()}
              element={
                <Page>
                  <ProxyReport />
                </Page>
              }
            />
            <Route
              path={paths.register}
              element={
                <Page>
                  <Register />
                </Page>
              }
            />
            <Route
              path={paths.household()}
              element={
                <Page>
                  <Household />
                </Page>
              }
            />
            <Route
              path={paths.care}
              element={
                <Page>
                  <Care />
                </Page>
              }
            />
            <Route
              path={paths.newEvent}
              element={
                <Page>
                  <EventEdit />
                </Page>
              }
            />
            <Route
              path={paths.editEvent()}
              element={
                <Page>
                  <EventEdit />
                </Page>
              }
            />
            <Route
              path={paths.roster()}
              element={
                <Page>
                  <EventRoster />
                </Page>
              }
            />
            <Route
              path={paths.record}
              element={
                <Page>
                  <Record />
                </Page>
              }
            />
            <Route
              path={paths.staff}
              element={
                <Page>
                  <AdminStaff />
                </Page>
              }
            />
            <Route
              path={paths.categories}
              element={
                <Page>
                  <AdminCategories />
                </Page>
              }
            />
            <Route
              path={paths.manageNotices}
              element={
                <Page>
                  <AdminNotices />
                </Page>
              }
            />
            <Route
              path={paths.mediation}
              element={
                <Page>
                  <Mediation />
                </Page>
              }
            />
            <Route
              path={paths.mediationCase()}
              element={
                <Page>
                  <Mediation />
                </Page>
              }
            />
            <Route
              path={paths.admin}
              element={
                <Page>
                  <Admin />
                </Page>
              }
            />
            <Route
              path={paths.queue}
              element={
                <Page>
                  <Queue />
                </Page>
              }
            />
            <Route
              path={paths.report}
              element={
                <Page>
                  <Report />
                </Page>
              }
            />
            <Route
              path={paths.fixReport()}
              element={
                <Page>
                  <Report />
                </Page>
              }
            />
            <Route
              path={paths.ticket()}
              element={
                <Page>
                  <Ticket />
                </Page>
              }
            />
            <Route
              path={paths.notices}
              element={
                <Page>
                  <Notices />
                </Page>
              }
            />
            <Route
              path={paths.notice()}
              element={
                <Page>
                  <Notice />
                </Page>
              }
            />
            <Route
              path={paths.events}
              element={
                <Page>
                  <Events />
                </Page>
              }
            />
            <Route
              path={paths.event()}
              element={
                <Page>
                  <Event />
                </Page>
              }
            />
            <Route
              path={paths.profile}
              element={
                <Page>
                  <Profile />
                </Page>
              }
            />
            <Route
              path="*"
              element={
                <Page>
                  <NotFound />
                </Page>
              }
            />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
