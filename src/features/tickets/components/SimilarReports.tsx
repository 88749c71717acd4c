import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { publicTicketQueries } from '../api/queries';
import { StatusBadge } from './StatusBadge';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';
import reportMessages from '@/i18n/zh-CN.report';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(reportMessages);

/**
 * The "me too" panel: open reports of the same problem in the same building, each with a button to follow
 * it instead of filing a duplicate. Never the resident's own household's reports: the public copies carry no
 * reporter (nobody may learn who reported), so they are told apart by the household's own tickets, which
 * share their ids; until those are known (`ownTicketIds` null) nothing is offered. Shows nothing when there
 * are none.
 */
export function SimilarReports({
  buildingId,
  categoryId,
  categoryName,
  followedIds: followed,
  ownTicketIds,
  onFollow: follow,
}: {
  buildingId: string;
  categoryId: string;
  categoryName: string;
  followedIds: ReadonlySet<string>;
  /** The household's own tickets (null while they load): never offered as "me too". */
  ownTicketIds: ReadonlySet<string> | null;
  onFollow: (id: string) => Promise<void>;
}) {
  const { t, lang } = useTranslation();
  const headingId = useId();
  const similar = useQuery(publicTicketQueries.similar(buildingId, categoryId));
  const [followError, setFollowError] = useState<string | null>(null);
  const [justFollowed, setJustFollowed] = useState<string | null>(null);
  const others = ownTicketIds ? (similar.data ?? []).filter((p) => !ownTicketIds.has(p.id)) : [];
  if (!others.length) return null;
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border-2 border-amber-400 bg-amber-50 p-4">
      <h2 id={headingId} className="text-lg font-bold text-amber-950">
        {t('report.similarTitle')}
      </h2>
      <p className="mb-3 text-base text-amber-950">{t('report.similarHint')}</p>
      <ul className="flex flex-col gap-3">
        {others.map((p) => {
          const isFollowed = followed.has(p.id) || justFollowed === p.id;
          return (
            <li key={p.id} className="rounded-xl bg-white p-3">
              <p className="flex flex-wrap items-center gap-2 text-base font-bold">
                {categoryName} · {t('building.name', { number: p.buildingNumber })} ·{' '}
                {t(`area.${p.area as 'lift'}`)}
                <StatusBadge status={p.status} />
              </p>
              <p className="text-sm text-stone-800">
                {t('report.similarItem', {
                  date: formatDate(p.createdAt, lang),
                  status: t(`status.${p.status}`),
                })}
                {p.followerCount > 0 && ` · ${t('report.followers', { count: p.followerCount })}`}
              </p>
              <Button
                variant={isFollowed ? 'ghost' : 'secondary'}
                className="mt-2"
                disabled={isFollowed}
                onClick={async () => {
                  setFollowError(null);
                  try {
                    await follow(p.id);
                    setJustFollowed(p.id);
                  } catch (e) {
                    setFollowError(errorMessage(e));
                  }
                }}
              >
                {isFollowed ? t('report.following') : t('report.metoo')}
              </Button>
            </li>
          );
        })}
      </ul>
      <FormError>{followError}</FormError>
    </section>
  );
}
