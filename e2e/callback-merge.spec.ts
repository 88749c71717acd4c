/**
 * Issue 23 on a grid worker's 390 px phone: a phone callback (电话回访) recorded on the demo's resolved proxy
 * report (t0049), and a duplicate (t0051, 王秀英's broken stairwell window) merged into the ticket it repeats
 * (t0050) — which the resident then sees, with how that ticket is going.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

/** Nothing wider than the phone's screen (no sideways scrolling). */
async function fitsWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('phone callback and duplicates', () => {
  const b = useBrowser();

  it('黄网格 records what the resident said on the phone: closed with their rating, marked 电话回访', async () => {
    const page = await b.asStaff('worker1@demo.shequ');
    await page.goto('/tickets/t0049');
    await page.getByText('电话回访', { exact: true }).waitFor();
    await page.getByText(/这是代居民报的事/).waitFor();
    // no rating chosen: said at the field, nothing sent
    await page.getByRole('button', { name: '记录：已解决' }).click();
    await page.getByRole('alert').filter({ hasText: '请选择 1 到 5 分' }).waitFor();
    await page.getByRole('textbox', { name: /回访记录/ }).fill('老人说水龙头不滴了，谢谢网格员。');
    await page.getByText('4 分').click();
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('button', { name: '记录：已解决' }).click();

    await page.locator('[data-status="closed"]').first().waitFor();
    await page.getByText('电话回访：居民反映已解决，评价 4 分').waitFor();
    await page.getByText('网格员电话回访时记录的评价').waitFor();
    // (the screen shows the change at once; the server has it a moment later)
    const read = async () => (await adminDb().doc('tickets/t0049').get()).data()!;
    await expect.poll(async () => (await read()).status, { timeout: 20_000 }).toBe('closed');
    const t = await read();
    expect(t.status).toBe('closed');
    expect(t.closeReason).toBe('callback');
    expect(t.rating).toEqual({ score: 4, comment: '老人说水龙头不滴了，谢谢网格员。' });
    const entry = (await adminDb().doc(`tickets/t0049/timeline/${t.lastEventId}`).get()).data()!;
    expect(entry).toMatchObject({ type: 'phoneRated', authorName: '黄网格', visibility: 'public', score: 4 });
    // counted in the month's satisfaction, and apart as by phone
    const month = (await adminDb().collection('stats').orderBy('updatedAt', 'desc').limit(1).get()).docs[0]!;
    expect(month.data().lastTicket).toBe('t0049');
    expect(month.data().phoneRatedAll).toBeGreaterThanOrEqual(1);
    // once: nothing more is offered
    await expect.poll(() => page.getByText('电话回访', { exact: true }).count()).toBe(0);
  });

  it('黄网格 merges a duplicate into the ticket it repeats; 王秀英 sees where it went and how it is going', async () => {
    const page = await b.asStaff('worker1@demo.shequ');
    await page.goto('/tickets/t0051');
    await page.getByRole('button', { name: '合并重复报事' }).click();
    // the building's open tickets, the same kind of problem first
    const first = page.getByRole('radio').first();
    await first.waitFor();
    expect(await page.locator('label:has(input[name="merge-target"])').first().innerText()).toMatch(
      /#0050[\s\S]*同类/,
    );
    // no ticket chosen: said at the field
    await page.getByRole('button', { name: '合并', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '请选择要合并到的工单' }).waitFor();
    await page.getByRole('radio', { name: /#0050/ }).check();
    await page.getByRole('textbox', { name: /合并说明/ }).fill('同一扇窗户，已经在修了，一起处理。');
    expect(await fitsWidth(page)).toBe(true);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '合并', exact: true }).click();

    await page.locator('[data-status="merged"]').first().waitFor();
    await page.getByTestId('merged-into').filter({ hasText: '#0050' }).waitFor();
    const read = async () => (await adminDb().doc('tickets/t0051').get()).data()!;
    await expect.poll(async () => (await read()).status, { timeout: 20_000 }).toBe('merged');
    const dup = await read();
    expect(dup).toMatchObject({ status: 'merged', open: false, mergedInto: 't0050', dueAt: null });
    expect((await adminDb().doc('tickets/t0050').get()).data()!.mergedFrom).toEqual(['t0051']);
    expect((await adminDb().doc('publicTickets/t0051').get()).data()).toMatchObject({
      status: 'merged',
      open: false,
    });
    // it left the worker's queue
    const queue = await adminDb()
      .collection('tickets')
      .where('assigneeId', '==', 'u-w1')
      .where('open', '==', true)
      .get();
    expect(queue.docs.map((d) => d.id)).not.toContain('t0051');

    // the ticket it joined lists it
    await page.goto('/tickets/t0050');
    await page.getByTestId('merged-from').getByRole('link', { name: '#0051' }).waitFor();
    await page.getByText('合并了另一户反映的同一问题').waitFor();

    // the resident follows it: where it went, and that ticket's status (its public view, not its text)
    const resident = await b.asResident('13800000001');
    await resident.goto('/tickets/t0051');
    await resident.getByText('已合并到 #0050，一起处理').waitFor();
    await resident.getByText('#0050 现在：').waitFor();
    await resident.getByTestId('merged-into').locator('[data-status="accepted"]').waitFor();
    await resident.getByText('同一扇窗户，已经在修了，一起处理。').waitFor();
    expect(await resident.getByText('1单元三楼楼道的窗户玻璃碎了').count()).toBe(0);
    expect(await fitsWidth(resident)).toBe(true);
  });
});
