import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { Visit } from '@/lib/converters/visits';

export function VisitList({ visits }: { visits: Visit[] }) {
  const { t, lang } = useTranslation();
  if (!visits.length) return <p className="text-base text-stone-700">{t('visits.none')}</p>;
  return (
    <ol className="flex flex-col gap-2">
      {visits.map((v) => (
        <li key={v.id} className="rounded-xl border border-stone-200 bg-white p-3">
          <p className="text-base font-bold">
            {formatDate(v.visitedAt, lang)} · {v.workerName} · {t('visits.met', { who: v.metWith })}
          </p>
          <p className="whitespace-pre-wrap text-base">{v.findings}</p>
          {v.followUp && <p className="text-sm font-bold text-amber-900">{t('visits.followUp')}</p>}
        </li>
      ))}
    </ol>
  );
}
