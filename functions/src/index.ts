/**
 * Cloud Functions (2nd gen). They only send: text messages and Web Push notifications with the community's
 * credentials, which no client may hold. They decide nobody's access — firestore.rules does — and every
 * write they make is to records no client may write (notifications, smsDaily, smsMonthly, notifyBatches),
 * but one: a phone's push subscription the push service says is gone (404/410) is removed from its owner's
 * list.
 *
 * Triggers: a ticket's new timeline entry (reported, accepted, replied, resolved, rejected, handed on, sent
 * back), a sign-up promoted from the waiting list; a schedule tells of deadlines coming due and passed (the
 * head: a daily count of overdue work), of work nobody has moved (the worker a day early, then the head),
 * sends each worker's new reports of the last half hour as one message, tells of tomorrow's events, sends
 * what waited for the end of quiet hours and retries failed sends.
 */
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { defineSecret, defineString } from 'firebase-functions/params';
import { onDocumentCreated, onDocumentUpdated } from 'firebase-functions/v2/firestore';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { sweep } from './notify/deliver.js';
import { aliyunGateway } from './notify/aliyun.js';
import { logGateway, type Gateways } from './notify/gateway.js';
import { logPushGateway, webPushGateway } from './notify/push.js';
import { onSignupChange, onTicketEntry, type Env } from './notify/handlers.js';
import { scheduled } from './notify/schedule.js';

initializeApp();

const REGION = 'asia-east2';
/** Where residents open the app (links in messages), e.g. https://shequ.example.cn */
const APP_URL = defineString('APP_URL', { default: 'http://127.0.0.1:5173' });
/** `aliyun` in production; `local` prints each message instead (the emulators). */
const SMS_PROVIDER = defineString('SMS_PROVIDER', { default: 'local' });
const ALIYUN_SMS_SIGN = defineString('ALIYUN_SMS_SIGN', { default: '社区服务' });
/** JSON: our template names → Aliyun template codes, e.g. {"ticketAccepted":"SMS_123"} */
const ALIYUN_SMS_TEMPLATES = defineString('ALIYUN_SMS_TEMPLATES', { default: '{}' });
const ALIYUN_ACCESS_KEY_ID = defineSecret('ALIYUN_ACCESS_KEY_ID');
const ALIYUN_ACCESS_KEY_SECRET = defineSecret('ALIYUN_ACCESS_KEY_SECRET');
/**
 * Web Push: the community's VAPID key pair (`npx web-push generate-vapid-keys`). The public key is also the
 * app's `VITE_VAPID_PUBLIC_KEY`; empty: no notifications are sent (text messages only). The private key is a
 * secret. On the emulators neither is used: each notification is printed.
 */
const VAPID_PUBLIC_KEY = defineString('VAPID_PUBLIC_KEY', { default: '' });
const VAPID_PRIVATE_KEY = defineSecret('VAPID_PRIVATE_KEY');
/** Who sends, for push services to contact (`mailto:…`); empty: the app's address. */
const VAPID_SUBJECT = defineString('VAPID_SUBJECT', { default: '' });

const onEmulator = process.env.FUNCTIONS_EMULATOR === 'true';
const secrets = onEmulator ? [] : [ALIYUN_ACCESS_KEY_ID, ALIYUN_ACCESS_KEY_SECRET, VAPID_PRIVATE_KEY];

let gateway: Gateways | null = null;
function env(): Env {
  gateway ??= {
    sms:
      SMS_PROVIDER.value() === 'aliyun' && !onEmulator
        ? aliyunGateway({
            accessKeyId: ALIYUN_ACCESS_KEY_ID.value(),
            accessKeySecret: ALIYUN_ACCESS_KEY_SECRET.value(),
            signName: ALIYUN_SMS_SIGN.value(),
            templateCodes: JSON.parse(ALIYUN_SMS_TEMPLATES.value()) as Record<string, string>,
          })
        : logGateway(),
    push: onEmulator
      ? logPushGateway()
      : VAPID_PUBLIC_KEY.value()
        ? webPushGateway({
            publicKey: VAPID_PUBLIC_KEY.value(),
            privateKey: VAPID_PRIVATE_KEY.value(),
            subject: VAPID_SUBJECT.value() || APP_URL.value(),
          })
        : null,
  };
  // On the emulators the app's address comes with each run (`npm start`, a test's own port): firebase-tools
  // keeps parameter values in functions/.env.local, which would pin the first run's.
  const appUrl = (onEmulator && process.env.SHEQU_APP_URL) || APP_URL.value();
  return { db: getFirestore(), gateway, appUrl: appUrl.replace(/\/$/, '') };
}

export const notifyTicketEntry = onDocumentCreated(
  { document: 'tickets/{ticketId}/timeline/{entryId}', region: REGION, secrets, retry: true },
  async (event) => {
    if (!event.data) return;
    await onTicketEntry(env(), event.params.ticketId, event.params.entryId, event.data.data());
  },
);

export const notifySignup = onDocumentUpdated(
  { document: 'events/{eventId}/signups/{uid}', region: REGION, secrets, retry: true },
  async (event) => {
    await onSignupChange(
      env(),
      event.params.eventId,
      event.params.uid,
      event.data?.before.data(),
      event.data?.after.data(),
    );
  },
);

/** Deadlines coming due and passed, tomorrow's events, then what waited (quiet hours) or failed. */
export const sendDue = onSchedule(
  { schedule: 'every 5 minutes', timeZone: 'Asia/Shanghai', region: REGION, secrets },
  async () => {
    const e = env();
    await scheduled(e, (db, now) => sweep(db, e.gateway, now));
  },
);
