// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDuration, formatRelative, pluralForm } from './format';
import type { Language } from './index';

const LANGS: Language[] = ['zh-CN', 'en'];
// Every month, every weekday, single- and double-digit days and hours, midnight and the minute before it.
const DATES = Array.from(
  { length: 40 },
  (_, i) => new Date(2026, i % 12, 1 + ((i * 7) % 28), (i * 5) % 24, i % 60),
);
DATES.push(new Date(2026, 0, 5, 0, 7), new Date(2026, 11, 31, 23, 59), new Date(2027, 1, 28, 12, 0));

describe('formatting dates and durations', () => {
  it('dates read as Intl writes them, in both languages', () => {
    for (const lang of LANGS) {
      const intl = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' });
      for (const d of DATES) expect(formatDate(d, lang)).toBe(intl.format(d));
    }
    expect(formatDate(new Date(2026, 11, 2), 'zh-CN')).toBe('2026年12月2日');
    expect(formatDate(new Date(2026, 11, 2), 'en')).toBe('December 2, 2026');
  });

  it('dates with times: as Intl writes them, but midnight is 00:xx (Intl writes "24:07" in English)', () => {
    const intl = new Intl.DateTimeFormat('zh-CN', {
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    for (const d of DATES) expect(formatDateTime(d, 'zh-CN')).toBe(intl.format(d));
    expect(formatDateTime(new Date(2026, 11, 2, 14, 5), 'zh-CN')).toBe('12月2日周三 14:05');
    expect(formatDateTime(new Date(2026, 11, 2, 14, 5), 'en')).toBe('Wed, December 2 at 14:05');
    expect(formatDateTime(new Date(2026, 0, 5, 0, 7), 'en')).toBe('Mon, January 5 at 00:07');
    expect(formatDateTime(new Date(2026, 0, 5, 0, 7), 'zh-CN')).toBe('1月5日周一 00:07');
  });

  it('durations read naturally in both languages, with the units Intl uses', () => {
    const ms = (2 * 24 + 3) * 3_600_000;
    expect(formatDuration(ms, 'zh-CN')).toBe('2天3小时');
    expect(formatDuration(ms, 'en')).toBe('2 days 3 hours');
    expect(formatDuration(90 * 60_000, 'en')).toBe('1 hour');
    expect(formatDuration(5 * 60_000, 'zh-CN')).toBe('5分钟');
    expect(formatDuration(-(24 * 3_600_000 + 60_000), 'en')).toBe('1 day');
    for (const lang of LANGS)
      for (const [unit, ms] of [
        ['day', 86_400_000],
        ['hour', 3_600_000],
        ['minute', 60_000],
      ] as const) {
        const intl = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
        for (const n of [1, 2, 5, 11, 23]) expect(formatDuration(n * ms, lang)).toBe(intl.format(n));
      }
  });

  it('plural forms as Intl.PluralRules chooses them', () => {
    for (const lang of LANGS) {
      const rules = new Intl.PluralRules(lang);
      for (let n = -3; n <= 120; n++) expect(pluralForm(n, lang)).toBe(rules.select(n));
      for (const n of [0.5, 1.5, 2.25]) expect(pluralForm(n, lang)).toBe(rules.select(n));
    }
  });

  it('relative times', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(formatRelative(new Date('2026-11-24T12:00:00Z'), 'en', now)).toBe('in 2 days');
    expect(formatRelative(new Date('2026-11-22T09:00:00Z'), 'zh-CN', now)).toBe('3小时前');
  });
});
