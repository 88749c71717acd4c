import type { notifyKinds } from '@/lib/policy';

/** What a message is about; a person turns text messages and phone notifications on or off per kind. */
export type NotifyKind = (typeof notifyKinds)[number];

/**
 * `notifyPrefs/{uid}`: what reaches a person by text message (`sms`) and as a notification on the phones
 * they turned it on for (`push`) (Cloud Functions read it when sending, functions/src/notify/prefs.ts).
 * Quiet hours are minutes after midnight on the community's clock; start > end spans midnight.
 */
export interface NotifyPrefs {
  sms: Record<NotifyKind, boolean>;
  push: Record<NotifyKind, boolean>;
  quiet: boolean;
  quietStart: number;
  quietEnd: number;
  stopAll: boolean;
}

/** Before a person chooses (the functions assume the same: a unit test holds them equal). */
export const DEFAULT_NOTIFY_PREFS: NotifyPrefs = {
  sms: { myTickets: true, buildingNew: true, escalations: true, events: true },
  // (a notification goes only to a phone the person turned them on for: none until they do)
  push: { myTickets: true, buildingNew: true, escalations: true, events: true },
  quiet: true,
  quietStart: 21 * 60,
  quietEnd: 8 * 60,
  stopAll: false,
};

export type DeliveryStatus = 'sending' | 'sent' | 'deferred' | 'retry' | 'failed' | 'skipped' | 'capped';

/** `notifications/{id}`: one message to one person, as the functions recorded it (read-only here). */
export interface Delivery {
  id: string;
  /** A text message, or a notification to the person's phones. */
  channel: 'sms' | 'push';
  kind: NotifyKind;
  text: string;
  to: string | null;
  status: DeliveryStatus;
  /** Why it was not sent now: `quietHours`, `kindOff`, `stopped`, `noPhone`, `dailyCap`, `noDevice`. */
  reason: string | null;
  ticketId: string | null;
  eventId: string | null;
  recipientId: string | null;
  attempts: number;
  error: string | null;
  createdAt: Date | null;
  sendAfter: Date | null;
  sentAt: Date | null;
}

/** `smsMonthly/{YYYY-MM}`: the month's text messages. */
export interface SmsMonth {
  month: string;
  sent: number;
  failed: number;
  capped: number;
}

/** `pushSubscriptions/{uid}/devices/{id}`: one phone that receives my notifications. */
export interface PushDevice {
  id: string;
  endpoint: string;
  label: string;
  createdAt: Date | null;
}
