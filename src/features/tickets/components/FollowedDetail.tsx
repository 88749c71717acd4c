import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { FormError } from '@/components/ui/FormError';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { errorMessage } from '@/lib/errors';
import type { Category, PublicTicket } from '../types';
import { categoryLabel } from './category-label';
import { StatusBadge } from './StatusBadge';

/**
 * A problem I said "me too" to, as a follower may see it: the public copy (what, where, when, how it
 * stands, how many households have it) — never the text, names or flat of whoever reported it — and a
 * button to stop following it.
 */
export function FollowedDetail({
  item,
  categories,
  onUnfollow,
}: {
  item: PublicTicket;
  categories: Category[];
  onUnfollow: () => Promise<void>;
}) {
  const { t, lang } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-base">
          <dt className="text-stone-700">{t('report.followedPage.what')}</dt>
          <dd className="font-bold">{categoryLabel(categories, item.categoryId, lang)}</dd>
          <dt className="text-stone-700">{t('report.followedPage.where')}</dt>
          <dd>
            {t('building.name', { number: item.buildingNumber })} · {t(`area.${item.area as 'lift'}`)}
          </dd>
          <dt className="text-stone-700">{t('report.followedPage.reported')}</dt>
          <dd>{formatDate(item.createdAt, lang)}</dd>
          <dt className="text-stone-700">{t('report.followedPage.status')}</dt>
          <dd>
            <StatusBadge status={item.status} />
          </dd>
          {item.followerCount > 0 && (
            <>
              <dt className="text-stone-700">{t('report.followedPage.others')}</dt>
              <dd>{t('report.followers', { count: item.followerCount })}</dd>
            </>
          )}
        </dl>
      </Card>
      <p className="text-base text-stone-800">{t('report.followedPage.privacy')}</p>
      <FormError>{error}</FormError>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await onUnfollow();
          } catch (e) {
            setError(errorMessage(e));
            setBusy(false);
          }
        }}
      >
        {busy ? t('app.saving') : t('report.followedPage.unfollow')}
      </Button>
      <p className="text-base text-stone-800">{t('report.followedPage.unfollowHint')}</p>
    </div>
  );
}
