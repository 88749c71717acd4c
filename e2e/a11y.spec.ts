/**
 * Everyone can use it: axe-core finds no WCAG 2.2 A/AA violation on any route, signed in as each role, in
 * both languages and both modes (normal and 长辈版; staff screens in each once, below); tap targets are big enough for the mode; resident
 * routes work at 320 px and at 200 % zoom without horizontal scrolling (screenshots kept for review).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInWithEmail, signInWithPhone } from './support/auth';
import { DEMO_PASSWORD, useBrowser } from './support/fixtures';

const SHOTS = join(import.meta.dirname, '../.test-artifacts/screens');
const MODES = [
  { lang: 'zh-CN', elder: false },
  { lang: 'zh-CN', elder: true },
  { lang: 'en', elder: false },
  { lang: 'en', elder: true },
] as const;

/**
 * Staff screens (a worker's, the head's) are checked in each language and each mode once — Chinese as it is
 * and English in 长辈版 — rather than in all four pairings: what a mode or a language changes (sizes,
 * colours, the page's language, longer words) is met either way, at half the time. Residents' screens, the
 * public's, are checked in all four.
 */
const STAFF_MODES = [MODES[0], MODES[3]];
/** The waiting resident's two screens, in the other two pairings (Chinese 长辈版, English as it is). */
const PENDING_MODES = [MODES[1], MODES[2]];

const ROUTES = {
  resident: [
    '/',
    '/report',
    '/tickets/t0001',
    '/notices',
    '/notices/n-fee',
    '/events',
    '/events/ev-health',
    '/me',
    '/me/messages',
    '/mediation',
  ],
  volunteer: ['/', '/me/record'],
  /** A resident whose address the grid worker has not confirmed yet (the demo's 周杰). */
  pending: ['/', '/report'],
  worker: [
    '/',
    '/work',
    '/register',
    '/register/h-1-1-101',
    '/care',
    '/tickets/t0001',
    '/work/report/h-1-1-101',
    '/audit',
    '/events/ev-health/roster',
  ],
  head: [
    '/',
    '/admin',
    '/admin/staff',
    '/admin/categories',
    '/admin/notices',
    '/events/new',
    '/events/ev-health/edit',
    '/mediation/new',
    '/audit',
  ],
};

/** Client-side navigation (no reload): the router follows popstate. */
async function navigate(page: Page, route: string) {
  if (new URL(page.url()).pathname === route) return;
  await page.evaluate((r) => {
    history.pushState({}, '', r);
    dispatchEvent(new PopStateEvent('popstate'));
  }, route);
  await expect.poll(() => new URL(page.url()).pathname).toBe(route);
}

async function setPrefs(page: Page, lang: string, elder: boolean) {
  await page.evaluate(
    ([l, e]) => {
      localStorage.setItem('shequ.lang', l as string);
      localStorage.setItem('shequ.prefs', JSON.stringify({ elder: e, textSize: 'normal' }));
    },
    [lang, elder] as const,
  );
}

/** Waits until the screen has settled: a heading, and nothing still loading. */
async function settle(page: Page) {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 });
  await expect
    .poll(
      () =>
        page
          .getByRole('status')
          .filter({ hasText: /^(正在加载…|Loading…)$/ })
          .count(),
      { timeout: 20_000 },
    )
    .toBe(0);
}

async function audit(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const problems = result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  return problems;
}

/** Every button, link, input and switch people tap is at least `min` CSS px in both directions. */
async function smallTargets(page: Page, min: number) {
  return page.evaluate((m) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'main button, main a, main select, main input:not([type=checkbox]):not([type=radio]):not([type=file]), main [role=switch], nav a',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.sr-only')) continue;
      if (el.tagName === 'A' && el.closest('p, li, td, dd') && !el.classList.contains('tap')) continue; // links inside text
      if (r.height < m - 0.5 || r.width < m - 0.5)
        out.push(
          `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return out;
  }, min);
}

describe('accessibility', () => {
  const b = useBrowser();

  it('the sign-in screen has no violations in either language or mode', async () => {
    const page = await b.page();
    await page.goto('/signin');
    const problems: string[] = [];
    for (const m of MODES) {
      await setPrefs(page, m.lang, m.elder);
      await page.goto('/signin');
      await settle(page);
      problems.push(...(await audit(page, `/signin ${m.lang} elder=${m.elder}`)));
      problems.push(
        ...(await smallTargets(page, m.elder ? 60 : 44)).map(
          (x) => `/signin ${m.lang} elder=${m.elder}: small target ${x}`,
        ),
      );
    }
    expect(problems).toEqual([]);
  });

  for (const [role, routes] of Object.entries(ROUTES)) {
    const modes =
      role === 'worker' || role === 'head' ? STAFF_MODES : role === 'pending' ? PENDING_MODES : MODES;
    it(`every ${role} route has no violations, in ${modes.length === 4 ? 'both languages × both modes' : 'each language and each mode'}`, async () => {
      const page = await b.page();
      if (role === 'resident')
        await signInWithPhone(page, { authPort: b.e2e.authPort, projectId: b.e2e.projectId }, '13800000001');
      else if (role === 'volunteer')
        await signInWithPhone(page, { authPort: b.e2e.authPort, projectId: b.e2e.projectId }, '13800000004');
      else if (role === 'pending')
        await signInWithPhone(page, { authPort: b.e2e.authPort, projectId: b.e2e.projectId }, '13800000009');
      else
        await signInWithEmail(
          page,
          role === 'head' ? 'head@demo.shequ' : 'worker1@demo.shequ',
          DEMO_PASSWORD,
        );
      const problems: string[] = [];
      for (const m of modes) {
        await setPrefs(page, m.lang, m.elder);
        await page.goto(routes[0]!);
        for (const route of routes) {
          await navigate(page, route);
          await settle(page);
          const where = `${role} ${route} ${m.lang}${m.elder ? ' 长辈版' : ''}`;
          problems.push(...(await audit(page, where)));
          problems.push(
            ...(await smallTargets(page, m.elder ? 60 : 44)).map((x) => `${where}: small target ${x}`),
          );
        }
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }

  it('resident screens fit 320 px and 200 % zoom without horizontal scrolling', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await b.page({ viewport: { width: 320, height: 640 } });
    await signInWithPhone(page, { authPort: b.e2e.authPort, projectId: b.e2e.projectId }, '13800000001');
    const overflow: string[] = [];
    await page.goto('/');
    for (const zoom of [1, 2]) {
      await page.setViewportSize(zoom === 1 ? { width: 320, height: 640 } : { width: 390, height: 844 });
      await page.evaluate((z) => void (document.documentElement.style.zoom = String(z)), zoom);
      for (const route of ROUTES.resident) {
        await navigate(page, route);
        await settle(page);
        // (a phone's browser widens its layout viewport to content that overflows, innerWidth with it: the
        // page is measured against the screen's own width)
        const wide = await page.evaluate(
          (w) => Math.max(document.documentElement.scrollWidth, window.innerWidth) > w + 1,
          zoom === 1 ? 320 : 390,
        );
        if (wide) overflow.push(`${route} at ${zoom === 1 ? '320px' : '200%'}`);
        await page.screenshot({
          path: join(SHOTS, `${route.replace(/\W+/g, '_') || 'home'}-${zoom === 1 ? '320' : 'zoom200'}.png`),
          fullPage: true,
        });
      }
    }
    expect(overflow).toEqual([]);
  }, 300_000);
});
