/**
 * `npm start` as a newcomer runs it: it serves the production build with its service worker (the app as
 * residents get it, offline included), built once and reused while nothing changed; the first start seeds the demo community; Ctrl-C saves everything and
 * leaves no emulator process behind; the next start finds what was written (Firestore documents and Auth
 * accounts), not a fresh seed. Runs scripts/start.ts on free ports with its own data folder, so a developer's
 * running `npm start` and its data are not touched.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freeFixedPort, ROOT } from '../../scripts/lib/emulators';

const PROJECT = 'demo-startstop';
const dataDir = mkdtempSync(join(tmpdir(), 'shequ-start-'));
let ports: Record<
  'FIRESTORE_PORT' | 'AUTH_PORT' | 'APP_PORT' | 'HUB_PORT' | 'LOGGING_PORT' | 'FUNCTIONS_PORT',
  number
>;

interface Started {
  child: ChildProcess;
  output: () => string;
}

async function npmStart(): Promise<Started> {
  // package.json's `start`: node itself runs the script with tsx's loader. (Through the tsx command there
  // was a second process that, when the script had not answered a Ctrl-C within 60 ms — a busy machine —
  // killed it before it had saved: CI saw exit code 130.)
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    detached: true, // its own process group, as a terminal gives it (Ctrl-C signals the group)
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      TSX_TSCONFIG_PATH: 'tsconfig.node.json',
      PROJECT_ID: PROJECT,
      SHEQU_DATA_DIR: dataDir,
    },
  });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const started = Date.now();
  while (!out.includes('is running')) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${out}`);
    // (the first start seeds and builds the app: over a minute on a busy 2-core machine)
    if (Date.now() - started > 300_000) throw new Error(`npm start did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => out };
}

async function waitForOutput({ output }: Started, pattern: RegExp, ms: number) {
  const until = Date.now() + ms;
  while (!pattern.test(output())) {
    if (Date.now() > until) throw new Error(`${pattern} never appeared:\n${output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function ctrlC({ child }: Started): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    process.kill(-child.pid!, 'SIGINT');
  });
}

/** Emulator processes still serving this test's ports. */
function leftBehind() {
  const ps = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
  return ps
    .split('\n')
    .filter((l) => l.includes(`--port ${ports.FIRESTORE_PORT}`) || l.includes(`-${PROJECT}-`))
    .filter((l) => !l.includes('ps -eo'));
}

const docUrl = (path: string) =>
  `http://127.0.0.1:${ports.FIRESTORE_PORT}/v1/projects/${PROJECT}/databases/(default)/documents/${path}`;
const owner = { authorization: 'Bearer owner', 'content-type': 'application/json' };
/** The new resident's account, through the Auth emulator's REST API. */
const account = (method: 'signUp' | 'signInWithPassword') =>
  fetch(`http://127.0.0.1:${ports.AUTH_PORT}/identitytoolkit.googleapis.com/v1/accounts:${method}?key=demo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'new-resident@example.com',
      password: 'secret-123',
      returnSecureToken: true,
    }),
  });

async function expectBuiltAppWithServiceWorker() {
  const app = `http://127.0.0.1:${ports.APP_PORT}`;
  const page = await (await fetch(`${app}/notices`)).text();
  expect(page).not.toContain('/@vite/client');
  expect(page).toMatch(/src="\/assets\/index-[\w-]+\.js"/);
  const sw = await fetch(`${app}/sw.js`);
  expect(sw.status).toBe(200);
  const worker = await sw.text();
  expect(worker).toContain('index.html'); // the page it precaches and serves offline
  expect(worker).toMatch(/assets\/index-[\w-]+\.js/);
}

describe('npm start', () => {
  let running: Started | null = null;
  afterAll(async () => {
    if (running?.child.exitCode === null) await ctrlC(running);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds once, keeps what was written across Ctrl-C and a new start, and leaves no process behind', async () => {
    // The same ports for both starts, as a developer's machine has them (chosen where no outgoing
    // connection can take them in between).
    ports = {
      FIRESTORE_PORT: await freeFixedPort(),
      AUTH_PORT: await freeFixedPort(),
      APP_PORT: await freeFixedPort(),
      HUB_PORT: await freeFixedPort(),
      LOGGING_PORT: await freeFixedPort(),
      FUNCTIONS_PORT: await freeFixedPort(),
    };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toBe('TSX_TSCONFIG_PATH=tsconfig.node.json node --import tsx scripts/start.ts');

    running = await npmStart();
    expect(running.output()).toMatch(/Seeded the demo community \(\d+ documents\)/);
    expect(running.output()).toContain(`http://127.0.0.1:${ports.APP_PORT}/`);
    // The app as residents get it: the production build with its service worker (what works offline), not
    // the dev server — built by the code that builds the browser tests' app (scripts/lib/app-build.ts).
    await expectBuiltAppWithServiceWorker();

    // Something written while it runs: a document (as the app would, bypassing rules as the owner) and an
    // account (as a newly signed-up resident).
    const put = await fetch(docUrl('notices/kept-across-restart'), {
      method: 'PATCH',
      headers: owner,
      body: JSON.stringify({ fields: { title: { stringValue: '停水通知：周三 9:00–12:00' } } }),
    });
    expect(put.ok).toBe(true);
    expect((await account('signUp')).ok).toBe(true);

    // The functions run beside it: an urgent report in building 1 (its worker is the seed's 黄网格) is told
    // to the worker at once, day or night, and the text message appears in the terminal. The seed's own
    // tickets told nobody.
    expect(running.output()).not.toMatch(/✉️ {2}→/);
    const ticket = await fetch(docUrl('tickets/sms-check'), {
      method: 'PATCH',
      headers: owner,
      body: JSON.stringify({
        fields: {
          householdId: { stringValue: 'h-1-1-101' },
          buildingId: { stringValue: 'b1' },
          assigneeId: { stringValue: 'u-w1' },
          urgency: { stringValue: 'urgent' },
          viaProxy: { booleanValue: false },
          clientCreatedAt: { timestampValue: new Date().toISOString() },
        },
      }),
    });
    expect(ticket.ok).toBe(true);
    const entry = await fetch(docUrl('tickets/sms-check/timeline/created'), {
      method: 'PATCH',
      headers: owner,
      body: JSON.stringify({
        fields: {
          type: { stringValue: 'created' },
          visibility: { stringValue: 'public' },
          authorId: { stringValue: 'u-r1' },
          authorRole: { stringValue: 'resident' },
        },
      }),
    });
    expect(entry.ok).toBe(true);
    await waitForOutput(running, /✉️ {2}→ \+86\d+ {2}【社区服务】1栋有紧急报事/, 90_000);

    expect(await ctrlC(running)).toBe(0);
    expect(running.output()).toContain('Stopped.');
    expect(leftBehind()).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${ports.FIRESTORE_PORT}/`)).rejects.toThrow();

    running = await npmStart();
    expect(running.output()).toContain('Using saved data');
    expect(running.output()).not.toContain('Seeded the demo community');
    expect(running.output()).toContain('The app is unchanged since the last build');
    await expectBuiltAppWithServiceWorker();
    const got = await fetch(docUrl('notices/kept-across-restart'), { headers: owner });
    expect(got.status).toBe(200);
    expect(
      ((await got.json()) as { fields: { title: { stringValue: string } } }).fields.title.stringValue,
    ).toBe('停水通知：周三 9:00–12:00');
    const seeded = await fetch(docUrl('config/community'), { headers: owner });
    expect(seeded.status).toBe(200);
    expect((await account('signInWithPassword')).ok).toBe(true);

    expect(await ctrlC(running)).toBe(0);
    expect(leftBehind()).toEqual([]);
  }, 600_000);
});
