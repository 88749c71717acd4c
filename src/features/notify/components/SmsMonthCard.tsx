import { Link } from 'react-router';
import { Section } from '@/components/ui/Card';
import { LoadError } from '@/components/ui/Loading';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { maskPhone, SMS_LIST_PRICE_YUAN } from '../mask';
import type { Delivery, SmsMonth } from '../types';

/**
 * The head's view of text messages: this month's counts with an estimated cost, and the sends that failed
 * (newest first), each with the masked number, when, why, and its ticket — so somebody can call instead.
 */
export function SmsMonthCard({
  month: given,
  failed: failedAll,
  error,
  onRetry,
  ticketHref,
  eventHref,
}: {
  error: Error | null;
  onRetry: () => void;
  /** undefined while loading; null: no message this month yet. */
  month: SmsMonth | null | undefined;
  failed: Delivery[] | undefined;
  ticketHref: (id: string) => string;
  eventHref: (id: string) => string;
}) {
  const { t, lang } = useTranslation();
  // (a phone notification that could not be shown is no text message to call about)
  const failed = failedAll?.filter((d) => d.channel === 'sms');
  const month = given === null ? { sent: 0, failed: 0, capped: 0 } : given;
  const money = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const kpi = (label: string, value: string | number, testId: string, alert = false) => (
    <div
      className={`rounded-2xl border p-3 ${alert ? 'border-red-300 bg-red-50' : 'border-stone-200 bg-white'}`}
    >
      <dt className="text-base text-stone-800">{label}</dt>
      <dd className={`text-2xl font-bold ${alert ? 'text-red-800' : ''}`} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  if (error)
    return (
      <Section title={t('smsAdmin.title')}>
        <LoadError error={error} onRetry={onRetry} />
      </Section>
    );
  return (
    <Section title={t('smsAdmin.title')}>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {kpi(t('smsAdmin.sent'), month?.sent ?? '…', 'sms-sent')}
        {kpi(t('smsAdmin.failed'), month?.failed ?? '…', 'sms-failed', (month?.failed ?? 0) > 0)}
        {kpi(t('smsAdmin.capped'), month?.capped ?? '…', 'sms-capped')}
        {kpi(
          t('smsAdmin.cost'),
          month ? t('smsAdmin.costValue', { amount: money.format(month.sent * SMS_LIST_PRICE_YUAN) }) : '…',
          'sms-cost',
        )}
      </dl>
      <p className="text-sm text-stone-700">{t('smsAdmin.costHint', { price: SMS_LIST_PRICE_YUAN })}</p>
      <h3 className="text-lg font-bold">{t('smsAdmin.failedList')}</h3>
      {!failed ? (
        <p>…</p>
      ) : !failed.length ? (
        <p className="text-base">{t('smsAdmin.failedNone')}</p>
      ) : (
        <>
          <p className="text-base">{t('smsAdmin.failedHint')}</p>
          <ul className="flex flex-col gap-2" data-testid="sms-failed-list">
            {failed.map((d) => (
              <li
                key={d.id}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-xl border border-red-200 bg-white p-3 text-base"
              >
                <span className="font-bold tabular-nums">
                  {d.to ? maskPhone(d.to) : t('smsAdmin.noNumber')}
                </span>
                <span className="text-stone-700">
                  {d.createdAt ? formatDateTime(d.createdAt, lang) : '…'}
                </span>
                <span className="min-w-0 grow text-red-800 [overflow-wrap:anywhere]">
                  {t('smsAdmin.error', { error: d.error ?? '—' })}
                </span>
                {d.ticketId ? (
                  <Link
                    className="tap inline-flex items-center text-brand-800 underline underline-offset-4"
                    to={ticketHref(d.ticketId)}
                  >
                    {t('smsAdmin.openTicket')}
                  </Link>
                ) : d.eventId ? (
                  <Link
                    className="tap inline-flex items-center text-brand-800 underline underline-offset-4"
                    to={eventHref(d.eventId)}
                  >
                    {t('smsAdmin.openEvent')}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
