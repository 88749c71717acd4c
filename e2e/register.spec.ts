/**
 * The register complete, and the audit log (操作记录): a grid worker on a 390 px phone registers a household
 * (bad input said at each field, nothing typed lost), records an ID number (its check character checked; shown
 * masked, in full on a tap), takes the household off the register with a reason (kept, hidden from the list
 * unless asked for), refuses an address saying why (the resident reads the reason), goes from a ticket to its
 * household and back with the reporter's phone to tap; and reads their buildings' 操作记录. The head reads
 * the whole log at a 1366×768 desk, by kind.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FieldValue } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInWithEmail } from './support/auth';
import { DEMO_PASSWORD, useBrowser } from './support/fixtures';
import { adminAuth, adminDb } from './support/world';

const DESK = {
  viewport: { width: 1366, height: 768 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
};

async function shot(page: Page, name: string) {
  const dir = join(import.meta.dirname, '../.test-artifacts/register');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

describe('the register and its audit log', () => {
  const b = useBrowser();

  it('a worker registers a household, records an ID number and takes it off the register; each change is logged', async () => {
    const w = await b.asStaff('worker1@demo.shequ');
    await w.goto('/register?building=b1&entrance=1');
    await w.getByRole('button', { name: '登记新住户' }).click();
    await w.getByLabel('房号', { exact: true }).fill('12');
    await w.getByLabel('户主姓名').fill('林新户');
    await w.getByLabel(/^联系电话/).fill('139 0000 12');
    await w.getByRole('button', { name: '登记', exact: true }).click();
    await w.getByText('房号是 3 到 4 位数字，例如 402').first().waitFor();
    await w.getByText('电话号码 139 0000 12 不对', { exact: false }).waitFor();
    expect(await w.getByLabel('户主姓名').inputValue()).toBe('林新户');
    await w.getByLabel('房号', { exact: true }).fill('909');
    await w.getByLabel(/^联系电话/).fill('139 0000 0123');
    await w.getByRole('button', { name: '登记', exact: true }).click();
    await w.waitForURL('**/register/h-1-1-909');
    await w.getByRole('heading', { name: '1栋1单元909' }).waitFor();
    // the household's phone: tap to call, in the stored form
    await w.locator('a[href="tel:13900000123"]').waitFor();

    // an ID number: the check character is checked where it is typed; once saved it shows masked
    await w.getByRole('button', { name: '修改' }).nth(1).click();
    await w.getByRole('button', { name: '添加身份证号' }).click();
    await w.getByLabel('身份证 1 姓名', { exact: true }).fill('林新户');
    await w.getByLabel('身份证号 1', { exact: true }).fill('110105194912310021');
    await w.getByRole('button', { name: '保存', exact: true }).click();
    await w.getByText('身份证号的最后一位（校验位）对不上，请核对是否抄错').waitFor();
    await w.getByLabel('身份证号 1', { exact: true }).fill('11010519491231002x');
    await w.getByRole('button', { name: '保存', exact: true }).click();
    await w.getByText('1101**********002X').waitFor();
    expect(await w.getByText('11010519491231002X').count()).toBe(0);
    await w.getByRole('button', { name: '显示 林新户 的完整身份证号' }).click();
    await w.getByText('11010519491231002X').waitFor();
    await w.getByRole('button', { name: '隐藏 林新户 的身份证号' }).click();
    await w.getByText('1101**********002X').waitFor();

    // off the register, with the reason (required)
    await w.getByRole('button', { name: '移出登记（搬走、房屋出售等）' }).click();
    await w.getByRole('button', { name: '确认移出' }).click();
    await w.getByText('请写明原因，例如：已搬走、房屋出售').waitFor();
    await w.getByLabel('移出原因').fill('已搬到女儿家住');
    await w.getByRole('button', { name: '确认移出' }).click();
    await w.getByText('这一户已移出登记').waitFor();
    await w.getByText(/原因：已搬到女儿家住/).waitFor();
    await shot(w, 'archived-household-phone');

    // hidden from the entrance's list unless asked for
    await w.goto('/register?building=b1&entrance=1');
    await w.getByRole('link', { name: /1栋1单元101/ }).waitFor();
    expect(await w.getByRole('link', { name: /1栋1单元909/ }).count()).toBe(0);
    await w.getByLabel(/显示已移出登记的住户/).check();
    await w.getByRole('link', { name: /1栋1单元909.*已移出/ }).waitFor();

    // each change in the log, in the worker's name, with field names only
    const entries = await adminDb().collection('auditLog').where('targetId', '==', 'h-1-1-909').get();
    expect(entries.docs.map((d) => d.data().action).sort()).toEqual([
      'care.edit',
      'household.add',
      'household.archive',
    ]);
    for (const d of entries.docs) {
      expect(d.data().actorId).toBe('u-w1');
      expect(JSON.stringify(d.data().fields) + d.data().note).not.toMatch(/[0-9]{7}/);
    }
    await w.getByRole('link', { name: '操作记录' }).click();
    await w.getByRole('heading', { name: '操作记录' }).waitFor();
    const log = w.getByRole('list', { name: /条记录/ });
    await log
      .getByText(/移出了登记/)
      .first()
      .waitFor();
    await log.getByText('改了：身份证号').first().waitFor();
    await log.getByText('说明：已搬到女儿家住').first().waitFor();
    expect(await w.getByText('11010519491231002X').count()).toBe(0);
    await shot(w, 'audit-worker-phone');
  });

  it('from a ticket to its household (with the reporter’s phone to call) and back', async () => {
    const snap = await adminDb()
      .collection('tickets')
      .where('buildingId', '==', 'b1')
      .where('reporterId', '==', 'u-r1')
      .limit(1)
      .get();
    const ticket = snap.docs[0]!;
    const w = await b.asStaff('worker1@demo.shequ');
    await w.goto(`/tickets/${ticket.id}`);
    const contact = w.getByRole('region', { name: '住户与联系电话' });
    await contact.locator('a[href^="tel:1"]').first().waitFor();
    await contact.getByRole('link', { name: '查看住户档案' }).click();
    await w.waitForURL(`**/register/${ticket.data().householdId}`);
    await w.getByRole('heading', { name: '这一户的工单' }).waitFor();
    await w.locator(`a[href="/tickets/${ticket.id}"]`).first().click();
    await w.waitForURL(`**/tickets/${ticket.id}`);
    await w.getByRole('heading', { name: '工单详情' }).waitFor();
  });

  it('an address refused says why, at the field when left out, and the resident reads the reason', async () => {
    await adminAuth()
      .createUser({ uid: 'u-refused', phoneNumber: '+8613800000078', displayName: '钱新' })
      .catch(() => undefined);
    await adminDb()
      .doc('users/u-refused')
      .set({
        displayName: '钱新',
        role: 'resident',
        active: true,
        phone: '+8613800000078',
        email: null,
        householdId: null,
        buildingId: null,
        linkStatus: 'pending',
        link: { buildingId: 'b1', entrance: 1, flat: '808' },
        volunteer: false,
        locale: 'zh-CN',
        createdAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
    const w = await b.asStaff('worker1@demo.shequ');
    await w.getByRole('link', { name: '住户' }).click();
    const pending = w.getByRole('region', { name: '1栋：待核对的住址' });
    await pending.getByText('申请绑定 1栋1单元808').waitFor();
    const row = pending.getByRole('listitem').filter({ hasText: '钱新' });
    await row.getByRole('button', { name: '住址不对，退回' }).click();
    await row.getByRole('button', { name: '确认退回' }).click();
    await row.getByText('请写明退回原因，居民会看到').waitFor();
    await row.getByLabel('退回原因（居民会看到）').fill('没有 808 这一户，请核对门牌');
    await row.getByRole('button', { name: '确认退回' }).click();
    await w.getByText('已退回 钱新 的住址申请').waitFor();

    const resident = await b.asResident('13800000078');
    await resident.getByText('住址没有核对通过').waitFor();
    await resident.getByText('原因：没有 808 这一户，请核对门牌').waitFor();
  });

  it('the head reads the whole log at the desk, newest first, by kind', async () => {
    const head = await b.page(DESK);
    await signInWithEmail(head, 'head@demo.shequ', DEMO_PASSWORD);
    await head.goto('/admin');
    await head.getByRole('link', { name: '操作记录' }).click();
    const log = head.getByRole('list', { name: /条记录/ });
    // the seed's changes, through the app's builders: 马网格 deactivated, a household archived
    await log.getByText('停用了账号').first().waitFor();
    await log.getByRole('link', { name: '马网格' }).first().waitFor();
    await log
      .getByText(/说明：全家已搬到外地居住/)
      .first()
      .waitFor();
    // and the worker's, from the test before
    await log.getByText('说明：已搬到女儿家住').first().waitFor();
    await shot(head, 'audit-head-desk');
    await head.getByLabel('类型').selectOption({ label: '人员与角色' });
    await log.getByText('停用了账号').first().waitFor();
    await expect.poll(() => log.getByText(/移出了登记/).count()).toBe(0);

    const phone = await b.page();
    await signInWithEmail(phone, 'head@demo.shequ', DEMO_PASSWORD);
    await phone.goto('/audit');
    await phone
      .getByRole('list', { name: /条记录/ })
      .getByText('停用了账号')
      .first()
      .waitFor();
    await shot(phone, 'audit-head-phone');
  });
});
