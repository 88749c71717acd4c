import { useEffect, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';

/** The page's h1, mirrored into document.title so screen readers announce where the user is. */
export function PageTitle({ children, text }: { children?: ReactNode; text: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${text} · ${t('app.name')}`;
  }, [text, t]);
  return <h1 className="text-2xl font-bold text-stone-900">{children ?? text}</h1>;
}
