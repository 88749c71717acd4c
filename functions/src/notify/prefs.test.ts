// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFY_PREFS } from '../../../src/features/notify/types';
import {
  communityUtcOffsetHours,
  notifyKinds,
  REOPENS_FLAGGED as APP_REOPENS_FLAGGED,
  STALL_DAYS as APP_STALL_DAYS,
  WARNING_HOUSEHOLDS as APP_WARNING_HOUSEHOLDS,
  WARNING_WINDOW_DAYS as APP_WARNING_WINDOW_DAYS,
} from '../../../src/lib/policy';
import {
  COMMUNITY_UTC_OFFSET_HOURS,
  REOPENS_FLAGGED,
  STALL_DAYS,
  WARNING_HOUSEHOLDS,
  WARNING_WINDOW_DAYS,
} from './config.js';
import { communityDay } from './clock.js';
import {
  decide,
  decidePush,
  DEFAULT_PREFS,
  KINDS,
  parsePrefs,
  quietEndsAt,
  type NotifyPrefs,
} from './prefs.js';

/** A moment on the community's clock (UTC+8). */
const cst = (iso: string) => new Date(`${iso}+08:00`);
const msg = { kind: 'myTickets' as const, urgent: false };
const phone = '+8613800000001';

describe('whether and when a text message goes', () => {
  it('uses the community clock, the kinds and the defaults the app shows and the rules check', () => {
    expect(COMMUNITY_UTC_OFFSET_HOURS).toBe(communityUtcOffsetHours);
    // 督办: the messages to the head flag what the head's home flags
    expect(STALL_DAYS).toBe(APP_STALL_DAYS);
    expect(REOPENS_FLAGGED).toBe(APP_REOPENS_FLAGGED);
    // 预警: the messages warn of what the head's dashboard warns of
    expect(WARNING_HOUSEHOLDS).toBe(APP_WARNING_HOUSEHOLDS);
    expect(WARNING_WINDOW_DAYS).toBe(APP_WARNING_WINDOW_DAYS);
    expect(KINDS).toEqual(notifyKinds);
    expect(DEFAULT_PREFS).toEqual(DEFAULT_NOTIFY_PREFS);
    expect(communityDay(cst('2026-12-06T00:30:00'))).toBe('2026-12-06');
  });

  it('sends by day, waits out the night (21:00–08:00) unless urgent', () => {
    expect(decide(DEFAULT_PREFS, msg, phone, cst('2026-12-05T10:00:00'))).toEqual({ send: 'now' });
    expect(decide(DEFAULT_PREFS, msg, phone, cst('2026-12-05T20:59:00'))).toEqual({ send: 'now' });
    for (const night of [
      '2026-12-05T21:00:00',
      '2026-12-05T23:59:00',
      '2026-12-06T03:00:00',
      '2026-12-06T07:59:00',
    ]) {
      expect(decide(DEFAULT_PREFS, msg, phone, cst(night))).toEqual({
        send: 'later',
        at: cst('2026-12-06T08:00:00'),
      });
    }
    expect(
      decide(DEFAULT_PREFS, { kind: 'buildingNew', urgent: true }, phone, cst('2026-12-06T03:00:00')),
    ).toEqual({
      send: 'now',
    });
    expect(decide(DEFAULT_PREFS, msg, phone, cst('2026-12-06T08:00:00'))).toEqual({ send: 'now' });
  });

  it('follows what the person chose: a kind off, everything stopped, no quiet hours, other hours', () => {
    const off: NotifyPrefs = { ...DEFAULT_PREFS, sms: { ...DEFAULT_PREFS.sms, myTickets: false } };
    expect(decide(off, msg, phone, cst('2026-12-05T10:00:00'))).toEqual({ send: 'never', reason: 'kindOff' });
    expect(decide(off, { kind: 'events', urgent: false }, phone, cst('2026-12-05T10:00:00'))).toEqual({
      send: 'now',
    });
    expect(
      decide(
        { ...DEFAULT_PREFS, stopAll: true },
        { ...msg, urgent: true },
        phone,
        cst('2026-12-05T10:00:00'),
      ),
    ).toEqual({
      send: 'never',
      reason: 'stopped',
    });
    expect(decide({ ...DEFAULT_PREFS, quiet: false }, msg, phone, cst('2026-12-06T03:00:00'))).toEqual({
      send: 'now',
    });
    const siesta = { ...DEFAULT_PREFS, quietStart: 12 * 60, quietEnd: 14 * 60 + 30 };
    expect(decide(siesta, msg, phone, cst('2026-12-05T13:00:00'))).toEqual({
      send: 'later',
      at: cst('2026-12-05T14:30:00'),
    });
    expect(decide(siesta, msg, phone, cst('2026-12-05T22:00:00'))).toEqual({ send: 'now' });
    expect(decide(DEFAULT_PREFS, msg, null, cst('2026-12-05T10:00:00'))).toEqual({
      send: 'never',
      reason: 'noPhone',
    });
  });

  it('reads a stored choice, falling back to the default for anything missing or malformed', () => {
    expect(parsePrefs(undefined)).toEqual(DEFAULT_PREFS);
    const p = parsePrefs({
      sms: { events: false, myTickets: 'no' },
      quiet: false,
      quietStart: 2000,
      quietEnd: 420,
      stopAll: 1,
    });
    expect(p.sms).toEqual({ ...DEFAULT_PREFS.sms, events: false });
    expect([p.quiet, p.quietStart, p.quietEnd, p.stopAll]).toEqual([false, 21 * 60, 420, false]);
  });

  it('reads a choice saved before there were phone notifications: push per kind as the default', () => {
    const old = parsePrefs({
      sms: { myTickets: true, buildingNew: false, escalations: true, events: false },
      quiet: true,
      quietStart: 22 * 60,
      quietEnd: 7 * 60,
      stopAll: false,
    });
    expect(old.push).toEqual(DEFAULT_PREFS.push);
    expect(old.sms.buildingNew).toBe(false);
    expect(parsePrefs({ push: { events: false, myTickets: 3 } }).push).toEqual({
      ...DEFAULT_PREFS.push,
      events: false,
    });
  });

  it('a notification goes at once, silently in quiet hours unless urgent, never when stopped or off', () => {
    const night = cst('2026-12-06T03:00:00');
    const day = cst('2026-12-05T10:00:00');
    expect(decidePush(DEFAULT_PREFS, msg, day)).toEqual({ send: 'now', silent: false });
    expect(decidePush(DEFAULT_PREFS, msg, night)).toEqual({ send: 'now', silent: true });
    expect(decidePush(DEFAULT_PREFS, { ...msg, urgent: true }, night)).toEqual({
      send: 'now',
      silent: false,
    });
    expect(decidePush({ ...DEFAULT_PREFS, quiet: false }, msg, night)).toEqual({
      send: 'now',
      silent: false,
    });
    expect(decidePush({ ...DEFAULT_PREFS, stopAll: true }, { ...msg, urgent: true }, day)).toEqual({
      send: 'never',
    });
    // text messages off, notifications on: the choice is per channel
    const pushOnly: NotifyPrefs = {
      ...DEFAULT_PREFS,
      sms: { ...DEFAULT_PREFS.sms, myTickets: false },
      push: { ...DEFAULT_PREFS.push, events: false },
    };
    expect(decidePush(pushOnly, msg, day)).toEqual({ send: 'now', silent: false });
    expect(decide(pushOnly, msg, phone, day)).toEqual({ send: 'never', reason: 'kindOff' });
    expect(decidePush(pushOnly, { kind: 'events', urgent: false }, day)).toEqual({ send: 'never' });
  });

  it('finds the end of quiet hours across midnight and on the same day', () => {
    expect(quietEndsAt(cst('2026-12-31T22:15:00'), DEFAULT_PREFS)).toEqual(cst('2027-01-01T08:00:00'));
    expect(quietEndsAt(cst('2026-12-31T06:15:30'), DEFAULT_PREFS)).toEqual(cst('2026-12-31T08:00:00'));
  });
});
