/**
 * 消息提醒: a resident chooses what reaches them by text message and sees what became of the messages sent
 * to them; the head sees the month's count and the failed sends (demo records, scripts/seed/notify.ts).
 * Screenshots for review in .test-artifacts/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signInWithEmail } from './support/auth';
import { DEMO_PASSWORD, useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const SHOTS = join(import.meta.dirname, '../.test-artifacts/screens');

describe('messages', () => {
  const b = useBrowser();

  it('a resident turns off event alerts and sets quiet hours 22–07; they are kept, and the history says what was sent', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await b.asResident('13800000001');
    await page.getByRole('link', { name: '我的' }).click();
    await page.getByRole('link', { name: '消息提醒' }).click();
    await page.getByRole('heading', { name: '消息提醒', level: 1 }).waitFor();
    await page.getByText('138****0001').waitFor();

    const events = page.getByRole('checkbox', { name: '活动候补轮到我' });
    expect(await events.isChecked()).toBe(true);
    // staff-only choices are not offered to a resident
    expect(await page.getByRole('checkbox', { name: '超期督办' }).count()).toBe(0);
    await events.uncheck();
    await page.getByRole('combobox', { name: '从' }).selectOption({ label: '22:00' });
    await page.getByRole('combobox', { name: '到' }).selectOption({ label: '07:00' });
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor();

    // the seeded records, in words
    const history = page.getByTestId('notify-history');
    await history.getByText('已发送', { exact: true }).first().waitFor();
    await history.getByText('没有发送：您关闭了这类提醒').waitFor();
    await history.getByText('今天的短信已达上限，没有发送').waitFor();
    await page.screenshot({ path: join(SHOTS, 'messages-390-zh.png'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { name: '消息提醒', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByRole('checkbox', { name: '活动候补轮到我' }).isChecked(), { timeout: 20_000 })
      .toBe(false);
    expect(await page.getByRole('checkbox', { name: '我家报事的进展' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: '从' }).inputValue()).toBe(String(22 * 60));
    expect(await page.getByRole('combobox', { name: '到' }).inputValue()).toBe(String(7 * 60));

    // 长辈版: the same screen, larger, still within the phone's width
    await page.evaluate(() =>
      localStorage.setItem('shequ.prefs', JSON.stringify({ elder: true, textSize: 'normal' })),
    );
    await page.reload();
    await page.getByTestId('notify-history').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'messages-390-elder.png'), fullPage: true });
  });

  it('saved without a connection, the choices are kept on the phone (not “saving…” for ever) and reach the server once online', async () => {
    const page = await b.asResident('13800000008'); // 赵淑珍
    await page.goto('/me/messages');
    await page.getByRole('heading', { name: '消息提醒', level: 1 }).waitFor();
    const events = page.getByRole('checkbox', { name: '活动候补轮到我' });
    await expect.poll(() => events.isChecked(), { timeout: 20_000 }).toBe(true);

    await page.context().setOffline(true);
    await page.getByText('网络已断开').waitFor();
    await events.uncheck();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: '您的选择已记在这部手机上，联网后会自动保存到社区。' })
      .waitFor();
    expect(await page.getByRole('button', { name: '正在保存…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '保存设置' }).isEnabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'messages-offline-390.png'), fullPage: true });
    expect((await adminDb().doc('notifyPrefs/u-r8').get()).exists).toBe(false);

    await page.context().setOffline(false);
    await page.getByRole('status').filter({ hasText: '已保存。以后的短信按这里的选择发送。' }).waitFor({
      timeout: 30_000,
    });
    expect((await adminDb().doc('notifyPrefs/u-r8').get()).get('sms.events')).toBe(false);
  });

  it('a grid worker reads how new reports come (urgent at once, the rest each half hour) and what 督办 covers', async () => {
    const page = await b.asStaff('worker1@demo.shequ');
    await page.goto('/me/messages');
    await page.getByRole('heading', { name: '消息提醒', level: 1 }).waitFor();
    await page
      .getByRole('checkbox', {
        name: /^我的楼栋有新报事、转给我的报事\s*紧急报事马上发，其他新报事每半小时合成一条。$/,
      })
      .waitFor();
    await page
      .getByRole('checkbox', {
        name: /^超期督办\s*报事快到期、已超期、3 天没有进展、居民 2 次反映没解决，或同一楼栋多户反映同类问题时。$/,
      })
      .waitFor();
    await page.screenshot({ path: join(SHOTS, 'messages-worker-390.png'), fullPage: true });
  });

  it('the head sees this month’s text messages, the estimated cost and the failed send to call about', async () => {
    const page = await b.page({ viewport: { width: 1366, height: 768 } });
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page.goto('/admin');
    const card = page.getByRole('region', { name: '本月短信' });
    await card.waitFor();
    await expect.poll(() => card.getByTestId('sms-failed').textContent(), { timeout: 20_000 }).toBe('1');
    expect(Number(await card.getByTestId('sms-sent').textContent())).toBeGreaterThanOrEqual(1);
    expect(await card.getByTestId('sms-cost').textContent()).toMatch(/^约 ¥\d+\.\d\d$/);
    const failed = card.getByTestId('sms-failed-list').getByRole('listitem');
    await failed.first().waitFor();
    expect(await failed.first().textContent()).toContain('138****0002');
    expect(await failed.first().textContent()).toContain('号码停机或不存在');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'sms-month-head-1366.png') });
  });
});
