/**
 * Web Push: a notification to the phones a person turned them on for (`pushSubscriptions/{uid}/devices`),
 * by the standard protocol (RFC 8030 delivery, RFC 8291 payload encryption, RFC 8292 VAPID) through the
 * `web-push` package — the browser's own push service (FCM for Chrome, Mozilla's for Firefox, Apple's for
 * an iPhone's home-screen app) carries it. On the emulators nothing leaves the machine: each notification is
 * printed (🔔 in `npm start`'s terminal).
 */
import { pushText, type Locale, type Template } from './text.js';

/** One phone's subscription, as its browser made it (`PushSubscription.toJSON()`). */
export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** What the service worker shows (public/push-sw.js): a title, a line, the page a tap opens. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  /** In the person's quiet hours: shown without sound or vibration. */
  silent: boolean;
}

export interface PushOptions {
  /** Seconds the push service keeps it for a phone that is off. */
  ttl: number;
  urgency: 'low' | 'normal' | 'high';
  /** The phone's name as its owner sees it (for the local printout). */
  label: string;
}

/**
 * A way to send a notification. Throws when the push service did not take it; an error with `statusCode`
 * 404 or 410 means the subscription is gone for good (the phone unsubscribed or the app was removed).
 */
export interface PushGateway {
  readonly name: string;
  send(to: PushTarget, payload: string, opts: PushOptions): Promise<{ id: string }>;
}

/** How long a notification waits for a phone that is off: after a day the news is stale. */
export const PUSH_TTL_SECONDS = 24 * 3600;

/** The push service said this subscription no longer exists (RFC 8030 §7.3: 404, 410). */
export function isGone(e: unknown): boolean {
  const status = (e as { statusCode?: unknown } | null)?.statusCode;
  return status === 404 || status === 410;
}

/**
 * The notification for one message: the same template and variables as its text message, so the same
 * privacy (no names, nothing anyone wrote: text.ts); the link becomes the page a tap opens.
 */
export function pushPayload(
  template: Template,
  params: Record<string, string>,
  locale: Locale,
  silent: boolean,
): PushPayload {
  const { title, body } = pushText(template, params, locale);
  return { title, body, url: params.link ?? '/', silent };
}

/** On the emulators: each notification printed, as text messages are. */
export function logPushGateway(print: (line: string) => void = console.log): PushGateway {
  let n = 0;
  return {
    name: 'local',
    async send(_to, payload, opts) {
      const p = JSON.parse(payload) as PushPayload;
      print(`[推送] → ${opts.label}  ${p.title}：${p.body}  ${p.url}${p.silent ? '  (静音)' : ''}`);
      return { id: `local-push-${Date.now()}-${++n}` };
    },
  };
}

export interface VapidConfig {
  /** The community's key pair (`npx web-push generate-vapid-keys`); the app subscribes with the public key. */
  publicKey: string;
  privateKey: string;
  /** Who runs the sender, for push services to contact: `mailto:…` or the app's https address. */
  subject: string;
}

/** How `web-push` is asked to send: RFC 8291 encryption (aes128gcm), VAPID-signed (the tests decrypt it). */
export function webPushOptions(vapid: VapidConfig, opts: PushOptions) {
  return {
    vapidDetails: vapid,
    TTL: opts.ttl,
    urgency: opts.urgency,
    contentEncoding: 'aes128gcm' as const,
  };
}

/** Sends through the push service a subscription names, signed with the community's VAPID key. */
export function webPushGateway(vapid: VapidConfig): PushGateway {
  return {
    name: 'webpush',
    async send(to, payload, opts) {
      // A CommonJS package: its exports object is the default import. Loaded only when sending.
      const { default: webpush } = await import('web-push');
      const res = await webpush.sendNotification(to, payload, webPushOptions(vapid, opts));
      return { id: res.headers.location ?? String(res.statusCode) };
    },
  };
}
