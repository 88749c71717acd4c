import type { Language } from '@/i18n';
import { formatDateTime } from '@/i18n/format';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * From when to when: "12月9日周三 08:00–10:00" / "Wed, December 9 at 08:00–10:00" when both are on one day
 * (the date said once; word joiners keep the hours on one line, never "08:00–" above "10:00"), else both in
 * full with a spaced dash. (Here, with the events screens, not in every first load.)
 */
export function formatTimeRange(start: Date, end: Date, lang: Language) {
  const sameDay =
    start.getFullYear() === end.getFullYear() &&
    start.getMonth() === end.getMonth() &&
    start.getDate() === end.getDate();
  if (!sameDay) return `${formatDateTime(start, lang)} – ${formatDateTime(end, lang)}`;
  return `${formatDateTime(start, lang)}\u2060–\u2060${two(end.getHours())}:${two(end.getMinutes())}`;
}
