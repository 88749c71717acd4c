import { Link } from 'react-router';
import { useTranslation } from '@/i18n/react';
import { Icon } from '@/components/ui/Icon';

/**
 * The head's first look: how much is open and how much of it is late — each figure a link to the queue
 * filtered to exactly the tickets it counts (the whole tile answers a click).
 */
export function HeadOverview({
  open,
  overdue,
  openHref,
  overdueHref,
}: {
  open: number;
  overdue: number;
  /** The queue showing the open tickets counted. */
  openHref: string;
  /** The queue showing the overdue ones. */
  overdueHref: string;
}) {
  const { t } = useTranslation();
  return (
    <dl className="grid grid-cols-2 gap-3">
      <div className="relative rounded-2xl border border-stone-200 bg-white p-4 hover:border-stone-400">
        <dt className="flex items-center gap-2 text-base text-stone-800">
          <Icon name="inbox" />
          {t('staff.openCount')}
        </dt>
        <dd className="text-4xl font-bold" data-testid="count-open">
          <Link
            to={openHref}
            aria-label={t('desk.showOpen', { count: open })}
            className="underline-offset-4 after:absolute after:inset-0 after:rounded-2xl hover:underline"
          >
            {open}
          </Link>
        </dd>
      </div>
      <div
        className={`relative rounded-2xl border p-4 ${overdue > 0 ? 'border-red-300 bg-red-50 hover:border-red-500' : 'border-stone-200 bg-white hover:border-stone-400'}`}
      >
        <dt className="flex items-center gap-2 text-base text-stone-800">
          <Icon name="alert" />
          {t('staff.overdueCount')}
        </dt>
        <dd className={`text-4xl font-bold ${overdue > 0 ? 'text-red-800' : ''}`} data-testid="count-overdue">
          <Link
            to={overdueHref}
            aria-label={t('desk.showOverdue', { count: overdue })}
            className="underline-offset-4 after:absolute after:inset-0 after:rounded-2xl hover:underline"
          >
            {overdue}
          </Link>
        </dd>
      </div>
    </dl>
  );
}
