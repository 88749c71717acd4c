// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Ticket } from '@/lib/converters/tickets';
import type { Visit } from '@/lib/converters/visits';
import {
  communityDateTime,
  communityDayStart,
  csvCell,
  exportRange,
  ticketRows,
  toCsv,
  visitRows,
  type TicketLabels,
} from './csv';

describe('cells a spreadsheet cannot run as formulas', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `"'=HYPERLINK(""http://x"",""点我"")"`],
    ['+86 138', "'+86 138"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('%j is written as text', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves ordinary text and numbers as they are, quoting commas, quotes and line breaks', () => {
    expect(csvCell('楼道灯不亮')).toBe('楼道灯不亮');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('他说"快修"\n谢谢')).toBe('"他说""快修""\n谢谢"');
    expect(csvCell(5)).toBe('5');
    expect(csvCell(-2)).toBe('-2'); // a number is not a formula
    expect(csvCell(null)).toBe('');
  });

  it('starts the file with a UTF-8 byte-order mark and ends each row with CRLF', () => {
    expect(
      toCsv([
        ['类别', '状态'],
        ['水', '=1'],
      ]),
    ).toBe("\uFEFF类别,状态\r\n水,'=1\r\n");
  });
});

describe('dates on the community clock (UTC+8), whatever the computer’s zone', () => {
  it('writes a time as Beijing reads it', () => {
    expect(communityDateTime(new Date('2026-11-30T17:05:00Z'))).toBe('2026-12-01 01:05');
    expect(communityDateTime(null)).toBe('');
  });

  it('reads a day as starting at 00:00 Beijing time', () => {
    expect(communityDayStart('2026-12-01')?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(communityDayStart('2026-02-30')).toBeNull();
    expect(communityDayStart('')).toBeNull();
    expect(communityDayStart('12/01/2026')).toBeNull();
  });
});

describe('the period from the two date fields', () => {
  it('covers both days, start to end', () => {
    const r = exportRange('2026-12-01', '2026-12-01');
    expect(r).toEqual({
      ok: true,
      start: new Date('2026-11-30T16:00:00Z'),
      end: new Date('2026-12-01T16:00:00Z'),
    });
  });

  it('says which field is empty or not a date, instead of throwing', () => {
    expect(exportRange('', '2026-12-01')).toEqual({ ok: false, errors: { from: 'missing' } });
    expect(exportRange('2026-13-01', '')).toEqual({
      ok: false,
      errors: { from: 'invalid', to: 'missing' },
    });
  });

  it('refuses an end before the start (it would export nothing) at the end date', () => {
    expect(exportRange('2026-12-05', '2026-12-01')).toEqual({ ok: false, errors: { to: 'reversed' } });
  });
});

const ticket: Ticket = {
  id: 't0001',
  categoryId: 'water',
  description: '=卫生间漏水',
  location: { kind: 'common', area: 'stairwell', entrance: null, flat: null },
  answers: [],
  buildingId: 'b3',
  buildingNumber: 3,
  home: { buildingNumber: 3, entrance: 2, flat: '502' },
  householdId: 'h-3-2-502',
  urgency: 'urgent',
  status: 'in_progress',
  open: true,
  reporterId: 'u-r1',
  reporterName: '李建国',
  viaProxy: false,
  assigneeId: 'u-w2',
  assigneeName: '何网格',
  createdAt: new Date('2026-12-01T01:00:00Z'),
  updatedAt: new Date('2026-12-01T02:00:00Z'),
  responseDueAt: new Date('2026-12-01T03:00:00Z'),
  resolutionDueAt: new Date('2026-12-02T01:00:00Z'),
  dueAt: new Date('2026-12-02T01:00:00Z'),
  acceptedAt: new Date('2026-12-01T01:30:00Z'),
  resolvedAt: null,
  closedAt: null,
  photoCount: 0,
  voiceSeconds: null,
  rating: null,
  reopenCount: 0,
  rejectReason: null,
  closeReason: null,
  lastEventId: 'e2',
  lastReplyAt: null,
  shared: true,
  pending: false,
};

const zh: TicketLabels = {
  category: (id) => ({ water: '水电气暖 · 漏水' })[id] ?? id,
  status: (s) => ({ in_progress: '处理中' })[s as 'in_progress'] ?? s,
  urgency: (u) => (u === 'urgent' ? '紧急' : '一般'),
  place: (t) => (t.location.kind === 'common' ? `${t.buildingNumber}栋 · 楼道` : ''),
  home: (t) => `${t.home.buildingNumber}栋${t.home.entrance}单元${t.home.flat}`,
};

describe('rows in words a person reads', () => {
  it('a ticket: labels for codes, local times, addresses; no household or worker ids', () => {
    const [row] = ticketRows([ticket], zh);
    expect(row).toEqual([
      't0001',
      '2026-12-01 09:00',
      '水电气暖 · 漏水',
      '3栋 · 楼道',
      '3栋2单元502',
      '李建国',
      '处理中',
      '紧急',
      '何网格',
      '2026-12-01 09:30',
      '',
      '',
      null,
      '=卫生间漏水',
    ]);
    expect(row).not.toContain('water');
    expect(row).not.toContain('in_progress');
    expect(row).not.toContain('h-3-2-502');
    expect(toCsv([row!])).toContain(",'=卫生间漏水");
  });

  it('a visit: the household by its address, follow-up in words', () => {
    const visit: Visit = {
      id: 'v1',
      householdId: 'h-1-1-102',
      buildingId: 'b1',
      workerId: 'u-w1',
      workerName: '黄网格',
      visitedAt: new Date('2026-12-01T23:30:00Z'),
      metWith: '户主本人',
      findings: '-血压偏高',
      followUp: true,
      ticketId: null,
    };
    const rows = visitRows([visit], { household: () => '1栋1单元102', yes: '是', no: '否' });
    expect(rows).toEqual([['2026-12-02 07:30', '1栋1单元102', '黄网格', '户主本人', '-血压偏高', '是']]);
    expect(toCsv(rows)).toContain("'-血压偏高");
  });
});
