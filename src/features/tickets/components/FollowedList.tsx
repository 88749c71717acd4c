import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { Category, PublicTicket } from '../types';
import { categoryLabel } from './category-label';
import { StatusBadge } from './StatusBadge';

/** The problems a resident said "me too" to: category, place and live status (no one's details). */
export function FollowedList({ items, categories }: { items: PublicTicket[]; categories: Category[] }) {
  const { t, lang } = useTranslation();
  if (!items.length) return null;
  return (
    <section aria-labelledby="followed-h" className="flex flex-col gap-3">
      <h2 id="followed-h" className="text-xl font-bold">
        {t('report.followedTitle')}
      </h2>
      <ul className="flex flex-col gap-3">
        {items.map((p) => (
          <li key={p.id} className="rounded-2xl border border-stone-200 bg-white p-4">
            <p className="flex flex-wrap items-center justify-between gap-2 text-lg font-bold">
              {categoryLabel(categories, p.categoryId, lang)}
              <StatusBadge status={p.status} />
            </p>
            <p className="text-sm text-stone-800">
              {t('building.name', { number: p.buildingNumber })} · {t(`area.${p.area as 'lift'}`)} ·{' '}
              {t('report.similarItem', {
                date: formatDate(p.createdAt, lang),
                status: t(`status.${p.status}`),
              })}
            </p>
            {p.followerCount > 0 && (
              <p className="text-sm text-stone-800">{t('report.followers', { count: p.followerCount })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
