/**
 * The community head on a desk: the dashboard's figures equal what the tickets themselves say; an unowned
 * building given to a worker brings its tickets to that worker; three households reporting the same problem
 * raise an early warning; the CSV export holds the period's tickets in words a person reads.
 */
import { readFileSync } from 'node:fs';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { signInWithEmail } from './support/auth';
import { DEMO_PASSWORD, useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const DESK = {
  viewport: { width: 1280, height: 900 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
};

/**
 * The start of this month on the community's calendar (China Standard Time, UTC+8, as the dashboard
 * counts): between 16:00 UTC and midnight UTC on a month's last day it is already the next month there.
 */
function monthStart(now = new Date()) {
  const CST = 8 * 3_600_000;
  const c = new Date(now.getTime() + CST);
  return new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), 1) - CST);
}

describe('community head', () => {
  const b = useBrowser();

  it('the dashboard shows the figures the tickets themselves give', async () => {
    // Independent of the summaries the app maintains: computed here from the ticket documents.
    const tickets = (await adminDb().collection('tickets').get()).docs.map((d) => d.data());
    const start = monthStart().getTime();
    const inMonth = (v: unknown) => Boolean(v) && (v as Timestamp).toMillis() >= start;
    const created = tickets.filter((t) => inMonth(t.createdAt)).length;
    const resolved = tickets.filter((t) => inMonth(t.resolvedAt)).length;
    const open = tickets.filter((t) => t.open).length;
    const rated = tickets.filter((t) => t.closeReason === 'confirmed' && t.rating && inMonth(t.closedAt));
    const average = rated.reduce((s, t) => s + (t.rating.score as number), 0) / rated.length;
    const good = rated.filter((t) => t.rating.score >= 4).length / rated.length;

    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page.getByRole('link', { name: '社区工作概况' }).click();
    await page.getByRole('heading', { name: '社区工作概况' }).waitFor();
    await expect.poll(() => page.getByTestId('kpi-created').innerText()).toBe(String(created));
    expect(await page.getByTestId('kpi-resolved').innerText()).toBe(String(resolved));
    await expect.poll(() => page.getByTestId('kpi-open').innerText(), { timeout: 20_000 }).toBe(String(open));
    // Early in a month nothing may have been rated yet: the page says so rather than showing NaN.
    const fmt = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
    expect(await page.getByTestId('kpi-rating').innerText()).toBe(
      rated.length ? `平均 ${fmt.format(average)} 分` : '暂无数据',
    );
    expect(await page.getByTestId('kpi-good').innerText()).toBe(
      rated.length
        ? new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 }).format(good)
        : '暂无数据',
    );
    // Per worker, open tickets now (aggregation) equal the documents.
    const w1Open = tickets.filter((t) => t.open && t.assigneeId === 'u-w1').length;
    await expect
      .poll(() => page.getByTestId('worker-u-w1').locator('td').nth(1).innerText())
      .toBe(String(w1Open));
  });

  it('the dashboard shows a worker’s three rates as the seeded tickets give them, on a desk and a phone', async () => {
    // From the ticket documents (not the summaries), over the last 3 months: 何网格's first acceptances, how
    // many by the response deadline, resolutions, and residents' ratings (4–5 good).
    const worker = 'u-w2';
    const tickets = (await adminDb().collection('tickets').where('assigneeId', '==', worker).get()).docs.map(
      (d) => d.data(),
    );
    const now = new Date();
    const CST = 8 * 3_600_000;
    const c = new Date(now.getTime() + CST);
    const start = Date.UTC(c.getUTCFullYear(), c.getUTCMonth() - 2, 1) - CST;
    const since = (v: unknown) => Boolean(v) && (v as Timestamp).toMillis() >= start;
    const accepted = tickets.filter((t) => since(t.acceptedAt));
    const inTime = accepted.filter(
      (t) => (t.acceptedAt as Timestamp).toMillis() <= (t.responseDueAt as Timestamp).toMillis(),
    );
    const resolved = tickets.filter((t) => since(t.resolvedAt));
    const rated = tickets.filter((t) => t.closeReason === 'confirmed' && since(t.closedAt));
    const good = rated.filter((t) => (t.rating.score as number) >= 4);
    // The seed answers some late and has them rated: the figures are real ones, not all "—" or 100 %.
    expect(accepted.length).toBeGreaterThan(0);
    expect(inTime.length).toBeLessThan(accepted.length);
    expect(rated.length).toBeGreaterThan(0);
    const pct = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 });
    const figure = (n: number, of: number) => (of ? `${n}/${of} · ${pct.format(n / of)}` : '—');
    const expected = {
      response: figure(inTime.length, accepted.length),
      resolution: figure(resolved.length, accepted.length),
      satisfaction: figure(good.length, rated.length),
    };
    const low = (n: number, of: number) => of > 0 && n / of < 0.8;

    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      const desk = viewport.width > 768;
      const page = await b.page(desk ? { ...DESK, viewport } : { viewport });
      await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
      await page.goto('/admin');
      await page.getByLabel('统计期间').selectOption({ label: '近 3 个月' });
      // A table on the desk, a list on the phone: the same row either way.
      const row = page.getByTestId(`rates-worker-${worker}`);
      expect(await row.evaluate((e) => e.tagName)).toBe(desk ? 'TR' : 'LI');
      await expect.poll(() => row.innerText()).toContain('何网格');
      for (const [kind, text] of Object.entries(expected)) {
        const cell = row.getByTestId(`rate-${kind}`);
        await expect.poll(() => cell.innerText()).toContain(text);
      }
      const response = await row.getByTestId('rate-response').innerText();
      expect(response.includes('⚠')).toBe(low(inTime.length, accepted.length));
      const satisfaction = await row.getByTestId('rate-satisfaction').innerText();
      expect(satisfaction.includes('⚠')).toBe(low(good.length, rated.length));
      // What each rate means is written on the screen.
      await page.getByText('在类别规定的响应时限内受理的工单 ÷ 本期受理的工单', { exact: false }).waitFor();
    }
  });

  it('beside each rate, last month’s figure and the change since (环比), as the tickets of both months give them', async () => {
    // From the ticket documents (not the summaries): this month's and last month's first acceptances, those
    // by the response deadline, resolutions and residents' ratings, for the community and for 何网格.
    const tickets = (await adminDb().collection('tickets').get()).docs.map((d) => d.data());
    const thisStart = monthStart().getTime();
    const lastStart = monthStart(new Date(thisStart - 1)).getTime();
    const within = (v: unknown, from: number, to: number) =>
      Boolean(v) && (v as Timestamp).toMillis() >= from && (v as Timestamp).toMillis() < to;
    const rates = (ts: FirebaseFirestore.DocumentData[], from: number, to: number) => {
      const accepted = ts.filter((t) => within(t.acceptedAt, from, to));
      const rated = ts.filter(
        (t) => ['confirmed', 'callback'].includes(t.closeReason) && within(t.closedAt, from, to),
      );
      return {
        response: [
          accepted.filter(
            (t) => (t.acceptedAt as Timestamp).toMillis() <= (t.responseDueAt as Timestamp).toMillis(),
          ).length,
          accepted.length,
        ],
        resolution: [ts.filter((t) => within(t.resolvedAt, from, to)).length, accepted.length],
        satisfaction: [rated.filter((t) => (t.rating.score as number) >= 4).length, rated.length],
      } as const;
    };
    const pct = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 });
    const none = { response: '没有受理的工单', resolution: '没有受理的工单', satisfaction: '没有居民评价' };
    /** What the trend line says: last month's figure, then the change (▲/▼ and in words) or why none. */
    const expected = (ts: FirebaseFirestore.DocumentData[]) => {
      const now = rates(ts, thisStart, Date.now() + 60_000);
      const before = rates(ts, lastStart, thisStart);
      return (['response', 'resolution', 'satisfaction'] as const).map((kind) => {
        const [n, of] = now[kind];
        const [m, ofBefore] = before[kind];
        const last = ofBefore ? `上月 ${pct.format(m / ofBefore)}` : '上月 —';
        if (!of || !ofBefore) {
          const when = !of && !ofBefore ? '本月和上月都' : !of ? '本月' : '上月';
          return { kind, parts: [last, `无法比较：${when}${none[kind]}`] };
        }
        const points = Math.round((n / of) * 100) - Math.round((m / ofBefore) * 100);
        return {
          kind,
          parts:
            points === 0
              ? [last, '= 与上月持平']
              : [
                  last,
                  `${points > 0 ? '▲' : '▼'} ${Math.abs(points)} 个百分点`,
                  `比上月${points > 0 ? '高' : '低'} ${Math.abs(points)} 个百分点`,
                ],
        };
      });
    };
    // The seed has work accepted last month whatever day it runs: there is a month to compare with.
    expect(rates(tickets, lastStart, thisStart).response[1]).toBeGreaterThan(0);

    const page = await b.page({ ...DESK, viewport: { width: 1366, height: 768 } });
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page.goto('/admin');
    const all = page.getByTestId('rates-all');
    for (const { kind, parts } of expected(tickets)) {
      const line = all.getByTestId(`trend-${kind}`);
      for (const part of parts) await expect.poll(() => line.innerText()).toContain(part);
    }
    const worker = 'u-w2';
    const row = page.getByTestId(`rates-worker-${worker}`);
    for (const { kind, parts } of expected(tickets.filter((t) => t.assigneeId === worker))) {
      const line = row.getByTestId(`trend-${kind}`);
      for (const part of parts) await expect.poll(() => line.innerText()).toContain(part);
    }
  });

  it('the home lists what needs a push (督办), each ticket with why, unaccepted reports first', async () => {
    const now = Date.now();
    const open = (await adminDb().collection('tickets').where('open', '==', true).get()).docs.map((d) =>
      d.data(),
    );
    const late = (t: FirebaseFirestore.DocumentData) => t.dueAt && (t.dueAt as Timestamp).toMillis() < now;
    const notAccepted = open.filter((t) => t.status === 'submitted' && late(t));
    expect(notAccepted.length).toBeGreaterThan(0);
    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    const list = page.getByRole('list', { name: '需要督办' });
    await list.waitFor();
    const rows = list.getByRole('listitem');
    await expect.poll(() => rows.first().innerText()).toContain('超时未受理');
    const row = rows.filter({ hasText: notAccepted[0]!.description as string });
    await expect.poll(() => row.innerText()).toContain('超时未受理');
    // Whose it is, and a link to the ticket, where the head takes it over or hands it on.
    await expect.poll(() => row.innerText()).toMatch(/负责人：|待分派/);
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/tickets\//);
  });

  it('gives the unowned building to a worker, who then sees its tickets', async () => {
    const b7Open = (
      await adminDb().collection('tickets').where('buildingId', '==', 'b7').where('open', '==', true).get()
    ).docs;
    expect(b7Open.length).toBeGreaterThan(0);
    const head = await b.page(DESK);
    await signInWithEmail(head, 'head@demo.shequ', DEMO_PASSWORD);
    await head.goto('/admin/staff');
    await head.getByLabel('7栋 负责人').selectOption({ label: '郭网格' });
    await head
      .getByText(`7栋 已交给 郭网格，未办结工单已转交 ${b7Open.length} 件。`)
      .waitFor({ timeout: 20_000 });
    expect((await adminDb().doc('buildings/b7').get()).data()).toMatchObject({
      workerId: 'u-w3',
      workerName: '郭网格',
    });
    // …and in the building directory, which every list of buildings reads.
    expect((await adminDb().doc('config/buildings').get()).data()?.items.b7).toMatchObject({
      workerId: 'u-w3',
      workerName: '郭网格',
    });

    const worker = await b.asStaff('worker3@demo.shequ');
    await worker.goto('/work?scope=mine&building=b7');
    const items = worker.getByRole('list', { name: `共 ${b7Open.length} 件` }).getByRole('listitem');
    await items.first().waitFor();
    expect(await items.count()).toBe(b7Open.length);
    for (const d of b7Open)
      await worker
        .getByText(d.data().description as string)
        .first()
        .waitFor();
    // Leave building 7 unowned again for the other tests (they rely on the seeded grid).
    await adminDb().doc('buildings/b7').update({ workerId: null, workerName: null });
    await adminDb()
      .doc('config/buildings')
      .update({ 'items.b7.workerId': null, 'items.b7.workerName': null });
  });

  it('three households of one building reporting the same problem raise an early warning', async () => {
    const households = ['h-6-1-102', 'h-6-2-201', 'h-6-3-301'];
    for (const [i, h] of households.entries()) {
      await adminDb()
        .doc(`tickets/warn${i}`)
        .set({
          categoryId: 'animals',
          description: `楼下有人养鸡 ${i}`,
          location: { kind: 'common', area: 'yard' },
          buildingId: 'b6',
          buildingNumber: 6,
          home: { buildingNumber: 6, entrance: i + 1, flat: '101' },
          householdId: h,
          urgency: 'normal',
          status: 'submitted',
          open: true,
          reporterId: 'warn',
          reporterName: '居民',
          viaProxy: false,
          assigneeId: 'u-w3',
          assigneeName: '郭网格',
          clientCreatedAt: FieldValue.serverTimestamp(),
          createdAt: FieldValue.serverTimestamp(),
          updatedAt: FieldValue.serverTimestamp(),
          responseDueAt: Timestamp.fromMillis(Date.now() + 86_400_000),
          resolutionDueAt: Timestamp.fromMillis(Date.now() + 5 * 86_400_000),
          dueAt: Timestamp.fromMillis(Date.now() + 86_400_000),
          acceptedAt: null,
          resolvedAt: null,
          closedAt: null,
          photoCount: 0,
          rating: null,
          reopenCount: 0,
          rejectReason: null,
          closeReason: null,
          lastEventId: 'created',
        });
    }
    // …and the day's early-warning signals, as each report's batch writes them.
    await adminDb()
      .doc(`signals/${new Date().toISOString().slice(0, 10)}`)
      .set(
        {
          reports: { 'b6~animals': Object.fromEntries(households.map((h) => [h, true])) },
          lastTicket: 'warn2',
          updatedAt: FieldValue.serverTimestamp(),
        },
        { merge: true },
      );
    const page = await b.page(DESK);
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page.goto('/admin');
    const warnings = page.getByRole('list', { name: '预警' });
    const warning = warnings.getByRole('listitem').filter({
      hasText: '6栋：7 天内有 3 户反映“环境卫生 · 饲养家禽 / 宠物扰民”',
    });
    await warning.waitFor();
    // The tickets behind it are read when the head asks for them.
    await warning.getByRole('button', { name: '查看这些报事' }).click();
    for (let i = 0; i < 3; i++) await warning.getByRole('link', { name: `楼下有人养鸡 ${i}` }).waitFor();
  });

  it('exports the period’s tickets as a CSV in words a person reads, refusing a bad period at its field', async () => {
    // A description a spreadsheet would run as a formula.
    await adminDb().doc('tickets/warn2').update({ description: '=1+2 楼下有人养鸡' });
    const page = await b.page({ ...DESK, acceptDownloads: true });
    await signInWithEmail(page, 'head@demo.shequ', DEMO_PASSWORD);
    await page.goto('/admin');
    const from = page.getByLabel('开始日期');
    const to = page.getByLabel('结束日期');
    const exportTickets = page.getByRole('button', { name: '导出工单' });
    // No start date: said at the field, which gets the focus; the end date typed stays.
    const today = new Date();
    const iso = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }); // YYYY-MM-DD
    await to.fill(iso(today));
    await from.fill('');
    await exportTickets.click();
    await page.getByRole('alert').filter({ hasText: '请选择日期' }).waitFor();
    await expect.poll(() => from.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await to.inputValue()).toBe(iso(today));
    // The end before the start: said at the end date, no file.
    const tenDaysAgo = new Date(today.getTime() - 10 * 86_400_000);
    await from.fill(iso(today));
    await to.fill(iso(tenDaysAgo));
    await exportTickets.click();
    await page.getByRole('alert').filter({ hasText: '结束日期不能早于开始日期' }).waitFor();
    expect(await from.getAttribute('aria-invalid')).not.toBe('true');

    await from.fill(iso(tenDaysAgo));
    await to.fill(iso(today));
    expect(await page.getByRole('alert').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), exportTickets.click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '编号,报事时间,类别,地点,报事住户,报事人,状态,紧急程度,负责人,受理时间,解决时间,办结时间,评分,问题描述',
    );
    const start = new Date(`${iso(tenDaysAgo)}T00:00:00+08:00`).getTime();
    const expected = (
      await adminDb().collection('tickets').where('createdAt', '>=', Timestamp.fromMillis(start)).get()
    ).size;
    expect(lines.length - 1).toBe(expected);
    // The reported time on the community's clock, labels and addresses instead of codes and ids.
    const warn0 = (await adminDb().doc('tickets/warn0').get()).data()!;
    const reported = (warn0.createdAt as Timestamp)
      .toDate()
      .toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' })
      .slice(0, 16);
    expect(lines).toContain(
      `warn0,${reported},环境卫生 · 饲养家禽 / 宠物扰民,6栋 · 院子,6栋1单元101,居民,已提交,一般,郭网格,,,,,楼下有人养鸡 0`,
    );
    expect(csv).toContain(",'=1+2 楼下有人养鸡");
    for (const code of [',submitted,', ',in_progress,', ',water,', ',h-']) expect(csv).not.toContain(code);
    expect(csv).not.toMatch(/\dT\d\d:\d\d/); // no UTC ISO times
  });

  it('opens a confidential mediation case that only its parties, mediator and the head can see', async () => {
    const head = await b.page(DESK);
    await signInWithEmail(head, 'head@demo.shequ', DEMO_PASSWORD);
    await head.goto('/mediation/new');
    await head.getByLabel('纠纷概述').fill('楼上装修噪音纠纷');
    await head.getByLabel('当事人 1 姓名').fill('李建国');
    await head.getByLabel('当事人 1 手机号（有账号时填写，可不填）').fill('13800000002');
    await head.getByLabel('当事人 2 姓名').fill('楼上住户');
    await head.getByLabel('调解员').selectOption({ label: '黄网格' });
    await head.getByRole('button', { name: '登记调解案件' }).click();
    await head.getByRole('heading', { name: '楼上装修噪音纠纷' }).waitFor();

    const mediator = await b.asStaff('worker1@demo.shequ');
    await mediator.goto('/mediation');
    await mediator.getByRole('link', { name: /楼上装修噪音纠纷/ }).click();
    await mediator.getByLabel('达成的意见').fill('晚上八点后不施工，周末上午十点后再开工。');
    await mediator.getByRole('button', { name: '添加调解记录' }).click();
    await mediator
      .getByRole('region', { name: '调解记录', exact: true })
      .getByText('晚上八点后不施工，周末上午十点后再开工。')
      .waitFor();
    await mediator.getByLabel('调解结果').selectOption({ label: '达成协议' });
    // 结案 asks first, saying what will happen; "cancel" leaves the case open.
    const asked: string[] = [];
    mediator.once('dialog', (d) => void (asked.push(d.message()), d.dismiss()));
    await mediator.getByRole('button', { name: '结案' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('达成协议');
    expect(await mediator.getByLabel('调解结果').inputValue()).toBe('agreement');
    mediator.once('dialog', (d) => void d.accept());
    await mediator.getByRole('button', { name: '结案' }).click();
    await mediator.getByText('达成协议').first().waitFor();

    const party = await b.asResident('13800000002');
    await party.goto('/mediation');
    await party.getByRole('link', { name: /楼上装修噪音纠纷/ }).waitFor();
    const outsider = await b.asResident('13800000003'); // same household as the party, but not a party
    await outsider.goto('/mediation');
    await outsider.getByText('没有调解案件。').waitFor();
    const cases = await adminDb().collection('mediationCases').where('title', '==', '楼上装修噪音纠纷').get();
    expect(cases.docs[0]!.data()).toMatchObject({
      status: 'closed',
      outcome: 'agreement',
      partyUids: ['u-r2'],
      mediatorId: 'u-w1',
    });
  });

  it('withdrawing a notice asks first; cancelling keeps it published', async () => {
    const head = await b.page(DESK);
    await signInWithEmail(head, 'head@demo.shequ', DEMO_PASSWORD);
    await head.goto('/admin/notices');
    const item = head.getByRole('listitem').filter({ hasText: '退休人员养老金资格认证的通知' });
    const asked: string[] = [];
    head.once('dialog', (d) => void (asked.push(d.message()), d.dismiss()));
    await item.getByRole('button', { name: '撤回' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain('居民将看不到它');
    expect((await adminDb().doc('notices/n-pension').get()).data()!.status).toBe('published');
    head.once('dialog', (d) => void d.accept());
    await item.getByRole('button', { name: '撤回' }).click();
    await expect
      .poll(async () => (await adminDb().doc('notices/n-pension').get()).data()!.status)
      .toBe('withdrawn');
  });
});
