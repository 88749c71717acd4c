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

// Dates and durations are written out by hand for the two languages the app speaks, the way Intl writes
// them (format.test.ts compares the two): the first Intl.DateTimeFormat a page makes costs ~35 ms on a
// fast machine (ICU loads its date data) and four times that on a cheap phone — in the first render of
// every screen that lists tickets. Intl is still used for what only rarely shows (relative times).
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS: Record<Language, string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
const two = (n: number) => String(n).padStart(2, '0');

/** "2026年12月2日" / "December 2, 2026" (the phone's time zone). */
export function formatDate(d: Date, lang: Language) {
  const [y, m, day] = [d.getFullYear(), d.getMonth(), d.getDate()];
  return lang === 'en' ? `${MONTHS[m]} ${day}, ${y}` : `${y}年${m + 1}月${day}日`;
}

/** "12月2日周三 14:05" / "Wed, December 2 at 14:05" (24-hour clock; midnight is 00:xx). */
export function formatDateTime(d: Date, lang: Language) {
  const [m, day, time] = [d.getMonth(), d.getDate(), `${two(d.getHours())}:${two(d.getMinutes())}`];
  const weekday = WEEKDAYS[lang][d.getDay()];
  return lang === 'en'
    ? `${weekday}, ${MONTHS[m]} ${day} at ${time}`
    : `${m + 1}月${day}日${weekday} ${time}`;
}

const relativeFormat = perLanguage((lang) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));

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
    .map(([n, unit]) => unitText(n, unit, lang))
    .join(lang === 'en' ? ' ' : '');
}

const UNIT_ZH = { day: '天', hour: '小时', minute: '分钟' };
/** "3天" / "3 days", "1 day": as Intl.NumberFormat's long units write whole numbers. */
function unitText(n: number, unit: 'day' | 'hour' | 'minute', lang: Language) {
  return lang === 'en' ? `${n} ${unit}${n === 1 ? '' : 's'}` : `${n}${UNIT_ZH[unit]}`;
}

/** The plural form of a whole number, as Intl.PluralRules gives it (Chinese has one form). */
export function pluralForm(n: number, lang: Language): 'one' | 'other' {
  return lang === 'en' && Math.abs(n) === 1 ? 'one' : 'other';
}

/** "甲、乙、丙" / "A, B, C": a list in the user's language (through the messages, not hard-coded). */
export function joinList(items: string[], t: (key: 'app.list', p: { a: string; b: string }) => string) {
  return items.reduce((acc, x) => (acc ? t('app.list', { a: acc, b: x }) : x), '');
}
