import { lazy, Suspense } from 'react';
import { useTranslation } from '@/i18n/react';
import { formatDate } from '@/i18n/format';
import type { CommunityNotice } from '../types';
import { PhoneLinks } from './PhoneLinks';

// Fetched after the notice shows (and only shown where the phone has a voice).
const ReadAloud = lazy(() => import('@/components/ui/ReadAloud'));

export function NoticeDetail({ notice }: { notice: CommunityNotice }) {
  const { t, lang } = useTranslation();
  return (
    <article className="flex flex-col gap-3">
      {notice.publishedAt && (
        <p className="text-base text-stone-700">
          {t('notices.published', { date: formatDate(notice.publishedAt, lang) })}
        </p>
      )}
      <Suspense fallback={null}>
        <ReadAloud text={`${notice.title}。\n${notice.body}`} />
      </Suspense>
      <p className="whitespace-pre-wrap text-lg leading-relaxed">
        <PhoneLinks text={notice.body} />
      </p>
    </article>
  );
}
