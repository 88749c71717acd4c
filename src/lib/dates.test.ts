// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dateInputValue, dateTimeInputValue } from './dates';

describe('date input values', () => {
  beforeEach(() => {
    vi.stubEnv('TZ', 'Asia/Shanghai'); // Node follows process.env.TZ at once
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('give the day on the person’s own clock, not the UTC day', () => {
    const earlyMorningInBeijing = new Date('2026-12-01T23:41:00Z'); // 07:41 on 2 December, UTC+8
    expect(dateInputValue(earlyMorningInBeijing)).toBe('2026-12-02');
    expect(dateTimeInputValue(earlyMorningInBeijing)).toBe('2026-12-02T07:41');
    expect(dateInputValue(new Date('2026-01-05T03:00:00Z'))).toBe('2026-01-05');
  });
});
