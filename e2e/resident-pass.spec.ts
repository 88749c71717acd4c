/**
 * What a resident still tripped over (issue 22), on a 390 px phone: "me too" never offered for one's own
 * household's report and leaving no draft; followed problems opened and unfollowed; a pending resident's
 * 我要报事 and the welcome form not a dead end; 长辈版 text at least 18 px everywhere; office hours in English
 * and phone numbers tap-to-call.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

/** Client-side navigation (no reload): the router follows popstate. */
async function navigate(page: Page, route: string) {
  if (new URL(page.url()).pathname === route) return;
  await page.evaluate((r) => {
    history.pushState({}, '', r);
    dispatchEvent(new PopStateEvent('popstate'));
  }, route);
  await expect.poll(() => new URL(page.url()).pathname).toBe(route);
}

/** A heading, and nothing still loading. */
async function settle(page: Page) {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 });
  await expect
    .poll(
      () =>
        page
          .getByRole('status')
          .filter({ hasText: /^(正在加载…|Loading…)$/ })
          .count(),
      {
        timeout: 20_000,
      },
    )
    .toBe(0);
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

/** Every visible piece of text whose computed size is under `min` px: "text (size)". */
function smallText(page: Page, min: number) {
  return page.evaluate((m) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('script, style, option, .sr-only')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      const size = parseFloat(style.fontSize);
      if (size < m - 0.01) out.push(`"${text.slice(0, 20)}" (${size}px)`);
    }
    return out;
  }, min);
}

describe('a resident on the phone', () => {
  const b = useBrowser();

  it('“me too” is never offered for the household’s own report; following leaves no draft; a followed problem opens and is unfollowed', async () => {
    const db = adminDb();
    // 李建国 and 李晓梅 share household 2-1-301. One of its open, shared reports gets its public copy (as
    // the app writes with every report), and so does another household's report of the same problem.
    const own = (await db.collection('tickets').where('householdId', '==', 'h-2-1-301').get()).docs
      .map((d) => ({ id: d.id, ...(d.data() as { open: boolean; shared: boolean; categoryId: string }) }))
      .find((x) => x.open && x.shared)!;
    const t = (await db.doc(`tickets/${own.id}`).get()).data()!;
    const copy = (area: string) => ({
      buildingId: t.buildingId,
      buildingNumber: t.buildingNumber,
      categoryId: t.categoryId,
      area,
      status: 'accepted',
      open: true,
      createdAt: new Date(),
      updatedAt: new Date(),
      followerCount: 0,
    });
    await db
      .doc(`publicTickets/${own.id}`)
      .set(copy(t.location.kind === 'common' ? t.location.area : 'flat'));
    const otherId = `e2e-other-${Date.now()}`;
    await db.doc(`publicTickets/${otherId}`).set({ ...copy('flat'), followerCount: 1 });
    const items = (await db.doc('config/categories').get()).data()!.items as Record<
      string,
      { parent: string | null; zh: string }
    >;
    const cat = items[t.categoryId]!;

    const page = await b.asResident('13800000003'); // 李晓梅
    await page.getByRole('link', { name: '我要报事' }).click();
    if (cat.parent) await page.getByRole('radio', { name: items[cat.parent]!.zh }).check();
    await page.getByRole('radio', { name: cat.zh, exact: true }).check();
    await page.getByLabel('请描述一下问题').fill('楼里同样的问题');
    const panel = page.getByRole('region', { name: '同一楼栋已有人反映了这个问题' });
    await panel.waitFor();
    // What is offered: every open public copy of this problem in this building, but the household's own.
    const open = await db
      .collection('publicTickets')
      .where('buildingId', '==', t.buildingId)
      .where('categoryId', '==', t.categoryId)
      .where('open', '==', true)
      .get();
    const ownIds = new Set(
      (await db.collection('tickets').where('householdId', '==', 'h-2-1-301').get()).docs.map((d) => d.id),
    );
    const expected = Math.min(5, open.docs.filter((d) => !ownIds.has(d.id)).length);
    expect(expected).toBeGreaterThan(0);
    expect(await panel.getByRole('listitem').count()).toBe(expected);

    // "Me too" on the other household's report: home says so, and nothing of the report is kept as a draft.
    const other = panel.getByRole('listitem').filter({ hasText: '已有 1 户也遇到了' });
    await other.getByRole('button', { name: '我也遇到了，关注进度' }).click();
    await page.getByText('已关注。进度在下面“我关注的问题”里。').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('shequ.reportDraft'))).toBeNull();
    await page.getByRole('link', { name: '我要报事' }).click();
    await expect.poll(() => page.getByLabel('请描述一下问题').inputValue()).toBe('');
    await page.goBack();

    // The followed problem opens: its public copy, nobody's details; and it can be unfollowed.
    const followed = page.getByRole('region', { name: '我关注的问题' });
    await followed.getByRole('link', { name: /查看进度 · 不再关注/ }).click();
    await page.getByRole('heading', { name: '我关注的问题', level: 1 }).waitFor();
    await page.getByText('这是其他住户反映的问题。为保护隐私，这里只显示问题类别、位置和进度。').waitFor();
    expect(await page.locator('main').innerText()).toContain('已有 2 户也遇到了');
    await page.getByRole('button', { name: '不再关注这个问题' }).click();
    await page.getByText('已不再关注这个问题。').waitFor();
    await expect.poll(() => page.getByRole('region', { name: '我关注的问题' }).count()).toBe(0);
    await expect
      .poll(async () => (await db.doc(`publicTickets/${otherId}/followers/u-r3`).get()).exists)
      .toBe(false);
    expect((await db.doc(`publicTickets/${otherId}`).get()).data()!.followerCount).toBe(1);
  });

  it('a resident waiting for address confirmation gets a way forward from 我要报事', async () => {
    const page = await b.asResident('13800000009'); // 周杰, pending
    await page.goto('/report');
    await page.getByRole('heading', { name: '我要报事', level: 1 }).waitFor();
    await page.getByText('住址待核对').waitFor();
    // (no promise of a time the app does not measure: nothing counts how long an address check takes)
    await page.getByText('核对住址没有固定的期限；想问问进展，请打下面的电话。').waitFor();
    const call = page.getByRole('link', { name: /致电社区办公室/ });
    expect(await call.getAttribute('href')).toBe('tel:07308881234');
    await page.getByRole('link', { name: '返回首页' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  });

  it('the welcome form offers 长辈版, English, the office phone and a way out of a mistyped number', async () => {
    const page = await b.asResident('13800000088'); // never seen: the welcome form (no other spec's number)
    await page.getByRole('heading', { name: '欢迎使用社区服务' }).waitFor();
    await page.getByRole('switch', { name: '长辈版：已关闭' }).click();
    await page.getByRole('switch', { name: '长辈版：已开启（大字）' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Welcome to Community Services' }).waitFor();
    const call = page.getByRole('link', { name: /community office/ });
    expect(await call.getAttribute('href')).toBe('tel:07308881234');
    await page.getByText('You signed in with 138 0000 0088.').waitFor();
    await page.getByRole('button', { name: 'Wrong number? Sign out and enter it again' }).click();
    await page.getByRole('heading', { name: 'Sign in to Community Services' }).waitFor();
  });

  it('in 长辈版 no text on a resident’s screens is under 18 px (the report’s questions too), and every screen fits 320 px and 200 % zoom', async () => {
    const page = await b.asResident('13800000004'); // 刘志强: a volunteer, with tickets, events and a record
    const routes = [
      '/',
      '/report',
      '/tickets/t0004',
      '/notices',
      '/notices/n-fee',
      '/events',
      '/events/ev-health',
      '/me',
      '/me/record',
      '/me/messages',
    ];
    const small: string[] = [];
    for (const lang of ['zh-CN', 'en']) {
      await setPrefs(page, lang, true);
      await page.goto('/');
      for (const route of routes) {
        await navigate(page, route);
        await settle(page);
        small.push(...(await smallText(page, 18)).map((x) => `${lang} ${route}: ${x}`));
      }
      // The report form's questions for a leak: a typed one (哪个房间？) set as large as a choice's (还在漏吗？).
      await navigate(page, '/report');
      await settle(page);
      const zh = lang === 'zh-CN';
      await page.getByRole('radio', { name: zh ? '维修' : 'Repairs', exact: true }).check();
      await page.getByRole('radio', { name: zh ? '漏水 / 渗水' : 'Leak / seepage' }).check();
      const typed = page.locator('label', { hasText: zh ? '哪个房间？' : 'Which room?' });
      const choice = page.locator('legend', { hasText: zh ? '现在还在漏吗？' : 'Is it still leaking?' });
      await typed.waitFor();
      small.push(...(await smallText(page, 18)).map((x) => `${lang} /report questions: ${x}`));
      const look = (el: Element) => {
        const s = getComputedStyle(el);
        return `${s.fontSize} ${s.fontWeight} ${s.color}`;
      };
      expect(await typed.evaluate(look), `${lang}: a typed question looks like a choice question`).toBe(
        await choice.evaluate(look),
      );
    }
    expect(small).toEqual([]);

    // Wider than the screen: a phone's browser widens its layout viewport to the content (innerWidth grows
    // with it), so the page is measured against the screen's own width.
    const wide: string[] = [];
    for (const lang of ['zh-CN', 'en']) {
      await setPrefs(page, lang, true);
      for (const [width, zoom] of [
        [320, 1],
        [390, 2],
      ] as const) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto('/');
        await page.evaluate((z) => void (document.documentElement.style.zoom = String(z)), zoom);
        for (const route of routes) {
          await navigate(page, route);
          await settle(page);
          const over = await page.evaluate(
            (w) => Math.max(document.documentElement.scrollWidth, window.innerWidth) > w + 1,
            width,
          );
          if (over) wide.push(`${lang} ${route} at ${zoom === 1 ? `${width} px` : '200 %'}`);
        }
      }
    }
    expect(wide).toEqual([]);
  }, 300_000);

  it('at 320 px in 长辈版, in English, a photo to send keeps its remove button under it, inside its column, a full tap target', async () => {
    const page = await b.asResident('13800000001', { viewport: { width: 320, height: 800 } });
    await setPrefs(page, 'en', true);
    await page.goto('/report');
    await page.getByRole('heading', { name: 'Report a problem', level: 1 }).waitFor();
    // (a photo of the screen itself will do)
    const photo = await page.screenshot({ type: 'jpeg', clip: { x: 0, y: 0, width: 320, height: 240 } });
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'p.jpg', mimeType: 'image/jpeg', buffer: photo });
    const img = page.getByAltText('Photo 1 to send');
    await img.waitFor({ timeout: 20_000 });
    const remove = page.getByRole('button', { name: 'Remove photo 1' });
    const [i, r] = [(await img.boundingBox())!, (await remove.boundingBox())!];
    expect(r.x).toBeGreaterThanOrEqual(i.x - 0.5);
    expect(r.x + r.width).toBeLessThanOrEqual(i.x + i.width + 0.5);
    expect(r.y).toBeGreaterThanOrEqual(i.y + i.height - 0.5); // under the photo, not over it
    expect(r.height).toBeGreaterThanOrEqual(60);
    expect(r.width).toBeGreaterThanOrEqual(60);
  });

  it('in English the office hours are English; phone numbers on the office card and in notices are tap-to-call', async () => {
    const page = await b.asResident('13800000001');
    await setPrefs(page, 'en', false);
    await page.goto('/');
    const card = page.getByRole('link', { name: /Call the community office/ });
    await card.waitFor();
    expect(await card.innerText()).toContain('(Mon–Fri 8:00–17:30)');
    expect(await card.getAttribute('href')).toBe('tel:07308881234');
    await page.goto('/notices/n-fee');
    const inText = page.getByRole('link', { name: '0730-8881234' });
    expect(await inText.getAttribute('href')).toBe('tel:07308881234');
  });

  it('a notice and a worker’s reply are read aloud on request, with the phone’s Chinese voice, slowly', async () => {
    const page = await b.asResident('13800000001');
    // The phone's speech engine, as a stand-in that keeps what it was asked to say (headless chromium has no
    // voices); its Chinese voice arrives a moment after the page, as on many phones.
    await page.addInitScript(() => {
      const listeners = new Set<() => void>();
      let voices: { lang: string; voiceURI: string; name: string }[] = [];
      const spoken: { text: string; lang: string; rate: number }[] = [];
      Object.assign(window, {
        __spoken: spoken,
        SpeechSynthesisUtterance: class {
          lang = '';
          rate = 1;
          voice = null;
          constructor(readonly text: string) {}
        },
      });
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => voices,
          addEventListener: (_: string, fn: () => void) => listeners.add(fn),
          removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
          speak: (u: { text: string; lang: string; rate: number }) =>
            spoken.push({ text: u.text, lang: u.lang, rate: u.rate }),
          cancel: () => undefined,
        },
      });
      setTimeout(() => {
        voices = [{ lang: 'zh-CN', voiceURI: 'zh', name: 'Chinese' }];
        listeners.forEach((l) => l());
      }, 300);
    });
    await page.goto('/notices/n-fee');
    await page.getByRole('button', { name: '🔊 朗读' }).click();
    await page.getByRole('button', { name: '⏹ 停止朗读' }).waitFor();
    const spoken = (await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken)) as {
      text: string;
      lang: string;
      rate: number;
    }[];
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.text).toMatch(/^关于 2026 年度物业管理服务收费标准的公告。\n根据市发改委/);
    expect(spoken[0]!.lang).toBe('zh-CN');
    expect(spoken[0]!.rate).toBeLessThan(1);
  });
});
