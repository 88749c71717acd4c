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

    await page.reload(); // still offline: served by the service worker
    await page.getByRole('heading', { name: '我家的报事' }).waitFor({ timeout: 20_000 });
    await page.getByText(description).waitFor();
    await page.getByText('等待发送').first().waitFor();
    expect((await byText(description)).size).toBe(0);

    await page.context().setOffline(false);
    await expect.poll(async () => (await byText(description)).size, { timeout: 30_000 }).toBe(1);
    const id = (await byText(description)).docs[0]!.id;
    await expect
      .poll(async () => (await adminDb().collection(`tickets/${id}/photos`).get()).size, { timeout: 15_000 })
      .toBe(1);
    await expect.poll(() => page.getByText('等待发送').count(), { timeout: 15_000 }).toBe(0);
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
});
