/**
 * A grid worker's day: the queue on a desk filtered to overdue in one building; a home visit to an elderly
 * person living alone that takes them off the care list; a resident's address confirmed; a report filed for
 * a resident who phoned.
 */
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { signInWithEmail } from './support/auth';
import { DEMO_PASSWORD, useBrowser } from './support/fixtures';
import { adminAuth, adminDb } from './support/world';

describe('grid worker', () => {
  const b = useBrowser();

  it('on a desktop, filters the queue to the overdue tickets of one building', async () => {
    const page = await b.page({
      viewport: { width: 1280, height: 900 },
      isMobile: false,
      hasTouch: false,
      deviceScaleFactor: 1,
    });
    await signInWithEmail(page, 'worker1@demo.shequ', DEMO_PASSWORD);
    await page.getByRole('link', { name: '工单' }).click();
    await page.getByRole('heading', { name: '工单', exact: true }).waitFor();
    // exact: the home screen's "我负责的楼栋" section also has 楼栋 in its name
    await page.getByLabel('楼栋', { exact: true }).selectOption({ label: '1栋' });
    await page.getByLabel(/只看超期/).click();
    await expect.poll(() => new URL(page.url()).search).toContain('overdue=1');

    const expected = await adminDb()
      .collection('tickets')
      .where('assigneeId', '==', 'u-w1')
      .where('open', '==', true)
      .where('buildingId', '==', 'b1')
      .where('dueAt', '<', Timestamp.now())
      .orderBy('dueAt')
      .get();
    expect(expected.size).toBeGreaterThan(0);
    const table = page.getByRole('table', { name: '工单' });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(expected.size);
    const rows = await table.locator('tbody tr').allInnerTexts();
    expected.docs.forEach((d, i) => {
      expect(rows[i]).toContain(d.data().description);
      expect(rows[i]).toContain('已超期');
    });
    // The overdue count next to the filter comes from an aggregation query and matches.
    await page.getByText(`只看超期 (${expected.size})`).waitFor();
    // A ticket opened from the filtered queue: 返回 comes back to the queue as it was filtered.
    await table.locator('tbody tr').first().getByRole('link').click();
    await page.getByRole('heading', { name: '工单详情' }).waitFor();
    await page
      .getByText(expected.docs[0]!.data().description as string)
      .first()
      .waitFor();
    await page.getByRole('link', { name: '返回' }).click();
    await table.waitFor();
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('1');
    expect(new URL(page.url()).searchParams.get('building')).toBe('b1');
    expect(await page.getByLabel(/只看超期/).isChecked()).toBe(true);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(expected.size);
  });

  it('keeps what was typed into an action box when someone else acts first, and says so', async () => {
    const page = await b.asStaff('worker1@demo.shequ');
    await page.goto('/tickets/t0008');
    await page.getByRole('button', { name: '受理', exact: true }).click();
    await page.getByRole('textbox', { name: /回复内容/ }).fill('明天上午来清理楼道。');
    // Meanwhile someone else accepts it (the head, from the desk): the 受理 box is no longer offered.
    await adminDb()
      .doc('tickets/t0008')
      .update({ status: 'accepted', acceptedAt: FieldValue.serverTimestamp() });
    const kept = page.getByRole('status').filter({ hasText: '工单刚刚有了变化（现在是“已受理”）' });
    await kept.waitFor();
    expect(await kept.getByRole('textbox', { name: '没有发出的内容' }).inputValue()).toBe(
      '明天上午来清理楼道。',
    );
    await kept.getByRole('button', { name: '放进“回复居民”' }).click();
    expect(await page.getByRole('textbox', { name: /回复内容/ }).inputValue()).toBe('明天上午来清理楼道。');
    expect(await kept.count()).toBe(0);
  });

  it('opens a mediation case from a dispute ticket, linked both ways; records a session and corrects it', async () => {
    const page = await b.asStaff('worker1@demo.shequ');
    await page.goto('/tickets/t0016'); // 邻里纠纷, building 2 (黄网格's), reported by 李建国
    // its internal note is marked once, as staff-only (not "内部备注内部备注")
    await page.getByText('仅工作人员可见').first().waitFor();
    expect(await page.getByText(/内部备注\s*内部备注/).count()).toBe(0);
    await page.getByRole('link', { name: '从此工单登记调解案件' }).click();
    await page.getByRole('heading', { name: '从此工单登记调解案件' }).waitFor();
    expect(await page.getByLabel('当事人 1 姓名').inputValue()).toBe('李建国');
    expect(await page.getByLabel('调解员').inputValue()).toBe('u-w1');
    await page.getByLabel('当事人 2 姓名').fill('对门邻居');
    await page.getByRole('button', { name: '登记调解案件' }).click();
    await page.getByRole('link', { name: '查看原工单' }).waitFor(); // the case's page
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('邻里纠纷');
    const cases = await adminDb().collection('mediationCases').where('ticketId', '==', 't0016').get();
    expect(cases.size).toBe(1);
    expect(cases.docs[0]!.data()).toMatchObject({
      buildingId: 'b2',
      mediatorId: 'u-w1',
      partyUids: ['u-r2'],
    });

    await page.getByLabel('达成的意见').fill('双方同意各自清理楼道杂物。');
    await page.getByRole('button', { name: '添加调解记录' }).click();
    const sessions = page.getByRole('region', { name: '调解记录', exact: true });
    await sessions.getByText('双方同意各自清理楼道杂物。').waitFor();
    await sessions.getByRole('button', { name: /^更正/ }).click();
    await sessions.getByLabel('达成的意见').fill('双方同意周末前各自清理楼道杂物。');
    await sessions.getByRole('button', { name: '保存更正' }).click();
    await sessions.getByText('双方同意周末前各自清理楼道杂物。').waitFor();
    await sessions.getByText('已由 黄网格 更正').waitFor();

    await page.getByRole('link', { name: '查看原工单' }).click();
    await page.getByRole('link', { name: new RegExp(`调解案件：.*（调解中）`) }).waitFor();
  });

  it('the home puts my tickets that need a push on top, each with why', async () => {
    const now = Date.now();
    const mineLate = (
      await adminDb().collection('tickets').where('assigneeId', '==', 'u-w1').where('open', '==', true).get()
    ).docs
      .map((d) => d.data())
      .filter((t) => t.dueAt && (t.dueAt as Timestamp).toMillis() < now);
    expect(mineLate.length).toBeGreaterThan(0);
    const page = await b.asStaff('worker1@demo.shequ');
    const list = page.getByRole('list', { name: '需要我抓紧的' });
    await list.waitFor();
    const row = list.getByRole('listitem').filter({ hasText: mineLate[0]!.description as string });
    await expect.poll(() => row.innerText()).toMatch(/超期未办结|超时未受理/);
  });

  it('logs a visit to an elderly person living alone, who then moves from overdue to later on the care list', async () => {
    const page = await b.asStaff('worker1@demo.shequ');
    await page.getByRole('link', { name: '走访' }).click();
    await page.getByRole('heading', { name: '走访关爱' }).waitFor();
    // Everyone on the list, in three parts; the tag filter narrows all three.
    const overdue = page.getByRole('list', { name: /^已超期/ });
    const later = page.getByRole('list', { name: /^以后/ });
    await overdue.waitFor();
    await page.getByRole('button', { name: '独居老人' }).click();
    await expect.poll(() => overdue.getByRole('link').filter({ hasNotText: '独居老人' }).count()).toBe(0);
    const item = overdue.getByRole('link').filter({ hasText: '独居老人' }).first();
    const label = (await item.innerText()).split('\n')[0]!;
    await item.click();
    await page.getByRole('heading', { name: label }).waitFor();
    await page.getByLabel('见到了谁').fill('老人本人');
    await page.getByLabel('了解到的情况').fill('身体还好，冰箱里菜不多，已联系女儿。');
    await page.getByRole('button', { name: '保存走访记录' }).click();
    await page.getByText('走访已记录。').waitFor();
    await page.getByText('身体还好，冰箱里菜不多，已联系女儿。').waitFor();
    await page.getByRole('link', { name: '走访' }).click();
    await page.getByRole('heading', { name: '走访关爱' }).waitFor();
    // Visited today: no longer overdue, next due a full interval away.
    await later.getByRole('link').filter({ hasText: label }).filter({ hasText: '下次走访' }).waitFor();
    expect(await overdue.getByText(label, { exact: true }).count()).toBe(0);
    const visits = await adminDb()
      .collection('visits')
      .where('findings', '==', '身体还好，冰箱里菜不多，已联系女儿。')
      .get();
    expect(visits.size).toBe(1);
    expect(visits.docs[0]!.data().workerId).toBe('u-w1');
  });

  it('confirms a new resident’s address (registering the flat), and the resident can then report', async () => {
    // A resident of this test alone, asking for a flat that is not in the register yet.
    await adminAuth()
      .createUser({ uid: 'u-new', phoneNumber: '+8613800000077', displayName: '孙新' })
      .catch(() => undefined);
    await adminDb()
      .doc('users/u-new')
      .set({
        displayName: '孙新',
        role: 'resident',
        active: true,
        phone: '+8613800000077',
        email: null,
        householdId: null,
        buildingId: null,
        linkStatus: 'pending',
        link: { buildingId: 'b2', entrance: 3, flat: '603' },
        volunteer: false,
        locale: 'zh-CN',
        createdAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
    expect((await adminDb().doc('households/h-2-3-603').get()).exists).toBe(false);

    const worker = await b.asStaff('worker1@demo.shequ');
    await worker.getByRole('link', { name: '住户' }).click();
    const pending = worker.getByRole('region', { name: '2栋：待核对的住址' });
    await pending.getByText('孙新').waitFor();
    await pending.getByText('申请绑定 2栋3单元603').waitFor();
    await pending.getByRole('button', { name: '核对无误，确认' }).click();
    await worker.getByText('已确认 孙新 的住址').waitFor();
    await expect
      .poll(async () => (await adminDb().doc('users/u-new').get()).data()!.linkStatus)
      .toBe('confirmed');
    expect((await adminDb().doc('households/h-2-3-603').get()).data()).toMatchObject({
      buildingId: 'b2',
      entrance: 3,
      flat: '603',
    });

    const resident = await b.asResident('13800000077');
    await resident.getByRole('link', { name: '我要报事' }).waitFor();
    await resident.getByRole('heading', { name: '我家的报事' }).waitFor();
  });

  it('files a report for a resident who phoned, recorded as such', async () => {
    const page = await b.asStaff('worker2@demo.shequ');
    await page.goto('/register/h-3-2-402');
    await page.getByRole('link', { name: '代这户报事' }).click();
    await page.getByRole('heading', { name: '代居民报事' }).waitFor();
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByText('请填写居民姓名').waitFor();
    await page.getByLabel('居民姓名（和联系方式）').fill('刘大爷（电话）');
    await page.getByRole('radio', { name: '治安消防' }).check();
    await page.getByLabel('请描述一下问题').fill('楼道里有人给电动车充电，电线拖了一地。');
    // the flat is the household's, not "my home"
    await page.getByRole('radio', { name: /这户居民家里（3栋2单元402）/ }).waitFor();
    expect(await page.getByText(/我家里/).count()).toBe(0);
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByRole('heading', { name: '工单详情' }).waitFor();
    await page.getByText('网格员代报').waitFor();
    const saved = await adminDb()
      .collection('tickets')
      .where('description', '==', '楼道里有人给电动车充电，电线拖了一地。')
      .get();
    expect(saved.size).toBe(1);
    expect(saved.docs[0]!.data()).toMatchObject({
      viaProxy: true,
      reporterName: '刘大爷（电话）',
      reporterId: 'u-w2',
      assigneeId: 'u-w2',
    });
  });
});
