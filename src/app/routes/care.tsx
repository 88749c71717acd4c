import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { householdQueries } from '@/features/households/api/queries';
import { formatDuration, joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { useMe } from '../me';

/** Households whose last visit is older than their care tags ask for, most overdue first. */
export default function Component() {
  const { t, lang } = useTranslation();
  const { profile } = useMe();
  const head = profile.active && profile.role === 'head';
  const [now] = useState(() => Date.now());
  const all = useQuery(buildingQueries.list());
  const mine = (all.data ?? []).filter((b) => head || b.workerId === profile.id);
  const due = useQueries({ queries: mine.map((b) => householdQueries.careDue(b.id, now)) });
  if (!isStaffRole(profile)) return <Navigate to={paths.home} replace />;
  const loading = !all.data || due.some((q) => q.isPending);
  const items = due
    .flatMap((q) => q.data ?? [])
    .sort((a, b) => (a.private.nextVisitDue?.getTime() ?? 0) - (b.private.nextVisitDue?.getTime() ?? 0));
  const number = (id: string) => mine.find((b) => b.id === id)?.number ?? 0;
  return (
    <div className="flex flex-col gap-4">
      <PageTitle text={t('care.title')} />
      <p className="text-base text-stone-800">{t('care.intro')}</p>
      {loading ? (
        <Loading />
      ) : !items.length ? (
        <p className="text-base">{t('care.empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label={t('care.title')}>
          {items.map(({ private: p, household: h }) => {
            const late = now - (p.nextVisitDue?.getTime() ?? now);
            return (
              <li key={h.id}>
                <Link
                  to={paths.household(h.id)}
                  className="tap block rounded-2xl border border-stone-200 bg-white p-4 hover:border-stone-400"
                >
                  <p className="text-lg font-bold">
                    {t('building.address', {
                      number: number(h.buildingId),
                      entrance: h.entrance,
                      flat: h.flat,
                    })}
                  </p>
                  <p className="text-base">
                    {joinList(
                      h.members.map((m) => m.name),
                      t,
                    )}{' '}
                    ·{' '}
                    {joinList(
                      p.careTags.map((tag) => t(`care.${tag}`)),
                      t,
                    )}
                  </p>
                  <p className="text-base font-bold text-red-800">
                    {late > 3_600_000
                      ? t('care.overdue', { when: formatDuration(late, lang) })
                      : t('care.dueToday')}
                  </p>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
