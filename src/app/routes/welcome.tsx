import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Navigate, useNavigate } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Loaded, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { ElderSwitch, LanguageSwitch } from '@/components/ui/PrefsControls';
import { paths } from '@/config/paths';
import { accountQueries } from '@/features/account/api/queries';
import { createProfile } from '@/features/account/api/save-profile';
import { signOut } from '@/features/account/api/sign-in';
import { useSession, type SessionUser } from '@/features/account/api/session';
import { WelcomeForm } from '@/features/account/components/WelcomeForm';
import type { Joined } from '@/features/account/api/join';
import { buildingQueries } from '@/features/buildings/api/queries';
import { DIRECTORY_PATH } from '@/features/buildings/directory';
import { OfficeHelp } from '@/features/community/components/OfficeHelp';
import { formatPhone } from '@/lib/phone';
import { currentLanguage } from '@/i18n';
import signinMessages from '@/i18n/zh-CN.signin';
import { addMessages } from '@/i18n';
import { reportError } from '@/lib/errors';

// This screen's messages (not in every first load).
addMessages(signinMessages);

// Only for someone the head invited: loaded when there is an invitation.
const JoinOffer = lazy(() =>
  import('@/features/account/components/JoinInvite').then((m) => ({ default: m.JoinOffer })),
);
const JoinedWelcome = lazy(() =>
  import('@/features/account/components/JoinInvite').then((m) => ({ default: m.JoinedWelcome })),
);

export default function Component() {
  const session = useSession();
  if (session.status === 'signedOut') return <Navigate to={paths.signIn} replace />;
  if (session.status === 'loading') return <Loading />;
  return <Welcome user={session.user} />;
}

function Welcome({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useQuery(accountQueries.profile(user.uid));
  const buildings = useQuery(buildingQueries.list());
  // A staff invitation for this phone number or (verified) email: they join as a grid worker instead.
  const invite = useQuery({
    queryKey: ['invites', 'mine', user.uid],
    queryFn: async () => (await import('@/features/account/api/invite')).readMyInvite(user),
    enabled: !profile.data,
  });
  const [joined, setJoined] = useState<Joined | null>(null);
  // While joining, the new profile arrives before the welcome is ready: stay here until it is.
  const [joining, setJoining] = useState(false);
  const names = (ids: string[]) =>
    (buildings.data ?? [])
      .filter((b) => ids.includes(b.id))
      .map((b) => t('building.name', { number: b.number }))
      .join('、');
  if (joined)
    return (
      <main id="main" className="mx-auto flex max-w-md flex-col gap-4 p-4">
        <PageTitle text={t('join.doneTitle', { name: joined.name })} />
        <Card>
          <Suspense fallback={<Loading />}>
            <JoinedWelcome
              joined={joined}
              names={names}
              onContinue={() => void navigate(paths.home, { replace: true })}
            />
          </Suspense>
        </Card>
      </main>
    );
  if (profile.data && !joining) return <Navigate to={paths.home} replace />;
  if (invite.isPending) return <Loading />;
  if (invite.data) {
    const offer = invite.data;
    return (
      <main id="main" className="mx-auto flex max-w-md flex-col gap-4 p-4">
        <PageTitle text={t('join.title')} />
        <Loaded query={buildings}>
          {() => (
            <Card>
              <Suspense fallback={<Loading />}>
                <JoinOffer
                  invite={offer}
                  names={names}
                  onJoin={async () => {
                    setJoining(true);
                    const { joinAsWorker } = await import('@/features/account/api/join');
                    const done = await joinAsWorker(user, offer, currentLanguage(), DIRECTORY_PATH).catch(
                      (e: unknown) => {
                        setJoining(false);
                        throw e;
                      },
                    );
                    // Then the tickets of those buildings that waited in the head's queue (待分派).
                    let tickets = 0;
                    try {
                      const { reassignOpenTickets } = await import('@/features/tickets/api/mutations');
                      const me = { id: user.uid, name: done.name };
                      for (const id of done.taken)
                        tickets += await reassignOpenTickets(
                          { uid: user.uid, name: done.name, role: 'worker' },
                          { buildingId: id, unassigned: true },
                          me,
                          t('join.ticketNote'),
                        );
                    } catch (e) {
                      reportError(e, 'join: waiting tickets'); // they stay in the head's queue
                    }
                    setJoined({ ...done, tickets });
                  }}
                />
              </Suspense>
            </Card>
          )}
        </Loaded>
      </main>
    );
  }
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col">
      <header className="bg-brand-700 px-4 py-3 text-white">
        <p className="text-xl font-bold">{t('app.name')}</p>
      </header>
      <main id="main" className="flex flex-col gap-4 p-4">
        {/* As on the sign-in page: big text and the other language before anything is asked. */}
        <div className="flex flex-wrap gap-2">
          <ElderSwitch />
          <LanguageSwitch />
        </div>
        <PageTitle text={t('welcome.title')} />
        <p className="text-lg text-stone-800">{t('welcome.intro')}</p>
        <Loaded query={buildings}>
          {(data) => (
            <Card>
              <WelcomeForm
                buildings={data}
                onSubmit={async (input) => {
                  await createProfile(user, { ...input, locale: currentLanguage() });
                  void navigate(paths.home, { replace: true });
                }}
              />
            </Card>
          )}
        </Loaded>
        <OfficeHelp context="signIn" />
        {/* A mistyped number signed in as someone else's phone: out again, to type it right. */}
        <div className="flex flex-col gap-2 rounded-2xl border border-stone-300 bg-white p-4">
          {user.phone && (
            <p className="text-base">{t('welcome.signedInAs', { phone: formatPhone(user.phone) })}</p>
          )}
          <Button variant="secondary" onClick={() => void signOut()}>
            {t('welcome.wrongNumber')}
          </Button>
        </div>
      </main>
    </div>
  );
}
