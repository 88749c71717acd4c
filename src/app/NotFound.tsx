import { useTranslation } from '@/i18n/react';
import { ButtonLink } from '@/components/ui/Button';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-4">
      <PageTitle text={t('app.notFound.title')} />
      <ButtonLink to={paths.home}>{t('app.notFound.home')}</ButtonLink>
    </div>
  );
}
