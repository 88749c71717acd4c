import { lazy, Suspense } from 'react';
import { Notice } from '@/components/ui/Card';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { ElderSwitch } from '@/components/ui/PrefsControls';
import { loadStaffMessages } from '@/i18n';
import { useTranslation } from '@/i18n/react';
import { useMe } from '../me';
import { ready } from '../first-screens';
import { roleHome } from './home/load';

// Each role's home is its own chunk: a resident's phone never downloads the head's dashboard code.
const ResidentHome = lazy(() => ready(roleHome.resident));
const WorkerHome = lazy(() => Promise.all([roleHome.worker(), loadStaffMessages()]).then(([m]) => m));
const HeadHome = lazy(() => Promise.all([roleHome.head(), loadStaffMessages()]).then(([m]) => m));

export default function Component() {
  const { profile } = useMe();
  const { t } = useTranslation();
  const role = profile.active ? profile.role : 'resident';
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <PageTitle text={t('staff.hello', { name: profile.displayName })} />
        <ElderSwitch />
      </div>
      {!profile.active && <Notice tone="warn">{t('staff.deactivated')}</Notice>}
      <Suspense fallback={<Loading />}>
        {role === 'head' ? (
          <HeadHome />
        ) : role === 'worker' ? (
          <WorkerHome uid={profile.id} />
        ) : (
          <ResidentHome profile={profile} />
        )}
      </Suspense>
    </div>
  );
}
