/**
 * An event as a calendar file (RFC 5545 .ics), built on the phone: its times in the community's time zone
 * (Asia/Shanghai, UTC+8 all year: no daylight saving), text escaped, long lines folded. Loaded only when
 * someone taps "add to calendar".
 */
import { communityUtcOffsetHours } from '@/lib/policy';

export interface IcsEvent {
  id: string;
  title: string;
  description: string;
  place: string;
  startAt: Date;
  endAt: Date;
}

const TZ = 'Asia/Shanghai';
const pad = (n: number) => String(n).padStart(2, '0');

/** `20261208T090000`: the wall-clock time in the community. */
function local(d: Date) {
  const c = new Date(d.getTime() + communityUtcOffsetHours * 3_600_000);
  return `${c.getUTCFullYear()}${pad(c.getUTCMonth() + 1)}${pad(c.getUTCDate())}T${pad(c.getUTCHours())}${pad(c.getUTCMinutes())}${pad(c.getUTCSeconds())}`;
}

/** `20261205T144000Z`: a moment in UTC. */
function utc(d: Date) {
  return `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(s: string) {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuations begin with a space. */
export function fold(line: string) {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const max = out.length ? 74 : 75; // a continuation's leading space counts
    if (size + n > max) {
      out.push(cur);
      cur = '';
      size = 0;
    }
    cur += ch;
    size += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

export function eventIcs(e: IcsEvent, now: Date, host = 'shequ.local') {
  const offset = `+${pad(communityUtcOffsetHours)}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//shequ//community events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${TZ}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${e.id}@${host}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART;TZID=${TZ}:${local(e.startAt)}`,
    `DTEND;TZID=${TZ}:${local(e.endAt)}`,
    `SUMMARY:${escapeText(e.title)}`,
    `LOCATION:${escapeText(e.place)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Saves the event's .ics file (the phone offers its calendar to open it). */
export function downloadIcs(e: IcsEvent) {
  const blob = new Blob([eventIcs(e, new Date(), location.host || undefined)], {
    type: 'text/calendar;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${e.title.replace(/[\\/:*?"<>|]/g, '_')}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
