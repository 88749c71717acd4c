import { useEffect, type ReactNode } from 'react';
import { errorKind, errorMessage, reportError } from '@/lib/errors';
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

/**
 * A failed load: what happened, in the person's language, and a way to try again — never the technical
 * message (that is reported, src/lib/errors.ts). Offline with nothing kept, it says the screen needs a
 * connection.
 */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const kind = errorKind(error);
  useEffect(() => reportError(error, 'load'), [error]);
  return (
    <Notice
      tone="error"
      title={
        kind === 'offline' || kind === 'needsConnection' ? t('app.error.offlineTitle') : t('app.error.title')
      }
    >
      <p>{kind === 'unknown' ? t('app.error.body') : errorMessage(error)}</p>
      {onRetry && (
        <Button variant="secondary" className="mt-3" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Notice>
  );
}

/**
 * A query's screen: its failure (with a way to try again), "loading" until it has data, then what `children`
 * makes of the data.
 */
export function Loaded<T>({
  query,
  children,
}: {
  query: { data: T | undefined; isError: boolean; error: unknown; refetch: () => unknown };
  children: (data: NonNullable<T>) => ReactNode;
}) {
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Loading />;
  return children(query.data);
}
