import { Link } from 'react-router';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { Delivery } from '../types';

type T = ReturnType<typeof useTranslation>['t'];
type Lang = ReturnType<typeof useTranslation>['lang'];

/** What became of a message, in words: sent, waiting out quiet hours, not sent and why, failed. */
export function deliveryOutcome(
  d: Delivery,
  t: T,
  lang: Lang,
): { text: string; tone: 'ok' | 'wait' | 'off' | 'bad' } {
  const time = (at: Date | null) => (at ? formatDateTime(at, lang) : '…');
  switch (d.status) {
    case 'sent':
      if (d.channel === 'push') return { text: t('notify.status.pushed'), tone: 'ok' };
      return d.reason === 'quietHours'
        ? { text: t('notify.status.sentLater', { time: time(d.sentAt) }), tone: 'ok' }
        : { text: t('notify.status.sent'), tone: 'ok' };
    case 'deferred':
      return { text: t('notify.status.deferred', { time: time(d.sendAfter) }), tone: 'wait' };
    case 'sending':
      return { text: t('notify.status.sending'), tone: 'wait' };
    case 'retry':
      return { text: t('notify.status.retry'), tone: 'wait' };
    case 'failed':
      return { text: t('notify.status.failed'), tone: 'bad' };
    case 'capped':
      return { text: t('notify.status.capped'), tone: 'off' };
    case 'skipped':
      return d.reason === 'kindOff' ||
        d.reason === 'stopped' ||
        d.reason === 'noPhone' ||
        d.reason === 'noDevice'
        ? { text: t(`notify.status.${d.reason}`), tone: 'off' }
        : { text: t('notify.status.skipped'), tone: 'off' };
  }
}

/**
 * The message as the history shows it: a text message without the web address it ended with when the
 * history offers its own button to what it was about ("查看报事"): a long address is noise to read.
 */
export function shownText(d: Pick<Delivery, 'text' | 'ticketId' | 'eventId'>) {
  if (!d.ticketId && !d.eventId) return d.text;
  const text = d.text
    .replace(/\s*(?:详情|记录|查看进度|Details|Record|Progress)?\s*[：:]\s*https?:\/\/\S+$/, '')
    .replace(/[，,]$/, '');
  return text === d.text || /[。！.!？?]$/.test(text)
    ? text
    : `${text}${/[\u4e00-\u9fff]$/.test(text) ? '。' : '.'}`;
}

const TONES = {
  ok: 'text-green-900',
  wait: 'text-amber-900',
  off: 'text-stone-700',
  bad: 'text-red-800',
};

/** The messages sent (or not) to me, newest first, each linking to what it was about. */
export function DeliveryList({
  items,
  ticketHref,
  eventHref,
}: {
  items: Delivery[];
  ticketHref: (id: string) => string;
  eventHref: (id: string) => string;
}) {
  const { t, lang } = useTranslation();
  if (!items.length) return <p className="text-base">{t('notify.historyNone')}</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="notify-history">
      {items.map((d) => {
        const outcome = deliveryOutcome(d, t, lang);
        return (
          <li key={d.id} className="flex flex-col gap-1 rounded-2xl border border-stone-200 bg-white p-3">
            <p className="text-base [overflow-wrap:anywhere]">{shownText(d)}</p>
            <p className="text-sm text-stone-700">{d.createdAt ? formatDateTime(d.createdAt, lang) : '…'}</p>
            <p className={`text-base font-medium ${TONES[outcome.tone]}`} data-testid="notify-outcome">
              {outcome.text}
            </p>
            {d.ticketId ? (
              <Link
                className="tap flex min-h-12 items-center text-base text-brand-800 underline underline-offset-4"
                to={ticketHref(d.ticketId)}
              >
                {t('notify.openTicket')}
              </Link>
            ) : d.eventId ? (
              <Link
                className="tap flex min-h-12 items-center text-base text-brand-800 underline underline-offset-4"
                to={eventHref(d.eventId)}
              >
                {t('notify.openEvent')}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
