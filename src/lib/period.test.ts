// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayKey, monthKey, monthsBack } from './period';

describe("summaries are keyed on the community's calendar (China Standard Time, UTC+8)", () => {
  it('a report at 07:30 on 1 December in Beijing counts in December and on 1 December', () => {
    const at = new Date('2026-11-30T23:30:00Z'); // 2026-12-01 07:30 in Beijing
    expect(monthKey(at)).toBe('2026-12');
    expect(dayKey(at)).toBe('2026-12-01');
  });
  it('until 23:59 in Beijing it is still that day; at midnight the next', () => {
    expect(dayKey(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(dayKey(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(monthKey(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
  });
});

describe('the months of a period (the dashboard reads their summaries)', () => {
  it('lists the months of a period', () => {
    expect(monthsBack(new Date('2026-02-10T00:00:00Z'), 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
  it("…on the community's calendar: 1 March 07:30 in Beijing is March (still February in UTC)", () => {
    expect(monthsBack(new Date('2026-02-28T23:30:00Z'), 2)).toEqual(['2026-02', '2026-03']);
  });
});
