/**
 * A server outage: the Firestore emulator goes away while a resident has the app open (the phone still has
 * signal, so the browser believes it is online). The app says the server cannot be reached, keeps what the
 * resident writes meanwhile, and recovers by itself when the server is back — with nothing lost from before
 * the outage or during it.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { adminDb, firestoreServer } from './support/world';

const HOUSEHOLD_TICKETS = (householdId: string) =>
  adminDb().collection('tickets').where('householdId', '==', householdId).get();

describe('server outage', () => {
  const b = useBrowser();

  it('the app shows the server is gone, keeps a report written meanwhile, and sends it when the server is back', async () => {
    const page = await b.asResident('13800000007'); // 吴芳, building 6
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    const householdId = (await adminDb().doc('users/u-r7').get()).data()!.householdId as string;
    const before = (await HOUSEHOLD_TICKETS(householdId)).docs.map((d) => d.id).sort();
    // One visit to the form while online, as a resident would have made, leaves its lists in the cache.
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '维修' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    const description = `楼道灯不亮，晚上看不见台阶 ${Date.now()}`;

    await firestoreServer('stop');
    let restarted = false;
    try {
      // Firestore's channel notices a dead server only after its own retries (~25 s here), then the app
      // waits 5 s more before it says so (a page opening from the cache must not flash a warning).
      await page.getByText('暂时连不上社区服务器').waitFor({ timeout: 60_000 });
      expect(await page.getByText('网络已断开').count()).toBe(0); // the phone itself is online

      await page.getByRole('link', { name: '我要报事' }).click();
      await page.getByRole('radio', { name: '维修' }).check();
      await page.getByRole('radio', { name: '电路 / 停电' }).check();
      await page.getByLabel('请描述一下问题').fill(description);
      await page.getByRole('button', { name: '提交报事' }).click();
      await page.getByText('已保存在手机里，联网后会自动发送。').waitFor();
      await page.getByText(description).waitFor();
      await page.getByText('等待发送').first().waitFor();

      await firestoreServer('restart');
      restarted = true;
    } finally {
      if (!restarted) await firestoreServer('restart');
    }

    // Back by itself: the warning goes, the report arrives once, and nothing from before is missing.
    await page.getByText('暂时连不上社区服务器').waitFor({ state: 'detached', timeout: 60_000 });
    await expect
      .poll(
        async () =>
          (await adminDb().collection('tickets').where('description', '==', description).get()).size,
        {
          timeout: 60_000,
        },
      )
      .toBe(1);
    const after = (await HOUSEHOLD_TICKETS(householdId)).docs.map((d) => d.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 1);
    const sent = (await adminDb().collection('tickets').where('description', '==', description).get())
      .docs[0]!;
    expect(sent.data()).toMatchObject({ status: 'submitted', categoryId: 'power', householdId });
    const timeline = await adminDb().collection(`tickets/${sent.id}/timeline`).get();
    expect(timeline.docs.map((d) => d.data().type)).toEqual(['created']);
    // The page settles by itself, without being reopened: the report shows as sent, once, and a later
    // change to it reaches the open page. (After a restart the emulator can leave the list's listener
    // without the report; the app then reads it once from the server — src/lib/settle-pending.ts.)
    await expect.poll(() => page.getByText('等待发送').count(), { timeout: 60_000 }).toBe(0);
    expect(await page.getByText(description).count()).toBe(1);
    await adminDb().doc(`tickets/${sent.id}`).update({ status: 'accepted' });
    const item = page.getByRole('listitem').filter({ hasText: description });
    await item.getByText('已受理').waitFor({ timeout: 20_000 }); // on the open list, no reload
  }, 240_000);
});
