import { Link } from 'react-router';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { Category, PublicTicket } from '../types';
import { categoryLabel } from './category-label';
import { StatusBadge } from './StatusBadge';

/**
 * The problems a resident said "me too" to: category, place and live status (no one's details). Each opens
 * its own page, where it can be unfollowed.
 */
export function FollowedList({
  items,
  categories,
  linkTo,
}: {
  items: PublicTicket[];
  categories: Category[];
  linkTo: (id: string) => string;
}) {
  const { t, lang } = useTranslation();
  if (!items.length) return null;
  return (
    <section aria-labelledby="followed-h" className="flex flex-col gap-3">
      <h2 id="followed-h" className="text-xl font-bold">
        {t('report.followedTitle')}
      </h2>
      <ul className="flex flex-col gap-3">
        {items.map((p) => (
          <li key={p.id}>
            <Link
              to={linkTo(p.id)}
              className="tap block rounded-2xl border border-stone-200 bg-white p-4 hover:border-stone-400"
            >
              <span className="flex flex-wrap items-center justify-between gap-2 text-lg font-bold">
                {categoryLabel(categories, p.categoryId, lang)}
                <StatusBadge status={p.status} />
              </span>
              <span className="block text-sm text-stone-800">
                {t('building.name', { number: p.buildingNumber })} · {t(`area.${p.area as 'lift'}`)} ·{' '}
                {t('report.similarItem', {
                  date: formatDate(p.createdAt, lang),
                  status: t(`status.${p.status}`),
                })}
              </span>
              {p.followerCount > 0 && (
                <span className="block text-sm text-stone-800">
                  {t('report.followers', { count: p.followerCount })}
                </span>
              )}
              <span className="mt-1 block text-base font-medium text-brand-800 underline underline-offset-4">
                {t('report.followedOpen')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
