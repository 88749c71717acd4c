import { Link } from 'react-router';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { STALL_DAYS, type Escalated, type Flag } from '../api/escalation';
import type { Category } from '../types';
import { categoryLabel } from './category-label';
import { DueLabel } from './DueLabel';
import { placeLabel } from './place-label';
import { StatusBadge } from './StatusBadge';
import { clock } from '@/lib/voice-time';

/** The tickets that need a push, each with why; `showAssignee` for the head (whose is it?). */
export function Escalations({
  items,
  categories,
  linkTo,
  showAssignee,
  label,
}: {
  items: Escalated[];
  categories: Category[];
  linkTo: (id: string) => string;
  showAssignee: boolean;
  label: string;
}) {
  const { t, lang } = useTranslation();
  const flag = (f: Flag, reopens: number) =>
    f === 'stalled'
      ? t('escalation.stalled', { days: STALL_DAYS })
      : f === 'reopened'
        ? t('escalation.reopened', { count: reopens })
        : t(`escalation.${f}`);
  if (!items.length) return <p className="text-base text-stone-700">{t('escalation.none')}</p>;
  return (
    <ul className="flex flex-col gap-3" aria-label={label}>
      {items.map(({ ticket, flags }) => (
        <li key={ticket.id}>
          <Link
            to={linkTo(ticket.id)}
            className="tap block rounded-2xl border border-red-200 bg-white p-4 shadow-sm hover:border-red-400"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-lg font-bold text-stone-900">
                {categoryLabel(categories, ticket.categoryId, lang)}
              </span>
              <StatusBadge status={ticket.status} />
            </div>
            <p className="mt-1 flex flex-wrap gap-2">
              {flags.map((f) => (
                <span key={f} className="rounded-full bg-red-100 px-3 py-1 text-base font-bold text-red-900">
                  {flag(f, ticket.reopenCount)}
                </span>
              ))}
            </p>
            <p className="mt-1 line-clamp-2 text-base text-stone-800">
              {ticket.description || t('tickets.voice', { time: clock(ticket.voiceSeconds ?? 0) })}
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-base text-stone-700">
              <span>{placeLabel(ticket, t)}</span>
              {showAssignee && (
                <span className="font-bold">
                  {ticket.assigneeName
                    ? t('escalation.assignee', { name: ticket.assigneeName })
                    : t('escalation.unassigned')}
                </span>
              )}
              <span>{t('tickets.reported', { date: formatDate(ticket.createdAt, lang) })}</span>
              <DueLabel dueAt={ticket.dueAt} />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
