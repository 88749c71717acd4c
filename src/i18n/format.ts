import type { Language } from './index';

/** Dates, times and relative times in the user's language (Intl, no library). */
export function formatDate(d: Date, lang: Language) {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(d);
}

export function formatDateTime(d: Date, lang: Language) {
  return new Intl.DateTimeFormat(lang, {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 天后", "2 hours ago"… relative to `now`. */
export function formatRelative(d: Date, lang: Language, now: Date = new Date()) {
  const diff = d.getTime() - now.getTime();
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'minute') return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'minute');
}

/** A duration such as "2 天 3 小时" / "2 days 3 hours" (for "time left" and "overdue by"). */
export function formatDuration(ms: number, lang: Language) {
  const abs = Math.abs(ms);
  const days = Math.floor(abs / 86_400_000);
  const hours = Math.floor((abs % 86_400_000) / 3_600_000);
  const minutes = Math.max(1, Math.floor((abs % 3_600_000) / 60_000));
  const parts: [number, Intl.NumberFormatOptions['unit']][] =
    days > 0
      ? [
          [days, 'day'],
          [hours, 'hour'],
        ]
      : hours > 0
        ? [[hours, 'hour']]
        : [[minutes, 'minute']];
  return parts
    .filter(([n], i) => n > 0 || i === 0)
    .map(([n, unit]) => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n))
    .join(lang === 'en' ? ' ' : '');
}

/** "甲、乙、丙" / "A, B, C": a list in the user's language (through the messages, not hard-coded). */
export function joinList(items: string[], t: (key: 'app.list', p: { a: string; b: string }) => string) {
  return items.reduce((acc, x) => (acc ? t('app.list', { a: acc, b: x }) : x), '');
}
