import { Button } from '@/components/ui/Button';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { useNow } from '@/lib/now';
import { recordKind, recordTotals, type RecordKind } from '../record';
import type { Signup } from '../types';
import eventsMessages from '@/i18n/zh-CN.events';
import volunteerMessages from '@/i18n/zh-CN.volunteer';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);
addMessages(volunteerMessages);

const tone: Record<RecordKind, string> = {
  certified: 'font-bold text-green-900',
  pending: 'text-amber-900',
  upcoming: 'text-stone-800',
  absent: 'text-stone-700',
  waitlisted: 'text-stone-700',
  resident: 'text-stone-700',
  cancelled: 'text-red-800',
};

/**
 * Events a person signed up for and their certified volunteer hours, in total and per year; printable.
 * Only a volunteer role's place earns hours; waiting-list places, resident sign-ups and cancelled events
 * are listed with what they are.
 */
export function VolunteerRecord({
  name,
  signups,
  cancelled,
}: {
  name: string;
  signups: Signup[];
  cancelled: ReadonlySet<string>;
}) {
  const { t, lang } = useTranslation();
  const now = useNow();
  const { total, byYear } = recordTotals(signups, cancelled, now);
  const fmt = (n: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
  return (
    <div className="flex flex-col gap-4">
      <p className="hidden print:block">
        {t('record.printedFor', { name, date: formatDate(new Date(), lang) })}
      </p>
      <p className="text-2xl font-bold" data-testid="record-total">
        {t('record.total', { hours: fmt(total) })}
      </p>
      <ul className="text-lg">
        {[...byYear.entries()]
          .sort((a, b) => b[0] - a[0])
          .map(([y, h]) => (
            <li key={y}>{t('record.year', { year: String(y), hours: fmt(h) })}</li>
          ))}
      </ul>
      {signups.length === 0 ? (
        <p>{t('record.empty')}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-base">
          <caption className="sr-only">{t('record.title')}</caption>
          <thead>
            <tr className="bg-stone-100">
              <th scope="col" className="p-2">
                {t('events.when')}
              </th>
              <th scope="col" className="p-2">
                {t('events.title')}
              </th>
              <th scope="col" className="p-2">
                {t('record.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {signups.map((s) => {
              const kind = recordKind(s, cancelled, now);
              return (
                <tr key={`${s.eventId}-${s.id}`} className="border-t border-stone-200">
                  <td className="p-2">{s.eventStartAt ? formatDate(s.eventStartAt, lang) : ''}</td>
                  <td className="p-2">{s.eventTitle}</td>
                  <td className={`p-2 ${tone[kind]}`}>
                    {kind === 'certified'
                      ? t('record.kinds.certified', { hours: fmt(s.hours ?? 0) })
                      : t(`record.kinds.${kind}`)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Button variant="secondary" className="self-start print:hidden" onClick={() => window.print()}>
        {t('record.print')}
      </Button>
    </div>
  );
}
