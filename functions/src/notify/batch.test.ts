// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { batchWindow } from './batch.js';
import { BATCH_MINUTES, STALL_DAYS } from './config.js';
import { DEFAULT_PREFS } from './prefs.js';
import { stalledTickets } from './schedule.js';

/** A moment on the community's clock (UTC+8). */
const cst = (iso: string) => new Date(`${iso}+08:00`);

describe('the window a new report is told in', () => {
  it('by day: the half hour it falls in, the same for every report in it', () => {
    expect(BATCH_MINUTES).toBe(30);
    const a = batchWindow(cst('2026-12-05T10:01:00'), DEFAULT_PREFS);
    expect(a).toEqual({ start: cst('2026-12-05T10:00:00'), end: cst('2026-12-05T10:30:00') });
    expect(batchWindow(cst('2026-12-05T10:29:59'), DEFAULT_PREFS)).toEqual(a);
    expect(batchWindow(cst('2026-12-05T10:30:00'), DEFAULT_PREFS).start).toEqual(cst('2026-12-05T10:30:00'));
  });

  it('in quiet hours: the whole night, told once at its end', () => {
    const night = { start: cst('2026-12-05T21:00:00'), end: cst('2026-12-06T08:00:00') };
    expect(batchWindow(cst('2026-12-05T21:10:00'), DEFAULT_PREFS)).toEqual(night);
    expect(batchWindow(cst('2026-12-06T03:00:00'), DEFAULT_PREFS)).toEqual(night);
    // no quiet hours: half hours all night
    expect(batchWindow(cst('2026-12-06T03:00:00'), { ...DEFAULT_PREFS, quiet: false }).end).toEqual(
      cst('2026-12-06T03:30:00'),
    );
  });
});

describe('work nobody has moved', () => {
  it('warns a day before it counts as stalled, as the head’s home flags it', () => {
    const now = cst('2026-12-05T10:00:00');
    const ago = (h: number) => new Date(now.getTime() - h * 3_600_000);
    expect(
      stalledTickets(
        [
          { id: 'fresh', updatedAt: ago((STALL_DAYS - 1) * 24 - 1) },
          { id: 'warn', updatedAt: ago((STALL_DAYS - 1) * 24) },
          { id: 'stalled', updatedAt: ago(STALL_DAYS * 24) },
          { id: 'none', updatedAt: null },
        ],
        now,
      ).map((s) => [s.ticketId, s.kind, s.days]),
    ).toEqual([
      ['warn', 'warn', STALL_DAYS - 1],
      ['stalled', 'stalled', STALL_DAYS],
    ]);
  });
});
