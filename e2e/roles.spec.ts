/** Each demo role signs in in a real browser (390×844) and sees its own home with the seeded data. */
import { describe, expect, it } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const STATUS_ZH: Record<string, string> = {
  submitted: '已提交',
  accepted: '已受理',
  in_progress: '处理中',
  resolved: '已解决',
  reopened: '重新处理',
  closed: '已办结',
  cancelled: '已撤销',
  rejected: '不予受理',
};

describe('each role’s home', () => {
  const b = useBrowser();

  it('a resident signs in with phone + SMS code and sees their household’s tickets', async () => {
    const user = (await adminDb().doc('users/u-r1').get()).data()!;
    const expected = await adminDb()
      .collection('tickets')
      .where('householdId', '==', user.householdId)
      .orderBy('createdAt', 'desc')
      .limit(20)
      .get();
    expect(expected.size).toBeGreaterThan(0);

    const page = await b.asResident('13800000001');
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    const list = page.getByRole('list', { name: `共 ${expected.size} 件` });
    await list.waitFor();
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe(expected.size);
    const first = expected.docs[0]!.data();
    await expect.poll(() => items.first().innerText()).toContain(first.description);
    expect(await items.first().innerText()).toContain(STATUS_ZH[first.status]!);
    await page.getByRole('heading', { name: '王秀英，您好' }).waitFor();
  });

  it('household members see the same tickets; the ticket page shows public replies, never internal notes', async () => {
    const withNote = await adminDb().collection('tickets').where('householdId', '==', 'h-2-1-301').get();
    const ticket = withNote.docs.find(
      (d) => d.data().status === 'in_progress' || d.data().status === 'resolved',
    );
    expect(ticket, 'seed has a worked-on ticket for household h-2-1-301').toBeDefined();
    const timeline = await ticket!.ref.collection('timeline').get();
    const note = timeline.docs.find((d) => d.data().visibility === 'internal')!.data();
    const reply = timeline.docs.find((d) => d.data().type === 'accepted')!.data();

    const page = await b.asResident('13800000003'); // 李晓梅, same household as 李建国
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    await page.goto(`/tickets/${ticket!.id}`);
    await page.getByRole('heading', { name: '办理过程' }).waitFor();
    await page.getByText(reply.text as string).waitFor();
    expect(await page.getByText(note.text as string).count()).toBe(0);
    expect(await page.getByText('内部备注').count()).toBe(0);
  });

  it('a pending resident sees that their address waits for confirmation', async () => {
    const page = await b.asResident('13800000009');
    await page.getByText('住址待核对').waitFor();
    await page.getByText('您申请绑定 1栋2单元601').waitFor();
  });

  it('a volunteer sees upcoming events on their home', async () => {
    const upcoming = await adminDb()
      .collection('events')
      .where('status', '==', 'published')
      .where('endAt', '>=', Timestamp.now()) // those under way too (their volunteers check in)
      .orderBy('endAt')
      .limit(3)
      .get();
    const page = await b.asResident('13800000004');
    await page.getByRole('heading', { name: '近期活动' }).waitFor();
    for (const e of upcoming.docs) await page.getByText(e.data().title as string).waitFor();
  });

  it('a grid worker signs in with email and sees the open tickets they own, most urgent first', async () => {
    const owned = await adminDb()
      .collection('tickets')
      .where('assigneeId', '==', 'u-w1')
      .where('open', '==', true)
      .orderBy('dueAt')
      .limit(20)
      .get();
    const page = await b.asStaff('worker1@demo.shequ');
    await page.getByRole('heading', { name: '待我处理的工单' }).waitFor();
    const items = page.getByRole('list', { name: `共 ${owned.size} 件` }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(owned.size);
    expect(await items.first().innerText()).toContain(owned.docs[0]!.data().description);
    await page.getByRole('heading', { name: '我负责的楼栋' }).waitFor();
    await page.getByText('1栋', { exact: true }).waitFor();
    await page.getByText('2栋', { exact: true }).waitFor();
  });

  it('the head sees community-wide open and overdue counts and the unowned building', async () => {
    const tickets = adminDb().collection('tickets');
    const open = (await tickets.where('open', '==', true).count().get()).data().count;
    const page = await b.asStaff('head@demo.shequ');
    await page.getByRole('heading', { name: '社区概况' }).waitFor();
    await expect.poll(() => page.getByTestId('count-open').innerText()).toBe(String(open));
    const overdue = (
      await tickets.where('open', '==', true).where('dueAt', '<', Timestamp.now()).count().get()
    ).data().count;
    expect(Number(await page.getByTestId('count-overdue').innerText())).toBe(overdue);
    expect(overdue).toBeGreaterThan(0);
    // whatever the grid is right now (other tests may have changed it), the unowned ones are listed
    const unownedIds = (await adminDb().collection('buildings').where('workerId', '==', null).get()).docs.map(
      (d) => d.data().number as number,
    );
    const unowned = page.getByRole('region', { name: '无人负责的楼栋' });
    if (!unownedIds.length) await unowned.getByText('每个楼栋都有负责人。').waitFor();
    for (const n of unownedIds) await unowned.getByText(`${n}栋`, { exact: true }).waitFor();
  });

  it('a deactivated worker is told so and sees no staff screens', async () => {
    const page = await b.asStaff('worker4@demo.shequ');
    await page.getByText('您的工作人员账号已停用').waitFor();
    expect(await page.getByRole('heading', { name: '待我处理的工单' }).count()).toBe(0);
  });
});
