import { useTranslation } from '@/i18n/react';
import { Icon, type IconName } from '@/components/ui/Icon';
import type { TicketStatus } from '../types';

/** Status in text + icon + colour (colour is never the only signal). */
const LOOK: Record<TicketStatus, { icon: IconName; cls: string }> = {
  submitted: { icon: 'inbox', cls: 'bg-sky-100 text-sky-950 border-sky-300' },
  accepted: { icon: 'check', cls: 'bg-indigo-100 text-indigo-950 border-indigo-300' },
  in_progress: { icon: 'wrench', cls: 'bg-amber-100 text-amber-950 border-amber-300' },
  resolved: { icon: 'checkCircle', cls: 'bg-green-100 text-green-950 border-green-300' },
  reopened: { icon: 'refresh', cls: 'bg-orange-100 text-orange-950 border-orange-300' },
  closed: { icon: 'checkCircle', cls: 'bg-stone-200 text-stone-900 border-stone-300' },
  cancelled: { icon: 'x', cls: 'bg-stone-200 text-stone-900 border-stone-300' },
  rejected: { icon: 'xCircle', cls: 'bg-red-100 text-red-950 border-red-300' },
  merged: { icon: 'inbox', cls: 'bg-violet-100 text-violet-950 border-violet-300' },
};

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  const look = LOOK[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-bold ${look.cls}`}
      data-status={status}
    >
      <Icon name={look.icon} className="h-4 w-4" />
      {t(`status.${status}`)}
    </span>
  );
}
