import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { signInWithEmail, signInWithPhone } from './auth';
import { launch, phoneContext } from './browser';
import { closeAdmin } from './world';

export const DEMO_PASSWORD = 'shequ-demo-2026';

/**
 * One browser per test file (with `args`, more switches for it), a fresh phone-sized context per test; pages
 * log their errors to the test.
 */
export function useBrowser({ args = [] }: { args?: string[] } = {}) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // A message missing from what a screen loaded shows the person its key ("actions.reply"): every page
  // reports them (src/i18n/index.ts logs each), and a test that met one fails.
  const missing = new Set<string>();
  beforeAll(async () => {
    browser = await launch(args);
  });
  afterEach(async (ctx) => {
    const met = [...missing];
    missing.clear();
    // A failed test leaves screenshots of every page it had open in .test-artifacts/failures/.
    if (ctx.task.result?.state === 'fail') {
      const dir = join(import.meta.dirname, '../../.test-artifacts/failures');
      mkdirSync(dir, { recursive: true });
      let n = 0;
      for (const c of contexts) {
        for (const p of c.pages()) {
          const name = `${ctx.task.name.replace(/[^\w\u4e00-\u9fff]+/g, '_').slice(0, 60)}-${++n}.png`;
          await p.screenshot({ path: join(dir, name), fullPage: true }).catch(() => undefined);
        }
      }
    }
    for (const c of contexts.splice(0)) await c.close();
    expect(met, 'messages missing on a screen').toEqual([]);
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
      page.on('console', (m) => {
        if (m.type() === 'error' && m.text().startsWith('[i18n] missing message')) missing.add(m.text());
      });
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
