import type { Language } from './index';

/**
 * One formatter per language and kind, made on first use: building an Intl formatter costs far more than
 * using one (a list of tickets formats two or three values per row; on a cheap phone, making them anew was
 * a visible part of the list's render).
 */
export function perLanguage<F>(make: (lang: Language) => F) {
  const made = new Map<Language, F>();
  return (lang: Language) => {
    let f = made.get(lang);
    if (!f) made.set(lang, (f = make(lang)));
    return f;
  };
}

const dateFormat = perLanguage(
  (lang) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }),
);
const dateTimeFormat = perLanguage(
  (lang) =>
    new Intl.DateTimeFormat(lang, {
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }),
);
const relativeFormat = perLanguage((lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
const unitFormats = perLanguage((lang) => {
  const unit = (u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long' });
  return { day: unit('day'), hour: unit('hour'), minute: unit('minute') };
});

/** Dates, times and relative times in the user's language (Intl, no library). */
export function formatDate(d: Date, lang: Language) {
  return dateFormat(lang).format(d);
}

export function formatDateTime(d: Date, lang: Language) {
  return dateTimeFormat(lang).format(d);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 天后", "2 hours ago"… relative to `now`. */
export function formatRelative(d: Date, lang: Language, now: Date = new Date()) {
  const diff = d.getTime() - now.getTime();
  const rtf = relativeFormat(lang);
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
  const parts: [number, 'day' | 'hour' | 'minute'][] =
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
    .map(([n, unit]) => unitFormats(lang)[unit].format(n))
    .join(lang === 'en' ? ' ' : '');
}

/** "甲、乙、丙" / "A, B, C": a list in the user's language (through the messages, not hard-coded). */
export function joinList(items: string[], t: (key: 'app.list', p: { a: string; b: string }) => string) {
  return items.reduce((acc, x) => (acc ? t('app.list', { a: acc, b: x }) : x), '');
}
