/**
 * 消息提醒 → 手机通知: a resident turns on notifications on this phone. Headless chromium has no push service,
 * so the page's PushManager is a stand-in (addInitScript) that hands out a subscription shaped as Chrome's;
 * everything else is real — the permission, the app's service worker registration, the write the rules
 * check, the screen after a reload. Then the app's service worker gets a real push event (Chrome DevTools
 * Protocol, as DevTools' "Push" button sends one) and shows the notification. Screenshots for review in
 * .test-artifacts/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInWithPhone } from './support/auth';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const SHOTS = join(import.meta.dirname, '../.test-artifacts/screens');

/** A PushManager that subscribes without a push service, keeping its subscription across reloads. */
function stubPushManager() {
  const KEY = 'e2e.pushSubscription';
  const b64 = (n: number, c: string) => c.repeat(n);
  const make = (json: { endpoint: string; keys: { p256dh: string; auth: string } }) => ({
    endpoint: json.endpoint,
    expirationTime: null,
    options: { userVisibleOnly: true, applicationServerKey: null },
    toJSON: () => ({ endpoint: json.endpoint, expirationTime: null, keys: json.keys }),
    unsubscribe: async () => {
      localStorage.removeItem(KEY);
      return true;
    },
    getKey: () => null,
  });
  const manager = {
    getSubscription: async () => {
      const stored = localStorage.getItem(KEY);
      return stored ? make(JSON.parse(stored)) : null;
    },
    subscribe: async (opts: { userVisibleOnly?: boolean; applicationServerKey?: Uint8Array }) => {
      if (!opts.userVisibleOnly || !opts.applicationServerKey || opts.applicationServerKey.length !== 65)
        throw new DOMException('bad subscribe options', 'InvalidAccessError');
      const json = {
        endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${Date.now()}`,
        keys: { p256dh: `B${b64(86, 'q')}`, auth: b64(22, 'a') },
      };
      localStorage.setItem(KEY, JSON.stringify(json));
      return make(json);
    },
    permissionState: async () => 'granted',
  };
  Object.defineProperty(ServiceWorkerRegistration.prototype, 'pushManager', {
    configurable: true,
    get: () => manager,
  });
}

async function openMessages(page: Page) {
  await page.getByRole('link', { name: '我的' }).click();
  await page.getByRole('link', { name: '消息提醒' }).click();
  await page.getByRole('heading', { name: '消息提醒', level: 1 }).waitFor();
}

describe('phone notifications', () => {
  const b = useBrowser();

  it('a resident turns them on for this phone: the subscription is kept, the screen shows it on, and a push shows a notification', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const db = adminDb();
    const uid = (await db.collection('users').where('phone', '==', '+8613800000001').limit(1).get()).docs[0]!
      .id;
    // (no phone left over from an earlier run)
    for (const d of (await db.collection(`pushSubscriptions/${uid}/devices`).get()).docs)
      await d.ref.delete();
    const page = await b.page({ permissions: ['notifications'] });
    await page.addInitScript(stubPushManager);
    await signInWithPhone(page, { authPort: b.e2e.authPort, projectId: b.e2e.projectId }, '13800000001');
    // the app registers its service worker once the first screen is idle
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await openMessages(page);

    const here = page.getByRole('checkbox', { name: /在这部手机上接收通知/ });
    expect(await here.isChecked()).toBe(false);
    // no phone yet: only the text-message choices
    expect(await page.getByRole('group', { name: '这些事情在手机上通知我' }).count()).toBe(0);
    // (the switch shows what is stored: it turns on once the subscription is written)
    await here.click();
    await page.getByText('这部手机会收到通知。').waitFor();
    expect(await here.isChecked()).toBe(true);
    const devices = page.getByTestId('push-devices');
    await devices.getByText(/Linux · Chrome（这部手机）/).waitFor();

    // what the rules let through, as the functions will read it
    const stored = await db.collection(`pushSubscriptions/${uid}/devices`).get();
    expect(stored.docs.map((d) => d.id)).toEqual(['d0']);
    expect(stored.docs[0]!.data()).toMatchObject({
      endpoint: expect.stringMatching(/^https:\/\/fcm\.googleapis\.com\/fcm\/send\/e2e-/),
      p256dh: expect.stringMatching(/^B[q]{86}$/),
      auth: 'a'.repeat(22),
      label: 'Linux · Chrome',
    });

    // the choice per kind for notifications appears, and is saved
    const pushKinds = page.getByRole('group', { name: '这些事情在手机上通知我' });
    await pushKinds.waitFor();
    await pushKinds.getByRole('checkbox', { name: '活动候补轮到我' }).uncheck();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await expect
      .poll(async () => (await db.doc(`notifyPrefs/${uid}`).get()).get('push.events'), { timeout: 10_000 })
      .toBe(false);
    await page.screenshot({ path: join(SHOTS, 'push-on-390-zh.png'), fullPage: true });

    // after a reload: still on, the choice kept
    await page.reload();
    await page.getByRole('heading', { name: '消息提醒', level: 1 }).waitFor();
    await expect.poll(() => here.isChecked(), { timeout: 20_000 }).toBe(true);
    expect(
      await page
        .getByRole('group', { name: '这些事情在手机上通知我' })
        .getByRole('checkbox', { name: '活动候补轮到我' })
        .isChecked(),
    ).toBe(false);

    // a push reaches the app's service worker (as the push service would deliver it) and is shown
    const cdp = await page.context().newCDPSession(page);
    const registrationId = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => {
        const r = e.registrations.find((x) => x.scopeURL.startsWith(b.e2e.baseURL) && !x.isDeleted);
        if (r) resolve(r.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: new URL(b.e2e.baseURL).origin,
      registrationId: await registrationId,
      data: JSON.stringify({
        title: '社区服务',
        body: '您家12月3日反映的问题已受理，网格员正在处理。',
        url: `${b.e2e.baseURL}/tickets/t1`,
        silent: false,
      }),
    });
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const reg = await navigator.serviceWorker.ready;
            return (await reg.getNotifications()).map((n) => ({
              title: n.title,
              body: n.body,
              url: (n.data as { url?: string } | null)?.url,
            }));
          }),
        { timeout: 15_000 },
      )
      .toEqual([
        {
          title: '社区服务',
          body: '您家12月3日反映的问题已受理，网格员正在处理。',
          url: `${b.e2e.baseURL}/tickets/t1`,
        },
      ]);

    // turned off again: off the list, and the browser's subscription ended
    await here.click();
    await expect
      .poll(async () => (await db.collection(`pushSubscriptions/${uid}/devices`).get()).size, {
        timeout: 10_000,
      })
      .toBe(0);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('e2e.pushSubscription')), { timeout: 10_000 })
      .toBeNull();
    await expect.poll(() => here.isChecked(), { timeout: 10_000 }).toBe(false);
  });

  it('a browser without push says so in words and offers no switch', async () => {
    const page = await b.page();
    await page.addInitScript(() => {
      delete (window as { PushManager?: unknown }).PushManager;
    });
    await signInWithPhone(page, { authPort: b.e2e.authPort, projectId: b.e2e.projectId }, '13800000001');
    await openMessages(page);
    await page
      .getByTestId('push-unavailable')
      .getByText(/这个浏览器收不到通知/)
      .waitFor();
    expect(await page.getByRole('checkbox', { name: /在这部手机上接收通知/ }).count()).toBe(0);
    // the text-message choices are there as before
    expect(
      await page
        .getByRole('group', { name: '这些事情给我发短信' })
        .getByRole('checkbox', { name: '我家报事的进展' })
        .isChecked(),
    ).toBe(true);
  });
});
