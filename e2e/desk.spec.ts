/**
 * The staff's desk at 1366×768: a side navigation instead of the bottom bar (the current screen marked);
 * the queue as a table — number, category, status, place, reporter, owner, report time, deadline — that
 * sorts from its column headers; the head's figures as links to the queue showing exactly the tickets they
 * count; ticked rows handed to another worker together. At 390 px the phone layout is as it was.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Timestamp, type DocumentData, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInWithEmail } from './support/auth';
import { DEMO_PASSWORD, useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const DESK = {
  viewport: { width: 1366, height: 768 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
};
const SHOTS = join(import.meta.dirname, '../.test-artifacts/screens');
const PAGE_SIZE = 20;
const COLUMNS = ['编号', '类别', '状态', '楼栋 / 房号', '报事人', '负责人', '报事时间', '期限'];

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The tickets on the table, top to bottom, by their ids. */
function rowIds(page: Page) {
  return page
    .getByRole('table', { name: '工单' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ticket')));
}

const number = (id: string) => `#${id.slice(-4).toUpperCase()}`;
const ms = (d: QueryDocumentSnapshot<DocumentData>) =>
  (d.get('dueAt') as Timestamp | null)?.toMillis() ?? Number.POSITIVE_INFINITY;

describe('the staff desk', () => {
  const b = useBrowser();

  it('the head gets a side navigation that marks where they are and goes to each screen', async () => {
    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    const nav = page.getByRole('navigation', { name: '工作台导航' });
    await nav.waitFor();
    // the bottom bar is the phone's: not on the desk
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: '首页' }).getAttribute('aria-current')).toBe('page');
    await page.getByTestId('count-open').waitFor();
    await shot(page, 'desk-head-home-1366');

    await nav.getByRole('link', { name: '工单' }).click();
    await page.getByRole('heading', { name: '工单', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: '工单' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: '首页' }).getAttribute('aria-current')).toBeNull();

    await nav.getByRole('link', { name: '工作概况' }).click();
    await page.getByRole('heading', { name: '社区工作概况' }).waitFor();
    await nav.getByRole('link', { name: '住户' }).click();
    await page.getByRole('heading', { name: '住户登记' }).waitFor();
    expect(await nav.getByRole('link', { name: '住户' }).getAttribute('aria-current')).toBe('page');
  });

  it('the queue is a table of the seeded tickets with every column, and sorts by deadline as the user sees it', async () => {
    const expected = await adminDb()
      .collection('tickets')
      .where('open', '==', true)
      .orderBy('dueAt')
      .limit(PAGE_SIZE)
      .get();
    expect(expected.size).toBeGreaterThan(2);
    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page.goto('/work');
    const table = page.getByRole('table', { name: '工单' });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    for (const c of COLUMNS) expect(headers.some((h) => h.includes(c))).toBe(true);
    // the query's order: the most urgent deadline first, a page of them
    await expect.poll(() => rowIds(page), { timeout: 10_000 }).toEqual(expected.docs.map((d) => d.id));
    for (const [i, d] of expected.docs.slice(0, 5).entries()) {
      const row = await table.locator('tbody tr').nth(i).innerText();
      expect(row).toContain(number(d.id));
      expect(row).toContain(d.get('reporterName') as string);
      expect(row).toContain((d.get('assigneeName') as string | null) ?? '待分派');
      expect(row).toMatch(/已超期|还剩/);
    }
    const deadline = table.getByRole('columnheader', { name: /期限/ });
    expect(await deadline.getAttribute('aria-sort')).toBe('ascending');
    await shot(page, 'desk-head-queue-1366');

    // latest deadline first: the page shown turns round (ties keep the query's order), and says it is only
    // the page shown
    await deadline.getByRole('button').click();
    const reversed = expected.docs
      .map((d, i) => ({ d, i }))
      .sort((x, y) => ms(y.d) - ms(x.d) || x.i - y.i)
      .map((x) => x.d.id);
    await expect.poll(() => rowIds(page), { timeout: 10_000 }).toEqual(reversed);
    expect(reversed).not.toEqual(expected.docs.map((d) => d.id));
    expect(await deadline.getAttribute('aria-sort')).toBe('descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('deadline');
    await page.getByTestId('sorted-loaded').getByText(`已显示的 ${expected.size} 件`).waitFor();
    expect(await table.locator('tbody tr').first().innerText()).toContain(number(reversed[0]!));

    // by report time (newest first), then back to the query's order
    await table
      .getByRole('columnheader', { name: /报事时间/ })
      .getByRole('button')
      .click();
    const byCreated = [...expected.docs]
      .sort(
        (x, y) => (y.get('createdAt') as Timestamp).toMillis() - (x.get('createdAt') as Timestamp).toMillis(),
      )
      .map((d) => d.id);
    await expect.poll(() => rowIds(page), { timeout: 10_000 }).toEqual(byCreated);
    expect(await deadline.getAttribute('aria-sort')).toBe('none');
    await page.getByRole('button', { name: '恢复默认排序' }).click();
    await expect.poll(() => rowIds(page), { timeout: 10_000 }).toEqual(expected.docs.map((d) => d.id));
    expect(await page.getByTestId('sorted-loaded').count()).toBe(0);
  });

  it('the head’s overdue figure opens the queue showing exactly the tickets it counted', async () => {
    const overdue = await adminDb()
      .collection('tickets')
      .where('open', '==', true)
      .where('dueAt', '<', Timestamp.now())
      .orderBy('dueAt')
      .get();
    expect(overdue.size).toBeGreaterThan(0);
    expect(overdue.size).toBeLessThanOrEqual(PAGE_SIZE);
    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await expect
      .poll(() => page.getByTestId('count-overdue').innerText(), { timeout: 10_000 })
      .toBe(String(overdue.size));
    await page.getByRole('link', { name: `在队列里查看这 ${overdue.size} 件超期` }).click();
    await page.getByRole('heading', { name: '工单', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('1');
    expect(new URL(page.url()).searchParams.get('scope')).toBe('all');
    await page.getByRole('table', { name: '工单' }).waitFor();
    await expect.poll(() => rowIds(page), { timeout: 10_000 }).toEqual(overdue.docs.map((d) => d.id));
    await page.getByText(`只看超期 (${overdue.size})`).waitFor();

    // the open figure: the queue's "all statuses" count is the same number
    const open = await adminDb().collection('tickets').where('open', '==', true).count().get();
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: `在队列里查看这 ${open.data().count} 件未办结` }).click();
    await page.getByRole('heading', { name: '工单', exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('overdue')).toBeNull();
    await page.getByRole('table', { name: '工单' }).waitFor();
    await page.getByText(`全部 (${open.data().count})`).waitFor();
    await expect
      .poll(async () => (await rowIds(page)).length, { timeout: 10_000 })
      .toBe(Math.min(open.data().count, PAGE_SIZE));
  });

  it('a worker’s open count on the dashboard opens the queue showing that worker’s open tickets', async () => {
    const mine = await adminDb()
      .collection('tickets')
      .where('assigneeId', '==', 'u-w1')
      .where('open', '==', true)
      .orderBy('dueAt')
      .get();
    expect(mine.size).toBeGreaterThan(0);
    expect(mine.size).toBeLessThanOrEqual(PAGE_SIZE);
    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page
      .getByRole('navigation', { name: '工作台导航' })
      .getByRole('link', { name: '工作概况' })
      .click();
    const cell = page.getByTestId('worker-u-w1').locator('td').nth(1);
    await expect.poll(() => cell.innerText(), { timeout: 20_000 }).toBe(String(mine.size));
    await shot(page, 'desk-head-dashboard-1366');
    expect(await axe(page)).toEqual([]);
    await cell.getByRole('link').click();
    await page.getByRole('heading', { name: '工单', exact: true }).waitFor();
    await page.getByText('只看 黄网格 负责的工单').waitFor();
    await page.getByRole('table', { name: '工单' }).waitFor();
    await expect.poll(() => rowIds(page), { timeout: 10_000 }).toEqual(mine.docs.map((d) => d.id));
    // one tap back to everyone's
    await page.getByRole('button', { name: '不限负责人' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('assignee')).toBeNull();
  });

  it('黄网格 ticks two tickets on the table and hands them to 何网格 in one go', async () => {
    const db = adminDb();
    const mine = await db
      .collection('tickets')
      .where('assigneeId', '==', 'u-w1')
      .where('open', '==', true)
      .orderBy('dueAt')
      .limit(2)
      .get();
    expect(mine.size).toBe(2);
    const ids = mine.docs.map((d) => d.id);
    const page = await b.page(DESK);
    await signInWithEmail(page, 'worker1@demo.shequ', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '工单' }).click();
    const table = page.getByRole('table', { name: '工单' });
    await table.waitFor();
    await shot(page, 'desk-worker-queue-1366');
    for (const id of ids) await page.getByRole('checkbox', { name: `选择工单 ${number(id)}` }).check();
    const bar = page.getByRole('region', { name: '已选 2 件' });
    await bar.waitFor();
    expect(await axe(page)).toEqual([]);
    await shot(page, 'desk-worker-transfer-1366');
    await bar.getByLabel('转给').selectOption({ label: '何网格' });
    await bar.getByRole('button', { name: '转交所选工单' }).click();
    await bar.getByText('确定把这 2 件工单转给 何网格 吗？').waitFor();
    await bar.getByRole('button', { name: '确定转交' }).click();
    await page.getByRole('status').filter({ hasText: '已把 2 件工单转给 何网格' }).waitFor();
    // gone from 黄网格's queue, with 何网格 now, each with its hand-over in the timeline
    await expect
      .poll(async () => (await rowIds(page)).filter((id) => ids.includes(id!)), { timeout: 10_000 })
      .toEqual([]);
    for (const id of ids) {
      const doc = await db.doc(`tickets/${id}`).get();
      expect(doc.get('assigneeId')).toBe('u-w2');
      expect(doc.get('assigneeName')).toBe('何网格');
      const entry = await db.doc(`tickets/${id}/timeline/${doc.get('lastEventId') as string}`).get();
      expect(entry.get('type')).toBe('transferred');
      expect(entry.get('text')).toBe('在工作台批量转交');
    }
    // (back to 黄网格, as the seed has them, for the specs after this one)
    for (const id of ids)
      await db.doc(`tickets/${id}`).update({ assigneeId: 'u-w1', assigneeName: '黄网格' });
  });

  it('has no accessibility violations on the desk, in English 长辈版 too', async () => {
    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    const problems: string[] = [];
    for (const [lang, elder] of [
      ['zh-CN', false],
      ['en', true],
    ] as const) {
      await page.evaluate(
        ([l, e]) => {
          localStorage.setItem('shequ.lang', l);
          localStorage.setItem('shequ.prefs', JSON.stringify({ elder: e, textSize: 'normal' }));
        },
        [lang, elder] as const,
      );
      for (const route of ['/', '/work']) {
        await page.goto(route);
        await page.locator('main h1').first().waitFor();
        if (route === '/work') {
          await page.getByRole('table').waitFor();
          await page.getByRole('checkbox').nth(1).check();
        } else await page.getByTestId('count-open').waitFor();
        const suffix = `${lang}${elder ? '-elder' : ''}`;
        await shot(page, `desk-head${route === '/' ? '-home' : '-queue'}-1366-${suffix}`);
        problems.push(...(await axe(page)).map((p) => `${route} ${suffix}: ${p}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('at 390 px there is no side navigation and no table: the phone layout as it was', async () => {
    const page = await b.page();
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
    expect(await page.getByRole('navigation', { name: '工作台导航' }).count()).toBe(0);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工单' }).click();
    await page.getByRole('heading', { name: '工单', exact: true }).waitFor();
    await page.getByRole('list', { name: /^共 \d+ 件$/ }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /选择工单/ }).count()).toBe(0);
    await shot(page, 'desk-head-queue-390');
  });
});
