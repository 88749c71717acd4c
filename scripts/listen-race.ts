/**
 * `npm run bench:listen-race [-- trials]`: the emulator's listen race and the app's answer to it, measured
 * in chromium (docs/resilience.md). Each trial opens a listener on a query and writes a matching document at
 * the same moment; a trial is "stuck" when, after the write's acknowledgement, the listener still shows the
 * document as pending (the emulator left it out of the listen). Even trials let the app's settler
 * (src/lib/settle-pending.ts) act, odd trials do not. Prints how many got stuck and whether each recovered.
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import type { TrialResult } from '../bench/listen-race/main';
import { freeFixedPort, freePort, ROOT, startFirestoreJar } from './lib/emulators';

const trials = Number(process.argv[2] ?? 200);
const projectId = 'demo-listen-race';
const root = join(ROOT, 'bench/listen-race');
const outDir = join(ROOT, '.bench/listen-race');
const port = await freeFixedPort();
const firestore = await startFirestoreJar({ port, projectId, quiet: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
const server = await (async () => {
  await build({ root, configFile: false, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return preview({
    root,
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { port: await freePort(), host: '127.0.0.1' },
  });
})();
try {
  const page = await browser.newPage();
  await page.goto(`${server.resolvedUrls!.local[0]}?port=${port}&project=${projectId}`);
  await page.waitForFunction(() => 'ready' in window);
  const stuck = { settler: [] as boolean[], none: [] as boolean[] };
  for (let n = 0; n < trials; n++) {
    const useSettler = n % 2 === 0;
    const r = await page.evaluate(
      ([n, s]) => (window as unknown as { trial(n: number, s: boolean): Promise<TrialResult> }).trial(n, s),
      [n, useSettler] as const,
    );
    if (!r.stuck) continue;
    (useSettler ? stuck.settler : stuck.none).push(r.stillPendingLater === false);
    console.log(
      `trial ${n}: stuck; ${useSettler ? 'with' : 'without'} the settler, 6 s later ${r.stillPendingLater ? 'still pending' : 'settled'}`,
    );
  }
  const line = (xs: boolean[]) => `${xs.length} stuck, ${xs.filter(Boolean).length} settled within 6 s`;
  console.log(`\n${trials} trials (a listen and a matching write at once, emulator on loopback)`);
  console.log(`  with the settler:    ${line(stuck.settler)}`);
  console.log(`  without the settler: ${line(stuck.none)}`);
} finally {
  await browser.close();
  server.httpServer.close();
  await firestore.stop();
}
