/**
 * Events on phones: a volunteer takes the last steward place, the next one goes on the waiting list, a
 * cancellation promotes them live; a volunteer checks in with the organiser's code; staff check a volunteer
 * in and certify the hours; the record shows them.
 */
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const HOUR = 3_600_000;

async function makeEvent(id: string, startInMs: number, over: Record<string, unknown> = {}) {
  const start = Date.now() + startInMs;
  await adminDb()
    .doc(`events/${id}`)
    .set({
      title: `测试活动 ${id}`,
      description: '端到端测试用的活动',
      place: '社区活动中心',
      coverDataUrl: null,
      startAt: Timestamp.fromMillis(start),
      endAt: Timestamp.fromMillis(start + 2 * HOUR),
      signupDeadline: Timestamp.fromMillis(start - HOUR),
      status: 'published',
      capacity: 10,
      confirmed: 0,
      waitlist: [],
      seq: 0,
      roles: { steward: { name: '引导员', capacity: 1, confirmed: 0, waitlist: [] } },
      createdBy: 'u-head',
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      ...over,
    });
}

describe('community events', () => {
  const b = useBrowser();

  it('a full role puts the next volunteer on the waiting list; a cancellation promotes them live', async () => {
    await makeEvent('e2e-race', 3 * 24 * HOUR);
    const first = await b.asResident('13800000004'); // 刘志强, volunteer
    await first.goto('/events/e2e-race');
    await first.getByRole('button', { name: /报名做引导员/ }).click();
    await first.getByText('已报名做引导员，名额已确认').waitFor();

    const second = await b.asResident('13800000005'); // 陈丽, volunteer
    await second.goto('/events/e2e-race');
    await second.getByRole('heading', { name: '测试活动 e2e-race' }).waitFor();
    // the full role says, before it is pressed, that this sign-up joins the waiting list
    await second.getByRole('button', { name: '报名做引导员 · 已满，报名即排队候补' }).click();
    await second.getByText('报名做引导员，候补第 1 位').waitFor(); // which role it waits for, too

    first.on('dialog', (d) => void d.accept());
    await first.getByRole('button', { name: '取消报名' }).click();
    await second.getByText('已报名做引导员，名额已确认').waitFor({ timeout: 15_000 }); // live, no reload
    const event = (await adminDb().doc('events/e2e-race').get()).data()!;
    expect(event.roles.steward).toMatchObject({ confirmed: 1, waitlist: [] });
    expect((await adminDb().doc('events/e2e-race/signups/u-r5').get()).data()!.status).toBe('confirmed');
    // the events list marks my own place
    await second.goto('/events');
    await second
      .getByRole('link', { name: /测试活动 e2e-race/ })
      .filter({ hasText: '已报名做引导员' })
      .waitFor();
  });

  it('the organiser shows the day’s code; the volunteer enters it on the phone and is checked in', async () => {
    // Under way: started half an hour ago, 刘志强 confirmed as steward.
    await makeEvent('e2e-checkin', -HOUR / 2, {
      seq: 1,
      roles: { steward: { name: '引导员', capacity: 1, confirmed: 1, waitlist: [] } },
    });
    await adminDb()
      .doc('events/e2e-checkin/signups/u-r4')
      .set({
        uid: 'u-r4',
        name: '刘志强',
        roleId: 'steward',
        seq: 1,
        status: 'confirmed',
        createdAt: FieldValue.serverTimestamp(),
        checkedInAt: null,
        hours: null,
        hoursConfirmedBy: null,
        hoursConfirmedAt: null,
        eventTitle: '测试活动 e2e-checkin',
        eventStartAt: Timestamp.fromMillis(Date.now() - HOUR / 2),
      });
    const staff = await b.asStaff('worker3@demo.shequ');
    await staff.goto('/events/e2e-checkin/roster');
    await staff.getByRole('button', { name: '显示签到码' }).click();
    const code = (await staff.getByTestId('checkin-code').textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);

    const volunteer = await b.asResident('13800000004'); // 390 px wide
    await volunteer.goto('/events/e2e-checkin');
    const field = volunteer.getByLabel('签到码（6 位数字）');
    await field.fill(code.slice(0, 5) + String((Number(code[5]) + 1) % 10));
    await volunteer.getByRole('button', { name: '签到', exact: true }).click();
    await volunteer.getByRole('alert').filter({ hasText: '签到没有成功：签到码不对' }).waitFor();
    await field.fill(code);
    await volunteer.getByRole('button', { name: '签到', exact: true }).click();
    await volunteer.getByTestId('checked-in').filter({ hasText: '已签到' }).waitFor();
    expect((await adminDb().doc('events/e2e-checkin/signups/u-r4').get()).data()!.checkedInAt).toBeTruthy();
    await staff.getByText(/已签到/).waitFor(); // the roster shows it live
  });

  it('staff check a volunteer in and certify the hours; the volunteer’s record shows them', async () => {
    // An event that ended an hour ago, with 杨明 confirmed as steward but not yet checked in.
    await makeEvent('e2e-done', -3 * HOUR, {
      seq: 1,
      roles: { steward: { name: '引导员', capacity: 1, confirmed: 1, waitlist: [] } },
    });
    await adminDb()
      .doc('events/e2e-done/signups/u-r6')
      .set({
        uid: 'u-r6',
        name: '杨明',
        roleId: 'steward',
        seq: 1,
        status: 'confirmed',
        createdAt: FieldValue.serverTimestamp(),
        checkedInAt: null,
        hours: null,
        hoursConfirmedBy: null,
        hoursConfirmedAt: null,
        eventTitle: '测试活动 e2e-done',
        eventStartAt: Timestamp.fromMillis(Date.now() - 3 * HOUR),
      });
    const before = await adminDb().collectionGroup('signups').where('uid', '==', 'u-r6').get();
    const certifiedBefore = before.docs.reduce(
      (s, d) => s + (d.data().hoursConfirmedBy ? (d.data().hours as number) : 0),
      0,
    );

    const staff = await b.asStaff('worker3@demo.shequ');
    await staff.goto('/events/e2e-done/roster');
    await staff.getByRole('button', { name: '签到 杨明' }).click();
    await staff.getByText(/已签到/).waitFor();
    await staff.getByLabel('服务时长（小时）：杨明').fill('2.5');
    await staff.getByRole('button', { name: '认证时长' }).click();
    await staff.getByText('已认证 2.5 小时').waitFor();
    await expect
      .poll(async () => (await adminDb().doc('events/e2e-done/signups/u-r6').get()).data()!.hoursConfirmedBy)
      .toBe('u-w3');
    expect((await adminDb().doc('events/e2e-done/signups/u-r6').get()).data()!.hours).toBe(2.5);

    const volunteer = await b.asResident('13800000006');
    await volunteer.goto('/me/record');
    const total = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(certifiedBefore + 2.5);
    await volunteer
      .getByTestId('record-total')
      .filter({ hasText: `累计认证时长：${total} 小时` })
      .waitFor();
    await volunteer.getByRole('cell', { name: '测试活动 e2e-done' }).waitFor();
  });
});
