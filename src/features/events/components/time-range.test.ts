// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatTimeRange } from './time-range';

describe('an event’s time', () => {
  it('on one day says its date once, the hours joined; over several days says both', () => {
    const [start, end] = [new Date(2026, 11, 9, 8, 0), new Date(2026, 11, 9, 10, 30)];
    expect(formatTimeRange(start, end, 'zh-CN')).toBe('12月9日周三 08:00\u2060–\u206010:30');
    expect(formatTimeRange(start, end, 'en')).toBe('Wed, December 9 at 08:00\u2060–\u206010:30');
    const next = new Date(2026, 11, 10, 9, 0);
    expect(formatTimeRange(start, next, 'zh-CN')).toBe('12月9日周三 08:00 – 12月10日周四 09:00');
    expect(formatTimeRange(start, next, 'en')).toBe('Wed, December 9 at 08:00 – Thu, December 10 at 09:00');
  });
});
