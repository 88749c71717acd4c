/**
 * This phone and Web Push: whether its browser can receive notifications, and turning them on or off here.
 * The subscription is made by the app's service worker registration (the push handlers are in
 * public/push-sw.js, imported by the generated worker) with the community's VAPID public key, and kept in
 * `pushSubscriptions/{uid}/devices/{slot}` where the functions find it.
 */
import { pushDevices, pushLabelMax } from '@/lib/policy';
import { addPushDevice, removePushDevice } from './api/mutations';
import type { PushSubscriptionJson } from './api/writes';
import type { PushDevice } from './types';
import { vapidPublicKey } from './vapid';

/**
 * What this phone can do: `ok`; `unsupported` (no service worker or PushManager: an old or in-app browser,
 * an iPhone's Safari outside an app added to the home screen); `denied` (the person refused notifications
 * to this site: only the browser's settings can undo it); `noKey` (this build has no VAPID key).
 */
export type PushSupport = 'ok' | 'unsupported' | 'denied' | 'noKey';

export function pushSupport(): PushSupport {
  if (!vapidPublicKey) return 'noKey';
  if (
    typeof navigator === 'undefined' ||
    !('serviceWorker' in navigator) ||
    typeof window === 'undefined' ||
    !('PushManager' in window) ||
    typeof Notification === 'undefined'
  )
    return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return 'ok';
}

/** The person said no when the browser asked (or had said so before). */
export class PushDeniedError extends Error {
  constructor() {
    super('Notifications not permitted');
    this.name = 'PushDeniedError';
  }
}

/** This page has no service worker (the dev server, or it is not registered yet). */
export class NoWorkerError extends Error {
  constructor() {
    super('No service worker');
    this.name = 'NoWorkerError';
  }
}

/** A base64url key (`VITE_VAPID_PUBLIC_KEY`) as the bytes `PushManager.subscribe` takes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** The phone as its owner would recognise it in a list: `Android · Chrome`. */
export function deviceLabel(ua: string): string {
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iPhone'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'Mac'
          : /Linux|CrOS/.test(ua)
            ? 'Linux'
            : '';
  const browser = /HuaweiBrowser/.test(ua)
    ? 'Huawei'
    : /MiuiBrowser/.test(ua)
      ? 'MIUI'
      : /SamsungBrowser/.test(ua)
        ? 'Samsung'
        : /Edg\//.test(ua)
          ? 'Edge'
          : /Firefox\//.test(ua)
            ? 'Firefox'
            : /Chrome\/|Chromium\//.test(ua)
              ? 'Chrome'
              : /Safari\//.test(ua)
                ? 'Safari'
                : '';
  const label = [os, browser].filter(Boolean).join(' · ') || 'Browser';
  return label.slice(0, pushLabelMax);
}

/**
 * The slot a new phone takes: the first free one, else the oldest phone's (it stops getting notifications).
 */
export function slotFor(devices: Pick<PushDevice, 'id' | 'createdAt'>[]): {
  id: string;
  replaces: boolean;
} {
  const taken = new Set(devices.map((d) => d.id));
  const free = pushDevices.find((s) => !taken.has(s));
  if (free) return { id: free, replaces: false };
  const oldest = [...devices]
    .filter((d) => (pushDevices as readonly string[]).includes(d.id))
    .sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0))[0];
  return { id: oldest?.id ?? pushDevices[0], replaces: true };
}

async function registration(): Promise<ServiceWorkerRegistration> {
  if (!(await navigator.serviceWorker.getRegistration())) throw new NoWorkerError();
  return navigator.serviceWorker.ready;
}

/** This browser's push address, if it has subscribed (whether or not it is still on my list). */
export async function currentEndpoint(): Promise<string | null> {
  if (pushSupport() !== 'ok') return null;
  const reg = await navigator.serviceWorker.getRegistration();
  if (!reg) return null;
  return (await reg.pushManager.getSubscription())?.endpoint ?? null;
}

const sameKey = (a: ArrayBuffer | null | undefined, b: Uint8Array) =>
  !a || (a.byteLength === b.length && new Uint8Array(a).every((v, i) => v === b[i]));

/**
 * Turns notifications on for this phone: asks the browser's permission (the prompt comes from the tap on the
 * switch), subscribes with the community's key and records the subscription in my list, unless it is there.
 */
export async function turnOnHere(uid: string, devices: PushDevice[]): Promise<void> {
  if (!vapidPublicKey) throw new Error('No VAPID key in this build');
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushDeniedError();
  const reg = await registration();
  const key = keyBytes(vapidPublicKey);
  let sub = await reg.pushManager.getSubscription();
  if (sub && !sameKey(sub.options?.applicationServerKey, key)) {
    await sub.unsubscribe(); // made with another key: the functions could not send to it
    sub = null;
  }
  sub ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  const json = sub.toJSON() as PushSubscriptionJson;
  if (devices.some((d) => d.endpoint === json.endpoint)) return;
  const slot = slotFor(devices);
  await addPushDevice(uid, slot.id, slot.replaces, json, deviceLabel(navigator.userAgent));
}

/** Turns notifications off for this phone: off my list, and the browser's subscription ended. */
export async function turnOffHere(uid: string, devices: PushDevice[]): Promise<void> {
  const reg = await navigator.serviceWorker.getRegistration();
  const sub = await reg?.pushManager.getSubscription();
  const mine = devices.find((d) => d.endpoint === sub?.endpoint);
  if (mine) await removePushDevice(uid, mine.id);
  await sub?.unsubscribe();
}
