import { useTranslation } from '@/i18n/react';
import { Icon } from '@/components/ui/Icon';

/** The head's first look: how much is open and how much of it is late. */
export function HeadOverview({ open, overdue }: { open: number; overdue: number }) {
  const { t } = useTranslation();
  return (
    <dl className="grid grid-cols-2 gap-3">
      <div className="rounded-2xl border border-stone-200 bg-white p-4">
        <dt className="flex items-center gap-2 text-base text-stone-800">
          <Icon name="inbox" />
          {t('staff.openCount')}
        </dt>
        <dd className="text-4xl font-bold" data-testid="count-open">
          {open}
        </dd>
      </div>
      <div
        className={`rounded-2xl border p-4 ${overdue > 0 ? 'border-red-300 bg-red-50' : 'border-stone-200 bg-white'}`}
      >
        <dt className="flex items-center gap-2 text-base text-stone-800">
          <Icon name="alert" />
          {t('staff.overdueCount')}
        </dt>
        <dd className={`text-4xl font-bold ${overdue > 0 ? 'text-red-800' : ''}`} data-testid="count-overdue">
          {overdue}
        </dd>
      </div>
    </dl>
  );
}
