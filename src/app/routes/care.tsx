import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import {
  CARE_SOON_DAYS,
  careGroup,
  householdQueries,
  type CareGroup,
  type CareItem,
} from '@/features/households/api/queries';
import { CARE_TAGS, type CareTag } from '@/features/households/types';
import { formatDate, formatDuration, joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { useMe } from '../me';

const GROUPS: CareGroup[] = ['overdue', 'soon', 'later'];
const DAY = 86_400_000;

/**
 * Everyone on the care list of my buildings (the head: all buildings), in three parts — overdue, due within
 * a week, later — the longest-waiting first, and filtered by care tag.
 */
export default function Component() {
  const { t, lang } = useTranslation();
  const { profile } = useMe();
  const head = profile.active && profile.role === 'head';
  const [now] = useState(() => Date.now());
  const [tag, setTag] = useState<CareTag | null>(null);
  const all = useQuery(buildingQueries.list());
  const mine = (all.data ?? []).filter((b) => head || b.workerId === profile.id);
  const lists = useQueries({ queries: mine.map((b) => householdQueries.careList(b.id)) });
  if (!isStaffRole(profile)) return <Navigate to={paths.home} replace />;
  const loading = !all.data || lists.some((q) => q.isPending);
  const everyone = lists
    .flatMap((q) => q.data ?? [])
    .sort((a, b) => (a.private.nextVisitDue?.getTime() ?? 0) - (b.private.nextVisitDue?.getTime() ?? 0));
  const tagsPresent = CARE_TAGS.filter((c) => everyone.some((i) => i.private.careTags.includes(c)));
  const shown = tag ? everyone.filter((i) => i.private.careTags.includes(tag)) : everyone;
  const number = (id: string) => mine.find((b) => b.id === id)?.number ?? 0;
  const when = (p: CareItem['private']) => {
    const due = p.nextVisitDue?.getTime() ?? now;
    const group = careGroup(p.nextVisitDue, now);
    if (group === 'overdue')
      return due < now - 3_600_000
        ? t('care.overdue', { when: formatDuration(now - due, lang) })
        : t('care.dueToday');
    const days = Math.floor((due - now) / DAY);
    if (group === 'soon') return days === 0 ? t('care.dueToday') : t('care.dueIn', { count: days });
    return t('care.nextVisit', { date: formatDate(new Date(due), lang) });
  };
  return (
    <div className="flex flex-col gap-4">
      <PageTitle text={t('care.title')} />
      <p className="text-base text-stone-800">{t('care.intro', { days: CARE_SOON_DAYS })}</p>
      {loading ? (
        <Loading />
      ) : !everyone.length ? (
        <p className="text-base">{t('care.empty')}</p>
      ) : (
        <>
          {tagsPresent.length > 1 && (
            <div role="group" aria-label={t('care.filter')} className="flex flex-wrap gap-2">
              {[null, ...tagsPresent].map((c) => (
                <button
                  key={c ?? 'all'}
                  type="button"
                  aria-pressed={tag === c}
                  onClick={() => setTag(c)}
                  className={`tap rounded-full border px-4 py-2 text-base ${
                    tag === c ? 'border-teal-800 bg-teal-800 text-white' : 'border-stone-300 bg-white'
                  }`}
                >
                  {c ? t(`care.${c}`) : t('care.everyone', { count: everyone.length })}
                </button>
              ))}
            </div>
          )}
          {GROUPS.map((group) => {
            const items = shown.filter((i) => careGroup(i.private.nextVisitDue, now) === group);
            const title = t(`care.group.${group}`, { count: items.length, days: CARE_SOON_DAYS });
            return (
              <section key={group} aria-label={title} className="flex flex-col gap-3">
                <h2 className={`text-lg font-bold ${group === 'overdue' ? 'text-red-800' : ''}`}>{title}</h2>
                {!items.length ? (
                  <p className="text-base text-stone-700">{t('care.noneInGroup')}</p>
                ) : (
                  <ol className="flex flex-col gap-3" aria-label={title}>
                    {items.map(({ private: p, household: h }) => (
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
                              p.careTags.map((c) => t(`care.${c}`)),
                              t,
                            )}
                          </p>
                          <p
                            className={`text-base font-bold ${group === 'overdue' ? 'text-red-800' : 'text-stone-800'}`}
                          >
                            {when(p)}
                          </p>
                        </Link>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
