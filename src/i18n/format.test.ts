import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative } from './format';

describe('formatting dates and durations', () => {
  it('durations read naturally in both languages', () => {
    const ms = (2 * 24 + 3) * 3_600_000;
    expect(formatDuration(ms, 'zh-CN')).toBe('2天3小时');
    expect(formatDuration(ms, 'en')).toBe('2 days 3 hours');
    expect(formatDuration(90 * 60_000, 'en')).toBe('1 hour');
    expect(formatDuration(5 * 60_000, 'zh-CN')).toBe('5分钟');
  });
  it('relative times', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(formatRelative(new Date('2026-11-24T12:00:00Z'), 'en', now)).toBe('in 2 days');
    expect(formatRelative(new Date('2026-11-22T09:00:00Z'), 'zh-CN', now)).toBe('3小时前');
  });
});
