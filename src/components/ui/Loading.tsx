import { useTranslation } from '@/i18n/react';
import { Button } from './Button';
import { Notice } from './Card';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="py-6 text-center text-base text-stone-700" role="status">
      {label ?? t('app.loading')}
    </p>
  );
}

/** A failed load: what happened, in the user's language, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Notice tone="error" title={t('app.error.title')}>
      <p>{t('app.error.body')}</p>
      <details className="mt-2 text-sm">
        <summary>{t('app.error.details')}</summary>
        <code className="break-all">{message}</code>
      </details>
      {onRetry && (
        <Button variant="secondary" className="mt-3" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Notice>
  );
}
