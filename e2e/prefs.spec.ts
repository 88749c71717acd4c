/** Language and 长辈版 switch in a real browser, and both are remembered across a reload. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';

describe('language and large-text mode', () => {
  const b = useBrowser();

  it('switches the sign-in page to English and back, and remembers the choice', async () => {
    const page = await b.page();
    await page.goto('/signin');
    await page.getByRole('heading', { name: '登录社区服务' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in to Community Services' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Community Services' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '登录社区服务' }).waitFor();
  });

  it('while the code downloads the page says it is loading, in the language chosen, then shows the screen', async () => {
    const page = await b.page();
    // React's chunk held back, as on a weak connection: what the page shows comes from the HTML alone.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/assets/vendor-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/signin', { waitUntil: 'commit' });
    await page.getByRole('status').filter({ hasText: '正在加载…' }).waitFor();

    await page.evaluate(() => localStorage.setItem('shequ.lang', 'en'));
    await page.reload({ waitUntil: 'commit' });
    await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    release();
    await page.getByRole('heading', { name: 'Sign in to Community Services' }).waitFor();
    await expect.poll(() => page.getByText('Loading…').count()).toBe(0);
  });

  it('长辈版 makes body text at least 18 px and tap targets at least 60 px, and stays on', async () => {
    const page = await b.page();
    await page.goto('/signin');
    const fontSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize));
    const buttonHeight = () =>
      page.getByRole('button', { name: '获取验证码' }).evaluate((el) => el.getBoundingClientRect().height);
    expect(await buttonHeight()).toBeGreaterThanOrEqual(44);
    await page.getByRole('switch', { name: '长辈版：已关闭' }).click();
    await page.getByRole('switch', { name: '长辈版：已开启（大字）' }).waitFor();
    expect(await fontSize()).toBeGreaterThanOrEqual(18);
    expect(await buttonHeight()).toBeGreaterThanOrEqual(60);
    await page.reload();
    await page.getByRole('switch', { name: '长辈版：已开启（大字）' }).waitFor();
    expect(await fontSize()).toBeGreaterThanOrEqual(18);
  });

  it('a signed-in resident uses the app in English', async () => {
    const page = await b.asResident('13800000002');
    await page.getByRole('link', { name: '我的' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Me' }).waitFor();
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'My household’s reports' }).waitFor();
  });
});
