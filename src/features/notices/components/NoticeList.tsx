import { useTranslation } from '@/i18n/react';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/Icon';
import { formatDate } from '@/i18n/format';
import type { CommunityNotice } from '../types';

export function NoticeList({
  notices,
  linkTo,
}: {
  notices: CommunityNotice[];
  linkTo: (id: string) => string;
}) {
  const { t, lang } = useTranslation();
  if (!notices.length) return <p className="text-base text-stone-700">{t('notices.empty')}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {notices.map((n) => (
        <li key={n.id}>
          <Link
            to={linkTo(n.id)}
            className="tap block rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-stone-400"
          >
            {/* the title goes under the 置顶 mark where both do not fit (长辈版 at 200 % zoom) */}
            <p className="flex flex-wrap items-center gap-x-2 text-lg font-bold text-stone-900 [overflow-wrap:anywhere]">
              {n.pinned && (
                <span className="inline-flex shrink-0 items-center gap-1 rounded bg-brand-100 px-1 text-sm text-brand-800">
                  <Icon name="pin" className="h-4 w-4" />
                  {t('notices.pinned')}
                </span>
              )}
              <span className="min-w-0">{n.title}</span>
            </p>
            {n.publishedAt && (
              <p className="text-sm text-stone-700">
                {t('notices.published', { date: formatDate(n.publishedAt, lang) })}
              </p>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
