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
        // A row as three columns where they fit (and on paper); on a phone, each row's date, event and
        // hours one under another, the column headings for screen readers only (长辈版 at 200 % zoom).
        <div className="@container">
          <table className="w-full border-collapse bg-white text-left text-base @max-[400px]:block">
            <caption className="sr-only">{t('record.title')}</caption>
            <thead className="@max-[400px]:sr-only">
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
            <tbody className="@max-[400px]:block">
              {signups.map((s) => {
                const kind = recordKind(s, cancelled, now);
                return (
                  <tr
                    key={`${s.eventId}-${s.id}`}
                    className="border-t border-stone-200 [overflow-wrap:anywhere] @max-[400px]:block @max-[400px]:p-2"
                  >
                    <td className="p-2 @max-[400px]:block @max-[400px]:p-0 @max-[400px]:text-stone-700">
                      {s.eventStartAt ? formatDate(s.eventStartAt, lang) : ''}
                    </td>
                    <td className="p-2 @max-[400px]:block @max-[400px]:p-0 @max-[400px]:font-bold">
                      {s.eventTitle}
                    </td>
                    <td className={`p-2 @max-[400px]:block @max-[400px]:p-0 ${tone[kind]}`}>
                      {kind === 'certified'
                        ? t('record.kinds.certified', { hours: fmt(s.hours ?? 0) })
                        : t(`record.kinds.${kind}`)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Button variant="secondary" className="self-start print:hidden" onClick={() => window.print()}>
        {t('record.print')}
      </Button>
    </div>
  );
}
