/**
 * Questions per category (issue 22): the head adds a question to a category, a resident on a 390 px phone
 * answers it (after trying to send without it: a clear message, nothing typed lost), and the building's
 * worker sees the answer on the ticket. The form is photographed in zh and 长辈版.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const b = useBrowser();
const shots = join(import.meta.dirname, '../.test-artifacts/questions');

describe('questions per category', () => {
  // 其他 asks nothing again afterwards: other specs report under it.
  afterEach(() => adminDb().doc('config/categories').update({ 'items.other.questions': [] }));

  it('the head adds a question; a resident answers it; the worker sees the answer', async () => {
    const db = adminDb();
    const head = await b.asStaff('head@demo.shequ');
    await head.goto('/admin/categories');
    const row = head.getByRole('listitem').filter({ has: head.getByRole('checkbox', { name: /不问位置/ }) });
    // 其他 (Other): a top-level category without sub-categories, so the resident picks it in one tap.
    const other = row.filter({ has: head.locator('input[value="其他"]') });
    await other.getByRole('button', { name: '添加问题' }).click();
    await other.getByLabel('问题 1（中文）').fill('是哪一层？');
    await other.getByLabel('问题 1（英文）').fill('Which floor?');
    await other.getByRole('checkbox', { name: '必须回答' }).check();
    await head.getByRole('button', { name: '保存全部类别' }).click();
    await head.getByText('已保存。').waitFor();
    const items = (await db.doc('config/categories').get()).data()!.items as Record<
      string,
      { questions: unknown }
    >;
    expect(items.other!.questions).toEqual([
      { zh: '是哪一层？', en: 'Which floor?', kind: 'text', choices: [], required: true },
    ]);

    // 李晓梅 (2-1-301) on her phone: the question comes with the category.
    const page = await b.asResident('13800000003');
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '其他', exact: true }).check();
    const floor = page.getByLabel('是哪一层？');
    await floor.waitFor();
    const text = `楼梯扶手松了 ${Date.now()}`;
    await page.getByLabel('请描述一下问题').fill(text);
    await page.getByRole('button', { name: '提交报事' }).click();
    await expect.poll(() => floor.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('请回答这个问题').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true');
    expect(await page.getByLabel('请描述一下问题').inputValue()).toBe(text);
    await floor.fill('3楼');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'report-zh-390.png'), fullPage: true });
    await page.evaluate(() =>
      localStorage.setItem('shequ.prefs', JSON.stringify({ elder: true, textSize: 'normal' })),
    );
    await page.reload();
    await page.getByLabel('是哪一层？').waitFor();
    await page.getByLabel('是哪一层？').fill('3楼');
    await page.screenshot({ path: join(shots, 'report-elder-390.png'), fullPage: true });
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: '我要报事' }).waitFor();

    // The ticket keeps the question as asked with the answer; the building's worker reads both.
    let ticket: FirebaseFirestore.QueryDocumentSnapshot | undefined;
    await expect
      .poll(async () => {
        ticket = (await db.collection('tickets').where('description', '==', text).get()).docs[0];
        return ticket?.get('answers');
      })
      .toEqual([{ zh: '是哪一层？', en: 'Which floor?', answer: '3楼', answerEn: null }]);
    const worker = (await db.doc(`users/${ticket!.get('assigneeId') as string}`).get()).get(
      'email',
    ) as string;
    const staff = await b.asStaff(worker);
    await staff.goto(`/tickets/${ticket!.id}`);
    const answer = staff.locator('dt').filter({ hasText: '是哪一层？' });
    await answer.waitFor();
    expect(await answer.locator('xpath=following-sibling::dd[1]').innerText()).toBe('3楼');
  });
});
