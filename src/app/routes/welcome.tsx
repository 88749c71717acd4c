import { useQuery } from '@tanstack/react-query';
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
import { buildingQueries } from '@/features/buildings/api/queries';
import { OfficeHelp } from '@/features/community/components/OfficeHelp';
import { formatPhone } from '@/lib/phone';
import { currentLanguage } from '@/i18n';
import signinMessages from '@/i18n/zh-CN.signin';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(signinMessages);

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
  if (profile.data) return <Navigate to={paths.home} replace />;
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
