// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { escapeText, eventIcs, fold } from './ics';

const event = {
  id: 'e1',
  title: '重阳节茶话会; 长辈, 志愿者',
  description: '请带上:\n1. 水杯\\保温杯',
  place: '3号楼 活动室',
  // 09:00–11:30 in Shanghai on 8 December 2026 (01:00–03:30 UTC)
  startAt: new Date('2026-12-08T01:00:00Z'),
  endAt: new Date('2026-12-08T03:30:00Z'),
};

describe('an event as an .ics file', () => {
  const ics = eventIcs(event, new Date('2026-12-05T14:40:00Z'), 'example.test');
  const lines = ics.split('\r\n');

  it('gives the times on the community’s clock, in the Asia/Shanghai zone it defines (UTC+8)', () => {
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20261208T090000');
    expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20261208T113000');
    expect(lines).toContain('TZID:Asia/Shanghai');
    expect(lines).toContain('TZOFFSETTO:+0800');
    expect(lines).toContain('DTSTAMP:20261205T144000Z');
    expect(lines).toContain('UID:e1@example.test');
  });
  it('a late evening in Shanghai is the next day in the file when UTC is still the day before', () => {
    const late = eventIcs(
      { ...event, startAt: new Date('2026-12-07T16:30:00Z'), endAt: new Date('2026-12-07T17:00:00Z') },
      new Date(0),
    );
    expect(late).toContain('DTSTART;TZID=Asia/Shanghai:20261208T003000');
  });
  it('escapes text: semicolons, commas, backslashes and line breaks', () => {
    expect(lines).toContain('SUMMARY:重阳节茶话会\\; 长辈\\, 志愿者');
    expect(lines).toContain('DESCRIPTION:请带上:\\n1. 水杯\\\\保温杯');
    expect(escapeText('a\r\nb')).toBe('a\\nb');
  });
  it('is a calendar with one event, lines ending CRLF', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('BEGIN:VEVENT').length).toBe(2);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('folds long lines at 75 octets without splitting a Chinese character', () => {
    const long = `SUMMARY:${'社区'.repeat(40)}`;
    const folded = fold(long).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const l of folded) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
