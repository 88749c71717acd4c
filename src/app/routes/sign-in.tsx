import { useTranslation } from '@/i18n/react';
import { Navigate, useLocation } from 'react-router';
import { Card } from '@/components/ui/Card';
import { PageTitle } from '@/components/ui/PageTitle';
import { ElderSwitch, LanguageSwitch } from '@/components/ui/PrefsControls';
import { paths } from '@/config/paths';
import { useSession } from '@/features/account/api/session';
import { SignInForm } from '@/features/account/components/SignInForm';
import { OfficeHelp } from '@/features/community/components/OfficeHelp';
import signinMessages from '@/i18n/zh-CN.signin';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(signinMessages);

export default function Component() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (session.status === 'signedIn') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== paths.signIn ? from : paths.home} replace />;
  }
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col">
      <header className="bg-brand-700 px-4 py-3 text-white">
        <p className="text-xl font-bold">{t('app.name')}</p>
      </header>
      <main id="main" className="flex flex-col gap-5 p-4">
        <div className="flex flex-wrap gap-2">
          <ElderSwitch />
          <LanguageSwitch />
        </div>
        <PageTitle text={t('auth.title')} />
        <p className="text-lg text-stone-800">{t('auth.intro')}</p>
        <Card>
          <SignInForm />
        </Card>
        <OfficeHelp context="signIn" />
      </main>
    </div>
  );
}
