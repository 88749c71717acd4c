import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { signInWithEmail, signInWithPhone } from './auth';
import { launch, phoneContext } from './browser';
import { closeAdmin } from './world';

export const DEMO_PASSWORD = 'shequ-demo-2026';

/** One browser per test file, a fresh phone-sized context per test; pages log their errors to the test. */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });
  afterAll(async () => {
    await browser?.close();
    await closeAdmin();
  });
  const e2e = inject('e2e');
  return {
    e2e,
    async page(extra: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
      const context = await phoneContext(browser, e2e.baseURL, extra);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));
      return page;
    },
    async asResident(phone: string, extra: Parameters<Browser['newContext']>[0] = {}) {
      const page = await this.page(extra);
      await signInWithPhone(page, { authPort: e2e.authPort, projectId: e2e.projectId }, phone);
      return page;
    },
    async asStaff(email: string) {
      const page = await this.page();
      await signInWithEmail(page, email, DEMO_PASSWORD);
      return page;
    },
  };
}
