import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/Icon';

export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to={to}
      className="tap inline-flex items-center gap-1 self-start text-base font-medium text-stone-900 underline-offset-4 hover:underline"
    >
      <Icon name="back" />
      {t('app.back')}
    </Link>
  );
}
