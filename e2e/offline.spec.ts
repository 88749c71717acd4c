/**
 * Weak signal: a report written with no connection is kept, survives a reload (the service worker serves
 * the app, Firestore's cache the data), and reaches Firestore with its photo when the phone is back online.
 * A report the server refuses keeps its text and photo, says why, and can be fixed and sent again.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';
import { dayKey } from '../src/lib/period';
import { reportsPerHouseholdDayMax } from '../src/lib/policy';

async function makeJpeg(page: Page, path: string, text: string) {
  const maker = await page.context().newPage();
  await maker.setContent(
    `<div style="width:1000px;height:750px;background:linear-gradient(45deg,#630,#fc9)"><h1 style="font-size:120px">${text}</h1></div>`,
  );
  await maker.screenshot({ path, type: 'jpeg', quality: 90, clip: { x: 0, y: 0, width: 1000, height: 750 } });
  await maker.close();
}

/** After the first visit the service worker controls the page (so a reload works offline). */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
    .toBe(true);
}

async function fillReport(page: Page, sub: string, description: string, photo: string) {
  await page.getByRole('link', { name: '我要报事' }).click();
  await page.getByRole('radio', { name: '维修' }).check();
  await page.getByRole('radio', { name: sub }).check();
  await page.getByLabel('请描述一下问题').fill(description);
  await page.locator('input[type=file]').first().setInputFiles(photo);
  await page.getByAltText('待上传的照片 1').waitFor({ timeout: 20_000 });
}

/** A report's card in 我家的报事. */
const card = (page: Page, description: string) =>
  page
    .getByRole('list', { name: /^共 \d+ 件$/ })
    .getByRole('link')
    .filter({ hasText: description });

/** A report still on the phone says only that it waits to be sent, and that it will go by itself. */
async function expectWaitingCard(page: Page, description: string) {
  await expect
    .poll(() => card(page, description).innerText(), { timeout: 15_000 })
    .toContain('联网后自动发送');
  const text = await card(page, description).innerText();
  expect(text).toContain('等待发送');
  expect(text).not.toContain('已提交');
}

const byText = (description: string) =>
  adminDb().collection('tickets').where('description', '==', description).get();

describe('offline', () => {
  const b = useBrowser();

  it('is an installable app: a manifest with icons and a service worker', async () => {
    const page = await b.page();
    await page.goto('/signin');
    // The page links its manifest once the first screen is up (not in the HTML: a phone would fetch it
    // and an icon beside the first screen's code).
    await page.getByRole('button', { name: '获取验证码' }).waitFor();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href', { timeout: 10_000 });
    expect(href).toBe('/manifest.webmanifest');
    expect(await (await page.request.get('/signin')).text()).not.toContain('rel="manifest"');
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest).toMatchObject({
      name: '社区服务',
      display: 'standalone',
      start_url: '/',
      lang: 'zh-CN',
    });
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    await expect
      .poll(
        () =>
          page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null),
        { timeout: 20_000 },
      )
      .toBe('activated');
  });

  it("the sign-in page shows the office's number with only Auth's part of Firebase, and still does offline", async () => {
    const page = await b.page();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/signin');
    const help = page.getByRole('link', { name: /请致电社区办公室 0730-8881234/ });
    await help.waitFor();
    expect(await help.getAttribute('href')).toBe('tel:07308881234');
    await page.getByRole('button', { name: '获取验证码' }).waitFor();
    await expect
      .poll(() => scripts.some((s) => s.includes('/firebase-auth-')), { timeout: 15_000 })
      .toBe(true);
    await page.waitForTimeout(1000);
    // Firestore (the larger part) is not downloaded by someone who only signs in.
    expect(scripts.filter((s) => /\/firebase-(?!auth-)/.test(s))).toEqual([]);

    // Next visit with no connection (the service worker serves the app): the number this phone saw last.
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    await page.reload();
    await help.waitFor({ timeout: 20_000 });
    expect(await help.getAttribute('href')).toBe('tel:07308881234');
    await page.context().setOffline(false);
  });

  it('a report written offline survives a reload and is sent, with its photo, once back online', async () => {
    const page = await b.asResident('13800000005'); // 陈丽, building 4
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    await waitForServiceWorker(page);
    // One online visit to the form (as a resident would have made) leaves what it needs in the cache.
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '维修' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    const photo = join(tmpdir(), `offline-${process.pid}.jpg`);
    await makeJpeg(page, photo, '暖气');
    const description = `暖气片不热，屋里很冷 ${Date.now()}`;

    await page.context().setOffline(true);
    await page.getByText('网络已断开').waitFor();
    await fillReport(page, '暖气', description, photo);
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByText('已保存在手机里，联网后会自动发送。').waitFor();
    await page.getByText(description).waitFor();
    await expectWaitingCard(page, description);

    await page.reload(); // still offline: served by the service worker
    await page.getByRole('heading', { name: '我家的报事' }).waitFor({ timeout: 20_000 });
    await page.getByText(description).waitFor();
    await expectWaitingCard(page, description);
    expect((await byText(description)).size).toBe(0);

    await page.context().setOffline(false);
    await expect.poll(async () => (await byText(description)).size, { timeout: 30_000 }).toBe(1);
    const id = (await byText(description)).docs[0]!.id;
    await expect
      .poll(async () => (await adminDb().collection(`tickets/${id}/photos`).get()).size, { timeout: 15_000 })
      .toBe(1);
    // Sent: neither waiting nor being sent (online, a report on its way says 正在发送), and a status like any
    // other report's.
    await expect.poll(() => page.getByText(/等待发送|正在发送/).count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => card(page, description).innerText(), { timeout: 15_000 }).toContain('已提交');
  });

  it('a report the server refuses keeps its text and photo, says why, and can be fixed and resent', async () => {
    const categories = adminDb().doc('config/categories');
    const page = await b.asResident('13800000006'); // 杨明, building 5
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    const photo = join(tmpdir(), `refused-${process.pid}.jpg`);
    await makeJpeg(page, photo, '门窗');
    const description = `单元门关不上 ${Date.now()}`;
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '维修' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    try {
      await page.context().setOffline(true);
      await fillReport(page, '门窗', description, photo);
      await page.getByRole('button', { name: '提交报事' }).click();
      await page.getByText('已保存在手机里，联网后会自动发送。').waitFor();
      // While the phone is offline, the head retires the category it was filed under.
      await categories.update({ 'items.doorWindow.active': false });
      await page.context().setOffline(false);

      await page.getByText('没有发送成功').waitFor({ timeout: 30_000 });
      await page.getByText('服务器没有接受这个报事').waitFor();
      await page.getByRole('link', { name: '修改后重新发送' }).click();
      await expect.poll(() => page.getByLabel('请描述一下问题').inputValue()).toBe(description);
      await page.getByAltText('待上传的照片 1').waitFor();
      await page.getByRole('radio', { name: '维修' }).check();
      await page.getByRole('radio', { name: '其他' }).count(); // the tree no longer offers 门窗
      expect(await page.getByRole('radio', { name: '门窗' }).count()).toBe(0);
      await page.getByRole('radio', { name: '电路 / 停电' }).check();
      await page.getByRole('button', { name: '提交报事' }).click();
      await page.getByText('已提交。网格员处理时，这里会更新进度。').waitFor();
      await expect.poll(async () => (await byText(description)).size, { timeout: 20_000 }).toBe(1);
      const sent = (await byText(description)).docs[0]!;
      expect(sent.data().categoryId).toBe('power');
      expect((await adminDb().collection(`tickets/${sent.id}/photos`).get()).size).toBe(1);
      expect(await page.getByText('没有发送成功').count()).toBe(0);
    } finally {
      await categories.update({ 'items.doorWindow.active': true });
    }
  });

  it('a household whose reports of the day are used up is told before sending, and offline the refusal says why', async () => {
    const page = await b.asResident('13800000008'); // 赵淑珍, building 7 (no other spec's reports)
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    const householdId = (await adminDb().doc('users/u-r8').get()).data()!.householdId as string;
    const counter = adminDb().doc(`reportDays/${dayKey(new Date())}/households/${householdId}`);
    const before = await counter.get();
    const photo = join(tmpdir(), `limit-${process.pid}.jpg`);
    await makeJpeg(page, photo, '楼道');
    const description = `楼道灯又坏了 ${Date.now()}`;
    await waitForServiceWorker(page);
    try {
      await counter.set({ count: reportsPerHouseholdDayMax, lastTicket: 'e2e', updatedAt: new Date() });
      await fillReport(page, '电路 / 停电', description, photo);
      await page.getByRole('button', { name: '提交报事' }).click();
      const told = page.getByText(`今天您家已经报了 ${reportsPerHouseholdDayMax} 件事`);
      await told.waitFor({ timeout: 20_000 });
      await expect.poll(() => told.evaluate((el) => el.closest('[role=alert]') !== null)).toBe(true);
      // Nothing typed is lost, and nothing was sent.
      expect(await page.getByLabel('请描述一下问题').inputValue()).toBe(description);
      await page.getByAltText('待上传的照片 1').waitFor();
      expect((await byText(description)).size).toBe(0);

      // Sent offline (the phone cannot know the day's count): refused once back online, and says why.
      await page.context().setOffline(true);
      await page.getByRole('button', { name: '提交报事' }).click();
      await page.getByText('已保存在手机里，联网后会自动发送。').waitFor();
      await page.context().setOffline(false);
      await page.getByText('没有发送成功').waitFor({ timeout: 30_000 });
      await page.getByText(`今天您家已经报了 ${reportsPerHouseholdDayMax} 件事（每户每天最多`).waitFor();
      expect((await byText(description)).size).toBe(0);
      await page.getByRole('link', { name: '修改后重新发送' }).click();
      await expect.poll(() => page.getByLabel('请描述一下问题').inputValue()).toBe(description);
    } finally {
      if (before.exists) await counter.set(before.data()!);
      else await counter.delete();
    }
  });

  it('offline, a screen never opened on this phone says it needs a connection; what the phone kept is shown', async () => {
    const page = await b.asResident('13800000004'); // 刘志强, volunteer, building 3
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    await waitForServiceWorker(page);
    // Home shows (and so keeps) the household's reports and the upcoming events.
    const householdId = (await adminDb().doc('users/u-r4').get()).data()!.householdId as string;
    const own = (await adminDb().collection('tickets').where('householdId', '==', householdId).limit(1).get())
      .docs[0]!;
    const elsewhere = (
      await adminDb().collection('tickets').where('householdId', '!=', householdId).limit(1).get()
    ).docs[0]!;
    await page
      .getByText(own.data().description as string)
      .first()
      .waitFor();
    await page.getByText('重阳节戏曲联欢会').waitFor();

    await page.context().setOffline(true);
    const needsConnection = page.getByText('这个页面需要联网才能打开').first();
    const open = async (path: string, never: string[]) => {
      await page.goto(path); // a reload with no connection: the service worker serves the app
      await needsConnection.waitFor({ timeout: 20_000 });
      for (const text of [...never, '页面出了点问题']) expect(await page.getByText(text).count()).toBe(0);
    };
    await open('/notices', ['暂时没有公告']);
    await open('/notices/n-water', ['没有找到这条公告']);
    await open('/events/ev-past', ['没有找到这个活动']);
    await open('/me/record', ['还没有报名记录', '累计认证时长']);
    await open(`/tickets/${elsewhere.id}`, ['这件报事不存在']);

    // What the phone has shows; only the part never loaded here needs a connection.
    await page.goto('/events');
    await page.getByText('重阳节戏曲联欢会').waitFor({ timeout: 20_000 });
    expect(await page.getByText('近期没有活动').count()).toBe(0);
    // The event was in the list, and my place in it too (the home's news reads my sign-ups): both kept.
    await page.goto('/events/ev-opera');
    await page.getByRole('heading', { name: '重阳节戏曲联欢会' }).waitFor({ timeout: 20_000 });
    await page.getByText('已报名，名额已确认').waitFor({ timeout: 20_000 });
    expect(await needsConnection.count()).toBe(0);
    await page.goto(`/tickets/${own.id}`); // the report was on home; its progress was not
    await page.getByText(own.data().description as string).waitFor({ timeout: 20_000 });
    await needsConnection.waitFor();
    await page.goto('/me');
    await page.getByText('刘志强').first().waitFor({ timeout: 20_000 });
    expect(await page.getByText('页面出了点问题').count()).toBe(0);

    // Back online, the screen fills in by itself.
    await page.goto('/notices');
    await needsConnection.waitFor({ timeout: 20_000 });
    await page.context().setOffline(false);
    await page.getByText('3 栋、4 栋计划停水通知').waitFor({ timeout: 30_000 });
  });

  it('a draft keeps its photos as well as its text, across a reload with no connection', async () => {
    const page = await b.asResident('13800000002'); // 李建国, building 2
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '维修' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    const photo = join(tmpdir(), `draft-${process.pid}.jpg`);
    await makeJpeg(page, photo, '楼道灯');
    const description = `楼道灯坏了，晚上看不见 ${Date.now()}`;

    await page.context().setOffline(true);
    await fillReport(page, '电路 / 停电', description, photo);
    await page.reload(); // (a closed tab, a phone that ran out of battery: the same)
    await expect
      .poll(() => page.getByLabel('请描述一下问题').inputValue(), { timeout: 20_000 })
      .toBe(description);
    await page.getByAltText('待上传的照片 1').waitFor({ timeout: 15_000 });
    expect(await page.getByAltText('待上传的照片 2').count()).toBe(0);

    // Removing it is kept too; once the report is sent the draft is gone.
    await page.getByRole('button', { name: '删除第 1 张照片' }).click();
    // (the draft's photos are written to IndexedDB a moment after the change: reload once that is done)
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('shequ-draft');
              open.onsuccess = () => {
                const get = open.result.transaction('photos').objectStore('photos').get('photos');
                get.onsuccess = () => resolve(Array.isArray(get.result) ? get.result.length : 0);
                get.onerror = () => resolve(-1);
              };
              open.onerror = () => resolve(-1);
            }),
        ),
      )
      .toBe(0);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('请描述一下问题').inputValue(), { timeout: 20_000 })
      .toBe(description);
    await page.waitForTimeout(1000);
    expect(await page.getByAltText('待上传的照片 1').count()).toBe(0);
    await page.locator('input[type=file]').first().setInputFiles(photo);
    await page.getByAltText('待上传的照片 1').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: '提交报事' }).click();
    await expectWaitingCard(page, description);
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '维修' }).waitFor();
    await page.waitForTimeout(1000);
    expect(await page.getByLabel('请描述一下问题').inputValue()).toBe('');
    expect(await page.getByAltText('待上传的照片 1').count()).toBe(0);
    await page.context().setOffline(false);
    await expect.poll(async () => (await byText(description)).size, { timeout: 30_000 }).toBe(1);
  });
});
