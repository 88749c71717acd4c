/**
 * "What changed since I last looked" on a resident's home (issue 22): the grid worker replies to a
 * resident's ticket; the resident's home, open on their phone, says so in words, and the bottom bar marks it;
 * opening the ticket clears it, and a reload keeps it cleared. The home at 390 px (zh) and in 长辈版 at 320 px
 * is saved for a person to look at (.test-artifacts/inbox/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const SHOTS = join(import.meta.dirname, '../.test-artifacts/inbox');

/** The seen record this phone keeps for the signed-in person (src/lib/seen.ts). */
function seenRecord(page: Page) {
  return page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.startsWith('shequ.kept.["seen"'));
    return k ? localStorage.getItem(k) : null;
  });
}

describe("the resident home's what's new", () => {
  const b = useBrowser();

  it('a worker replies; the home says so in words; opening the ticket clears it, and a reload keeps it cleared', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const db = adminDb();
    // 王秀英 (1-1-101): an open ticket of her household that 黄网格 (building 1) works on.
    const tickets = await db.collection('tickets').where('householdId', '==', 'h-1-1-101').get();
    const doc = tickets.docs.find(
      (d) =>
        ['accepted', 'in_progress'].includes(d.get('status') as string) && d.get('assigneeId') === 'u-w1',
    )!;
    expect(doc, 'an open ticket of 1-1-101 owned by 黄网格').toBeDefined();
    const items = (await db.doc('config/categories').get()).data()!.items as Record<string, { zh: string }>;
    const words = `${doc.get('buildingNumber') as number}栋${items[doc.get('categoryId') as string]!.zh}：网格员回复了`;

    // The first look: nothing listed, however old the tickets; what was there is now seen.
    const page = await b.asResident('13800000001');
    await page.getByRole('region', { name: '我家的报事' }).waitFor();
    await expect.poll(() => seenRecord(page), { timeout: 15_000 }).toContain(doc.id);
    expect(await page.getByRole('region', { name: '新消息' }).count()).toBe(0);

    // The worker replies from the office.
    const worker = await b.asStaff('worker1@demo.shequ');
    await worker.goto(`/tickets/${doc.id}`);
    await worker.getByRole('button', { name: '回复居民' }).click();
    await worker.getByRole('textbox', { name: /回复内容/ }).fill('您好，明天上午九点上门查看。');
    await worker.getByRole('button', { name: '发送' }).click();
    await expect
      .poll(async () => (await db.doc(`tickets/${doc.id}`).get()).get('lastReplyAt'), { timeout: 15_000 })
      .toBeTruthy();

    // The resident's open home says it, in words, with the bottom bar's mark.
    const inbox = page.getByRole('region', { name: '新消息' });
    const item = inbox.getByRole('link', { name: words, exact: true });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getAttribute('href')).toBe(`/tickets/${doc.id}`);
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.getByRole('link', { name: /首页/ }).innerText()).toContain('1');
    await page.screenshot({ path: join(SHOTS, 'home-390-zh.png'), fullPage: true });

    // 长辈版 at 320 px: still there after a reload (not opened yet), large, and nothing wider than the screen.
    await page.evaluate(() =>
      localStorage.setItem('shequ.prefs', JSON.stringify({ elder: true, textSize: 'normal' })),
    );
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await item.waitFor({ timeout: 15_000 });
    const box = (await item.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(60);
    expect(
      await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth)),
    ).toBeLessThanOrEqual(321);
    expect(await item.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: join(SHOTS, 'home-320-elder.png'), fullPage: true });

    // Opening it: the ticket; back home the item is gone, and stays gone after a reload.
    await item.click();
    // (the resident's words: 报事, not the office's 工单)
    await page.getByRole('heading', { name: '报事详情' }).waitFor();
    await page.getByText('您好，明天上午九点上门查看。').waitFor();
    await page.goBack();
    await page.getByRole('region', { name: '我家的报事' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: '新消息' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('region', { name: '我家的报事' }).waitFor();
    await expect.poll(() => seenRecord(page)).toContain(doc.id);
    // (the live tickets have arrived: the household's list shows this ticket)
    await page.locator(`a[href="/tickets/${doc.id}"]`).first().waitFor();
    expect(await page.getByRole('region', { name: '新消息' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: /首页/ }).innerText()).not.toMatch(/\d/);
  }, 120_000);
});
