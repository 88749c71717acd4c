import { useTranslation } from '@/i18n/react';
import { useOnline, useServerReachable } from '@/lib/online';
import { Icon } from './Icon';

export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  const server = useServerReachable();
  const message = !online ? t('app.offline') : !server ? t('app.serverUnreachable') : null;
  return (
    <div role="status" aria-live="polite">
      {message && (
        <p className="flex items-start gap-2 bg-amber-100 px-4 py-2 text-base text-amber-950">
          <Icon name="wifiOff" className="mt-1 h-5 w-5" />
          <span>{message}</span>
        </p>
      )}
    </div>
  );
}
