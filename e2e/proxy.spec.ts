/**
 * Reachability (issue 25, docs/deployment.md §5): the app built with one variable, `VITE_BACKEND_HOST=
 * same-origin`, reaches Firestore (and, on the emulators, Auth) only through the host that serves it — as it
 * would through a proxy in Hong Kong in front of Google's endpoints. Here the proxy is `serveApp`'s, in front
 * of this run's emulators, forwarding the paths a production proxy forwards (`PROXIED_PATHS`). A resident
 * signs in, sees the household's reports, files one and watches it change live; no request leaves the
 * app's origin.
 */
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, PROXIED_PATHS, serveApp } from '../scripts/lib/app-build';
import { freePort, ROOT } from '../scripts/lib/emulators';
import { signInWithPhone } from './support/auth';
import { useBrowser } from './support/fixtures';
import { adminDb } from './support/world';

const b = useBrowser();
let server: PreviewServer;
let origin: string;

beforeAll(async () => {
  const { projectId, firestorePort, authPort } = b.e2e;
  const outDir = join(ROOT, '.test-artifacts/dist-proxy');
  await buildApp({
    target: { projectId, firestorePort, authPort },
    outDir,
    reuse: true,
    env: { VITE_BACKEND_HOST: 'same-origin' },
  });
  const port = await freePort();
  server = await serveApp({
    outDir,
    port,
    proxyTo: { firestore: `http://127.0.0.1:${firestorePort}`, auth: `http://127.0.0.1:${authPort}` },
  });
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server?.close();
});

describe('through a same-origin proxy', () => {
  it('a resident signs in, files a report and sees it change live, with every request to the app’s own host', async () => {
    const urls: string[] = [];
    const page = await b.page({ baseURL: origin });
    page.on('request', (r) => urls.push(r.url()));
    const failed: string[] = [];
    // (what a proxy answers when it cannot reach what it forwards to; the Auth emulator itself answers 501
    // to the reCAPTCHA configuration request, proxy or not)
    page.on(
      'response',
      (r) => void ([502, 503, 504].includes(r.status()) && failed.push(`${r.status()} ${r.url()}`)),
    );
    page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
    await signInWithPhone(page, { authPort: b.e2e.authPort, projectId: b.e2e.projectId }, '13800000003');
    await page.getByRole('heading', { name: '我家的报事' }).waitFor({ timeout: 30_000 });

    const description = `代理测试：楼道灯不亮 ${Date.now()}`;
    await page.getByRole('link', { name: '我要报事' }).click();
    await page.getByRole('radio', { name: '维修' }).check();
    await page.getByRole('radio', { name: '电路 / 停电' }).check();
    await page.getByLabel('请描述一下问题').fill(description);
    await page.getByRole('button', { name: '提交报事' }).click();
    await page.getByText('已提交。网格员处理时，这里会更新进度。').waitFor({ timeout: 30_000 });
    const byText = () => adminDb().collection('tickets').where('description', '==', description).get();
    await expect.poll(async () => (await byText()).size, { timeout: 30_000 }).toBe(1);
    const sent = await byText();

    // The worker accepts it (here, straight into the database): the resident's open list follows live.
    const card = page.getByRole('link').filter({ hasText: description });
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('已提交');
    await sent.docs[0]!.ref.update({ status: 'accepted', acceptedAt: new Date(), updatedAt: new Date() });
    await expect.poll(() => card.innerText(), { timeout: 20_000 }).toContain('已受理');

    expect(failed.filter((f) => !f.includes('net::ERR_ABORTED'))).toEqual([]);
    const elsewhere = urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    const path = (u: string) => new URL(u).pathname;
    for (const prefix of [...PROXIED_PATHS.firestore, PROXIED_PATHS.auth[0]])
      expect(
        urls.some((u) => path(u).startsWith(prefix)),
        `a request to ${prefix}`,
      ).toBe(true);
  });
});
