import { useTranslation } from '@/i18n/react';
import { Icon } from '@/components/ui/Icon';
import { formatDuration } from '@/i18n/format';
import { useNow } from '@/lib/now';

/** Time left until the ticket's current deadline, or how long it is overdue (kept current every minute). */
export function DueLabel({ dueAt }: { dueAt: Date | null }) {
  const { t, lang } = useTranslation();
  const now = useNow();
  if (!dueAt) return null;
  const left = dueAt.getTime() - now;
  if (left < 0) {
    return (
      <span className="inline-flex items-center gap-1 text-sm font-bold text-red-800" data-overdue="true">
        <Icon name="alert" className="h-4 w-4" />
        {t('time.overdue', { when: formatDuration(-left, lang) })}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 text-sm text-stone-800">
      <Icon name="clock" className="h-4 w-4" />
      {t('time.dueIn', { when: formatDuration(left, lang) })}
    </span>
  );
}
