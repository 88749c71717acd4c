import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { Navigate, useNavigate } from 'react-router';
import { Card } from '@/components/ui/Card';
import { Loaded, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { accountQueries } from '@/features/account/api/queries';
import { createProfile } from '@/features/account/api/save-profile';
import { useSession, type SessionUser } from '@/features/account/api/session';
import { WelcomeForm } from '@/features/account/components/WelcomeForm';
import { buildingQueries } from '@/features/buildings/api/queries';
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
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 p-4">
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
    </main>
  );
}
