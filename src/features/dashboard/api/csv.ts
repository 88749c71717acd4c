/**
 * What the head's export writes, as a person reads it: labels in the chosen language instead of codes,
 * dates and times on the community's clock (China Standard Time, whatever the computer's zone), addresses
 * as the app writes them, and cells a spreadsheet cannot take for formulas. Pure: the labels are passed in.
 */
import { communityUtcOffsetHours } from '@/lib/policy';
import type { Ticket } from '@/lib/converters/tickets';
import type { Visit } from '@/lib/converters/visits';

export type CsvCell = string | number | null;

/**
 * One cell. Text beginning with `= + - @` (or a tab or carriage return, which some spreadsheets skip
 * before reading one of those) would be run as a formula when the file is opened ("CSV injection"): it is
 * written with a leading apostrophe, which spreadsheets show as text and do not display. Quoted when it
 * holds a quote, comma or line break.
 */
export function csvCell(v: CsvCell): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 byte-order mark, so spreadsheet software (Excel) shows Chinese correctly. */
export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const OFFSET_MS = communityUtcOffsetHours * 3_600_000;
const two = (n: number) => String(n).padStart(2, '0');

/** `2026-12-02 14:05`: the community's wall-clock time (empty for no date). */
export function communityDateTime(d: Date | null): string {
  if (!d) return '';
  const c = new Date(d.getTime() + OFFSET_MS);
  return `${c.getUTCFullYear()}-${two(c.getUTCMonth() + 1)}-${two(c.getUTCDate())} ${two(c.getUTCHours())}:${two(c.getUTCMinutes())}`;
}

/** The start of a `YYYY-MM-DD` day on the community's calendar, or null when it is not a real day. */
export function communityDayStart(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(utc - OFFSET_MS);
}

export type RangeProblem = 'missing' | 'invalid' | 'reversed';

/**
 * The period an export covers, from the two date fields: from the start of `from` to the end of `to`
 * (both days included). Or which field is wrong and how: empty, not a date, or the end before the start.
 */
export function exportRange(
  from: string,
  to: string,
):
  { ok: true; start: Date; end: Date } | { ok: false; errors: Partial<Record<'from' | 'to', RangeProblem>> } {
  const start = communityDayStart(from);
  const last = communityDayStart(to);
  const errors: Partial<Record<'from' | 'to', RangeProblem>> = {};
  if (!start) errors.from = from.trim() ? 'invalid' : 'missing';
  if (!last) errors.to = to.trim() ? 'invalid' : 'missing';
  if (start && last && last.getTime() < start.getTime()) errors.to = 'reversed';
  if (!start || !last || errors.to) return { ok: false, errors };
  return { ok: true, start, end: new Date(last.getTime() + 86_400_000) };
}

/** How the export names what the app stores as codes (in the language the head reads). */
export interface TicketLabels {
  category(id: string): string;
  status(status: Ticket['status']): string;
  urgency(urgency: Ticket['urgency']): string;
  /** Where the problem is: "3栋 · 电梯", or the flat. */
  place(ticket: Pick<Ticket, 'location' | 'buildingNumber' | 'home'>): string;
  /** The reporting household's address: "3栋2单元502". */
  home(ticket: Pick<Ticket, 'home'>): string;
}

export function ticketRows(tickets: Ticket[], l: TicketLabels): CsvCell[][] {
  return tickets.map((t) => [
    t.id,
    communityDateTime(t.createdAt),
    l.category(t.categoryId),
    l.place(t),
    l.home(t),
    t.reporterName,
    l.status(t.status),
    l.urgency(t.urgency),
    t.assigneeName ?? '',
    communityDateTime(t.acceptedAt),
    communityDateTime(t.resolvedAt),
    communityDateTime(t.closedAt),
    t.rating?.score ?? null,
    t.description,
  ]);
}

export interface VisitLabels {
  /** The visited household's address ("" when it is no longer in the register). */
  household(id: string): string;
  yes: string;
  no: string;
}

export function visitRows(visits: Visit[], l: VisitLabels): CsvCell[][] {
  return visits.map((v) => [
    communityDateTime(v.visitedAt),
    l.household(v.householdId),
    v.workerName,
    v.metWith,
    v.findings,
    v.followUp ? l.yes : l.no,
  ]);
}
