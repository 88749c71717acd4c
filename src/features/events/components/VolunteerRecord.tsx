import { Button } from '@/components/ui/Button';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { Signup } from '../types';
import eventsMessages from '@/i18n/zh-CN.events';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);

/** Events a volunteer signed up for and their certified hours, in total and per year; printable. */
export function VolunteerRecord({ name, signups }: { name: string; signups: Signup[] }) {
  const { t, lang } = useTranslation();
  const certified = signups.filter((s) => s.hoursConfirmedBy && s.hours);
  const total = certified.reduce((sum, s) => sum + (s.hours ?? 0), 0);
  const byYear = new Map<number, number>();
  for (const s of certified) {
    const y = (s.eventStartAt ?? new Date()).getFullYear();
    byYear.set(y, (byYear.get(y) ?? 0) + (s.hours ?? 0));
  }
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
                {t('events.hours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {signups.map((s) => (
              <tr key={`${s.eventId}-${s.id}`} className="border-t border-stone-200">
                <td className="p-2">{s.eventStartAt ? formatDate(s.eventStartAt, lang) : ''}</td>
                <td className="p-2">{s.eventTitle}</td>
                <td className="p-2">{s.hoursConfirmedBy ? fmt(s.hours ?? 0) : t('record.pending')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button variant="secondary" className="self-start print:hidden" onClick={() => window.print()}>
        {t('record.print')}
      </Button>
    </div>
  );
}
