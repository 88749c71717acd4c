import { Link } from 'react-router';
import { useTranslation } from '@/i18n/react';
import type { MediationCase } from '../types';

export function CaseList({ cases, linkTo }: { cases: MediationCase[]; linkTo: (id: string) => string }) {
  const { t } = useTranslation();
  if (!cases.length) return <p>{t('mediation.empty')}</p>;
  return (
    <ul className="flex flex-col gap-2">
      {cases.map((c) => (
        <li key={c.id}>
          <Link
            to={linkTo(c.id)}
            className="tap block rounded-xl border border-stone-200 bg-white p-3 hover:border-stone-400"
          >
            <p className="text-lg font-bold">{c.title}</p>
            <p className="text-sm text-stone-800">
              {c.status === 'open'
                ? t('mediation.open')
                : `${t('mediation.closed')} · ${t(`mediation.outcomes.${c.outcome ?? 'agreement'}`)}`}{' '}
              · {t('mediation.mediatorIs', { name: c.mediatorName })}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
