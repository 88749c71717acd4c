import type { DocumentData } from 'firebase/firestore';
import { makeConverter, num, str, strOrNull, toDate } from '@/lib/converter';
import { notifyKinds, quietMinuteMax } from '@/lib/policy';
import {
  DEFAULT_NOTIFY_PREFS,
  type Delivery,
  type DeliveryStatus,
  type NotifyKind,
  type NotifyPrefs,
  type PushDevice,
  type SmsMonth,
} from '../types';

const STATUSES: DeliveryStatus[] = ['sending', 'sent', 'deferred', 'retry', 'failed', 'skipped', 'capped'];
const isMinute = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= quietMinuteMax;

const kinds = (stored: unknown, fallback: Record<NotifyKind, boolean>) => {
  const m = (stored ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    notifyKinds.map((k) => [k, typeof m[k] === 'boolean' ? m[k] : fallback[k]]),
  ) as Record<NotifyKind, boolean>;
};

/**
 * A stored choice (or none) as prefs; anything missing falls back to the default, as the functions do (a
 * document saved before there were phone notifications has no `push`).
 */
export function parseNotifyPrefs(data: DocumentData | undefined): NotifyPrefs {
  if (!data) return DEFAULT_NOTIFY_PREFS;
  return {
    sms: kinds(data.sms, DEFAULT_NOTIFY_PREFS.sms),
    push: kinds(data.push, DEFAULT_NOTIFY_PREFS.push),
    quiet: typeof data.quiet === 'boolean' ? data.quiet : DEFAULT_NOTIFY_PREFS.quiet,
    quietStart: isMinute(data.quietStart) ? data.quietStart : DEFAULT_NOTIFY_PREFS.quietStart,
    quietEnd: isMinute(data.quietEnd) ? data.quietEnd : DEFAULT_NOTIFY_PREFS.quietEnd,
    stopAll: data.stopAll === true,
  };
}

export const deliveryConverter = makeConverter<Delivery>((id, d) => ({
  id,
  channel: d.channel === 'push' ? 'push' : 'sms',
  kind: (notifyKinds as readonly string[]).includes(d.kind) ? (d.kind as NotifyKind) : 'myTickets',
  text: str(d.text),
  to: strOrNull(d.to),
  status: STATUSES.includes(d.status) ? (d.status as DeliveryStatus) : 'failed',
  reason: strOrNull(d.reason),
  ticketId: strOrNull(d.ticketId),
  eventId: strOrNull(d.eventId),
  recipientId: strOrNull(d.recipientId),
  attempts: num(d.attempts),
  error: strOrNull(d.error),
  createdAt: toDate(d.createdAt),
  sendAfter: toDate(d.sendAfter),
  sentAt: toDate(d.sentAt),
}));

export const smsMonthConverter = makeConverter<SmsMonth & { id: string }>((id, d) => ({
  id,
  month: id,
  sent: num(d.sent),
  failed: num(d.failed),
  capped: num(d.capped),
}));

export const pushDeviceConverter = makeConverter<PushDevice>((id, d) => ({
  id,
  endpoint: str(d.endpoint),
  label: str(d.label),
  createdAt: toDate(d.createdAt),
}));
