/**
 * Report by voice (issue 22): a resident who cannot type records a short voice message in the report form
 * (chromium's fake microphone plays a tone), listens back, finds it again in the draft, sends it with no
 * words; the resident and the building's worker play it on the ticket. Offline, it is kept with the report
 * and arrives once back online.
 * A refused microphone is explained in words; a phone that cannot record is offered no button. At 320 px and
 * in 长辈版 nothing runs off the screen; axe finds nothing in the recorder's and the player's states. The form
 * and the ticket are photographed at 390 px.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FAKE_MICROPHONE } from './support/browser';
import { useBrowser } from './support/fixtures';
import { adminAuth, adminDb } from './support/world';

const b = useBrowser({ args: FAKE_MICROPHONE });
const shots = join(import.meta.dirname, '../.test-artifacts/voice');

async function uidOf(phone: string) {
  return (await adminAuth().getUserByPhoneNumber(`+86${phone}`)).uid;
}

/** The tickets `uid` reported since `since` that carry a voice message. */
async function voiceTickets(uid: string, since: number) {
  const snap = await adminDb().collection('tickets').where('reporterId', '==', uid).get();
  return snap.docs.filter(
    (d) => d.get('voiceSeconds') != null && d.get('clientCreatedAt').toMillis() >= since,
  );
}

/** Records about two seconds: the time runs against the limit, then it can be played back. */
async function recordTwoSeconds(page: Page) {
  await page.getByRole('button', { name: '开始录音' }).click();
  await page.getByText(/^录音中 0:0\d \/ 60 秒$/).waitFor();
  await page.getByText('录音中 0:02 / 60 秒').waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: '停止录音' }).click();
  await page.getByText(/^已录好 0:0[23]，可以点播放听一听$/).waitFor();
}

/** The voice message's player: a labelled <audio> whose source is the recording, that plays. */
async function expectPlayer(page: Page, label: RegExp) {
  const player = page.getByLabel(label);
  await player.waitFor({ timeout: 15_000 });
  expect(await player.evaluate((a) => a.tagName)).toBe('AUDIO');
  expect(await player.getAttribute('controls')).not.toBeNull();
  expect(await player.getAttribute('src')).toMatch(/^data:audio\/webm;base64,[A-Za-z0-9+/=]{1000,}$/);
  // it decodes: played (muted), its time moves on
  await player.evaluate((a: HTMLAudioElement) => {
    a.muted = true;
    return a.play();
  });
  await expect
    .poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0.2);
}

/** What axe-core finds against WCAG 2.2 A/AA on the page as it is now (as e2e/a11y.spec.ts asks). */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Nothing wider than the screen. */
async function expectNoOverflow(page: Page) {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
}

/** After the first visit the service worker controls the page (so a reload works offline). */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
    .toBe(true);
}

describe('report by voice', () => {
  it('a resident records a message and sends it with no words; the resident and the worker play it', async () => {
    const since = Date.now() - 60_000;
    const page = await b.asResident('13800000007'); // 吴芳, building 6
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '其他', exact: true }).check();
    // nothing said and nothing typed: words are asked for
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByText('请写几句话说明问题').waitFor();

    await recordTwoSeconds(page);
    // (a missing description is no longer marked)
    expect(await page.getByText('请写几句话说明问题').count()).toBe(0);
    await page.getByText('已有语音留言，这里可以不写').waitFor();
    await expectPlayer(page, /^语音留言，时长 0:0[23]$/);
    // recorded again, deleted, recorded again: the last one is what is sent
    await page.getByRole('button', { name: '删除录音' }).click();
    await page.getByRole('button', { name: '开始录音' }).waitFor();
    await recordTwoSeconds(page);
    // kept as a draft: leaving the form and coming back finds the recording (and the category) again
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByText(/^已录好 0:0[23]，可以点播放听一听$/).waitFor({ timeout: 10_000 });
    expect(await page.getByRole('radio', { name: '其他', exact: true }).isChecked()).toBe(true);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'form-recorded-390.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);
    expect(await page.getByLabel('请描述一下问题').inputValue()).toBe('');
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByText('已提交。网格员处理时，这里会更新进度。').waitFor();

    const uid = await uidOf('13800000007');
    await expect.poll(async () => (await voiceTickets(uid, since)).length, { timeout: 20_000 }).toBe(1);
    const ticket = (await voiceTickets(uid, since))[0]!;
    expect(ticket.get('description')).toBe('');
    const seconds = ticket.get('voiceSeconds') as number;
    expect([2, 3]).toContain(seconds);
    const voice = (await adminDb().doc(`tickets/${ticket.id}/voice/v1`).get()).data()!;
    expect(voice).toMatchObject({ seconds, authorId: uid });
    expect(voice.dataUrl).toMatch(/^data:audio\/webm;base64,/);

    // the household's list says what it is; the ticket plays it
    const card = page.getByRole('link').filter({ hasText: `语音留言 0:0${seconds}` });
    await card.click();
    await page.getByRole('heading', { name: `语音留言 时长 0:0${seconds}` }).waitFor();
    await expectPlayer(page, new RegExp(`^语音留言，时长 0:0${seconds}$`));
    await page.screenshot({ path: join(shots, 'ticket-resident-390.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);

    // the building's worker hears it too
    const worker = (
      await adminDb()
        .doc(`users/${ticket.get('assigneeId') as string}`)
        .get()
    ).get('email') as string;
    const staff = await b.asStaff(worker);
    await staff.goto(`/tickets/${ticket.id}`);
    await staff.getByRole('heading', { name: `语音留言 时长 0:0${seconds}` }).waitFor();
    await expectPlayer(staff, new RegExp(`^语音留言，时长 0:0${seconds}$`));
    await staff.screenshot({ path: join(shots, 'ticket-worker-390.png'), fullPage: true });
  });

  it('recorded and sent offline, it waits on the phone with the report and arrives once back online', async () => {
    const since = Date.now() - 60_000;
    const page = await b.asResident('13800000006'); // 杨明, building 5
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();
    await waitForServiceWorker(page);
    // One online visit to the form (as a resident would have made) leaves what it needs in the cache.
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('button', { name: '开始录音' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: '我家的报事' }).waitFor();

    await page.context().setOffline(true);
    await page.getByText('网络已断开').waitFor();
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '其他', exact: true }).check();
    await recordTwoSeconds(page);
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByText('已保存在手机里，联网后会自动发送。').waitFor();
    const waiting = page
      .getByRole('list', { name: /^共 \d+ 件$/ })
      .getByRole('link')
      .filter({ hasText: /语音留言 0:0[23]/ });
    await expect.poll(() => waiting.innerText(), { timeout: 15_000 }).toContain('等待发送');
    const uid = await uidOf('13800000006');
    expect(await voiceTickets(uid, since)).toEqual([]);

    await page.context().setOffline(false);
    await expect.poll(async () => (await voiceTickets(uid, since)).length, { timeout: 30_000 }).toBe(1);
    const ticket = (await voiceTickets(uid, since))[0]!;
    await expect
      .poll(async () => (await adminDb().doc(`tickets/${ticket.id}/voice/v1`).get()).get('seconds'), {
        timeout: 15_000,
      })
      .toBe(ticket.get('voiceSeconds'));
    await expect.poll(() => waiting.innerText(), { timeout: 15_000 }).toContain('已提交');
    await waiting.click();
    await expectPlayer(page, /^语音留言，时长 0:0[23]$/);
  });

  it('a refused microphone says how to allow it or type instead; a phone that cannot record is offered no button', async () => {
    const denied = await b.asResident('13800000003'); // 李晓梅
    await denied.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await denied.reload();
    await denied.getByRole('link', { name: '我要报事' }).click();
    await denied.getByRole('button', { name: '开始录音' }).click();
    await denied.getByRole('alert').filter({ hasText: '没有话筒权限' }).waitFor();
    const said = await denied.getByRole('alert').filter({ hasText: '没有话筒权限' }).innerText();
    expect(said).toContain('“麦克风”改为“允许”');
    expect(said).toContain('也可以直接在上面打字说明');
    // the form goes on: typed instead
    await denied.getByRole('radio', { name: '其他', exact: true }).check();
    await denied.getByLabel('请描述一下问题').fill(`楼道灯不亮 ${Date.now()}`);
    expect(await denied.getByRole('button', { name: '提交报事' }).isEnabled()).toBe(true);

    const old = await b.asResident('13800000001'); // 王秀英
    await old.addInitScript(() => {
      // @ts-expect-error — a browser without MediaRecorder
      delete window.MediaRecorder;
    });
    await old.reload();
    await old.getByRole('link', { name: '我要报事' }).click();
    await old.getByRole('radio', { name: '其他', exact: true }).waitFor();
    await old.getByRole('button', { name: '提交报事' }).waitFor();
    expect(await old.getByRole('button', { name: '开始录音' }).count()).toBe(0);
    expect(await old.getByText('语音留言').count()).toBe(0);
  });

  it('at 320 px in 长辈版, the recorder and the ticket’s player fit the screen with big buttons', async () => {
    const since = Date.now() - 60_000;
    const page = await b.asResident('13800000002', { viewport: { width: 320, height: 640 } }); // 李建国
    await page.evaluate(() =>
      localStorage.setItem('shequ.prefs', JSON.stringify({ elder: true, textSize: 'normal' })),
    );
    await page.reload();
    await page.getByRole('link', { name: '我要报事' }).click();
    const start = page.getByRole('button', { name: '开始录音' });
    await start.waitFor();
    expect((await start.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    await expectNoOverflow(page);
    await page.getByRole('radio', { name: '其他', exact: true }).check();
    await page.getByRole('button', { name: '开始录音' }).click();
    await page.getByText('录音中 0:01 / 60 秒').waitFor({ timeout: 10_000 });
    await expectNoOverflow(page);
    const stop = page.getByRole('button', { name: '停止录音' });
    expect((await stop.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    await page.getByText('录音中 0:02 / 60 秒').waitFor({ timeout: 10_000 });
    await stop.click();
    await page.getByText(/^已录好 0:0[23]/).waitFor();
    await expectNoOverflow(page);
    for (const name of ['重新录', '删除录音'])
      expect((await page.getByRole('button', { name }).boundingBox())!.height).toBeGreaterThanOrEqual(60);
    await page.screenshot({ path: join(shots, 'form-elder-320.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByText('已提交。网格员处理时，这里会更新进度。').waitFor();

    const uid = await uidOf('13800000002');
    await expect.poll(async () => (await voiceTickets(uid, since)).length, { timeout: 20_000 }).toBe(1);
    const ticket = (await voiceTickets(uid, since))[0]!;
    await page.goto(`/tickets/${ticket.id}`);
    await expectPlayer(page, /^语音留言，时长 0:0[23]$/);
    await expectNoOverflow(page);
    await page.screenshot({ path: join(shots, 'ticket-elder-320.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);
  });
});
