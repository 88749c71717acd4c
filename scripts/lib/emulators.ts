/**
 * Starting and stopping the local Firebase emulators, shared by `npm start`, the test run and the benchmarks.
 *
 * Two ways to get a Firestore emulator:
 *  - "gcloud": the Google Cloud CLI's emulator jar, started directly with `java` (works on Java 17, no
 *    download, ~1 s to ready). The jar does not watch a rules file, so we PUT the rules over HTTP.
 *  - "firebase": `firebase emulators:start` (needs Java 21; firebase-tools downloads its own jar once and
 *    hot-reloads firestore.rules itself).
 * The Auth emulator always comes from firebase-tools (pure Node).
 *
 * Every child is spawned detached (its own process group) and stopped by signalling the whole group, so no
 * java process outlives us.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Running {
  name: string;
  child?: ChildProcess;
  stop(): Promise<void>;
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

export async function waitFor(url: string, ok: (body: string) => boolean, timeoutMs: number, what: string) {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeoutMs) {
    try {
      const res = await fetch(url);
      const body = await res.text();
      if (ok(body)) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(150);
  }
  throw new Error(`${what} did not become ready at ${url} within ${timeoutMs} ms (${last})`);
}

function stopGroup(child: ChildProcess, name: string, graceMs = 15_000): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolveStop();
    const pid = child.pid;
    const done = () => {
      clearTimeout(timer);
      resolveStop();
    };
    child.once('exit', done);
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      console.warn(`[emulators] ${name} did not stop in ${graceMs} ms; killed`);
    }, graceMs);
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      done();
    }
  });
}

/** The Firestore emulator jar shipped with the Google Cloud CLI, if this machine has one. */
export function gcloudFirestoreJar(): string | null {
  if (process.env.FIRESTORE_EMULATOR_JAR && existsSync(process.env.FIRESTORE_EMULATOR_JAR)) {
    return process.env.FIRESTORE_EMULATOR_JAR;
  }
  const candidates: string[] = [];
  const info = spawnSync('gcloud', ['info', '--format=value(installation.sdk_root)'], { encoding: 'utf8' });
  if (info.status === 0 && info.stdout.trim()) candidates.push(info.stdout.trim());
  candidates.push('/usr/lib/google-cloud-sdk', '/usr/share/google-cloud-sdk', '/opt/google-cloud-sdk');
  for (const root of candidates) {
    const jar = join(root, 'platform/cloud-firestore-emulator/cloud-firestore-emulator.jar');
    if (existsSync(jar)) return jar;
  }
  return null;
}

export function javaMajorVersion(): number {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`);
  return m ? Number(m[1]) : 0;
}

export interface FirestoreOptions {
  port: number;
  projectId: string;
  /** A folder written by `exportFirestore`; imported at start if it holds an export. */
  importDir?: string;
  /** The Functions emulator's port: matching writes are delivered to its Firestore triggers. */
  functionsPort?: number;
  quiet?: boolean;
}

const EXPORT_NAME = 'firestore_export';

function exportMetadata(dir: string) {
  return join(dir, EXPORT_NAME, `${EXPORT_NAME}.overall_export_metadata`);
}

export function hasFirestoreExport(dir: string) {
  return existsSync(exportMetadata(dir));
}

/**
 * Exports the emulator's data into `dir` (the jar's own --export-on-exit is not triggered by a signal, so
 * `npm start` exports explicitly before stopping it).
 */
export async function exportFirestore(port: number, projectId: string, dir: string) {
  mkdirSync(dir, { recursive: true });
  const res = await fetch(`http://127.0.0.1:${port}/emulator/v1/projects/${projectId}:export`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      database: `projects/${projectId}/databases/(default)`,
      export_directory: resolve(dir),
      export_name: EXPORT_NAME,
    }),
  });
  if (!res.ok) throw new Error(`Firestore export failed: HTTP ${res.status} ${await res.text()}`);
}

/** Starts the gcloud Firestore emulator jar with java. Resolves when `GET /` answers `Ok`. */
export async function startFirestoreJar(opts: FirestoreOptions): Promise<Running> {
  const jar = gcloudFirestoreJar();
  if (!jar) throw new Error('No Firestore emulator jar found (install google-cloud-cli-firestore-emulator).');
  const args = [
    '-Duser.language=en',
    '-cp',
    jar,
    'com.google.cloud.datastore.emulator.firestore.CloudFirestore',
    '--host',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--project_id',
    opts.projectId,
    '--single_project_mode',
    'true',
  ];
  if (opts.importDir && hasFirestoreExport(opts.importDir)) {
    args.push('--import-data', exportMetadata(opts.importDir));
  }
  if (opts.functionsPort) args.push('--functions_emulator', `127.0.0.1:${opts.functionsPort}`);
  const child = spawn('java', args, {
    detached: true,
    stdio: ['ignore', opts.quiet ? 'ignore' : 'pipe', opts.quiet ? 'ignore' : 'pipe'],
  });
  if (!opts.quiet) {
    const forward = (b: Buffer) => {
      const text = b.toString();
      if (/SEVERE|Exception|error/i.test(text)) process.stderr.write(`[firestore] ${text}`);
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
  }
  let exited = false;
  child.once('exit', () => (exited = true));
  const running: Running = { name: 'firestore', child, stop: () => stopGroup(child, 'firestore') };
  try {
    await waitFor(`http://127.0.0.1:${opts.port}/`, (b) => b.trim() === 'Ok', 60_000, 'Firestore emulator');
  } catch (e) {
    await running.stop();
    throw e;
  }
  if (exited) throw new Error('Firestore emulator exited during start');
  return running;
}

/** Compiles functions/ (TypeScript) into functions/lib, which the Functions emulator and a deploy load. */
export function buildFunctions() {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'functions')],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`functions/ does not compile:\n${r.stdout}${r.stderr}`);
}

/**
 * Turns the Functions emulator's Firestore triggers off or on (through the emulator hub): writes made while
 * off trigger nothing — the demo seed's 48 tickets send no messages.
 */
export async function setBackgroundTriggers(hubPort: number, on: boolean) {
  const res = await fetch(
    `http://127.0.0.1:${hubPort}/functions/${on ? 'enable' : 'disable'}BackgroundTriggers`,
    { method: 'PUT' },
  );
  if (!res.ok) throw new Error(`Could not turn triggers ${on ? 'on' : 'off'}: HTTP ${res.status}`);
}

/** Loads security rules into a running Firestore emulator (the jar does not watch the file). */
export async function loadRules(port: number, projectId: string, rules: string) {
  const res = await fetch(`http://127.0.0.1:${port}/emulator/v1/projects/${projectId}:securityRules`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content: rules }] } }),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`Rules were refused by the emulator:\n${body}`);
}

export function readRules() {
  return readFileSync(join(ROOT, 'firestore.rules'), 'utf8');
}

export interface FirebaseCliOptions {
  only: ('auth' | 'firestore' | 'functions')[];
  projectId: string;
  ports: { auth?: number; firestore?: number; hub: number; logging: number };
  /**
   * The Functions emulator (functions/, built first: `buildFunctions`): its port, and the port of a
   * Firestore emulator jar started by us with `--functions_emulator` pointing at it (when firebase-tools
   * runs Firestore itself, leave it out). `env`: the functions' parameters (APP_URL…).
   */
  functions?: { port: number; externalFirestore?: number; env?: Record<string, string> };
  importDir?: string;
  exportDir?: string;
  onLine?: (line: string) => void;
}

/**
 * Starts emulators through firebase-tools with a generated config holding our ports (so a test run can sit
 * beside a running `npm start`). Resolves when every requested emulator answers.
 */
export async function startFirebaseCli(opts: FirebaseCliOptions): Promise<Running> {
  const dir = join(tmpdir(), `shequ-firebase-${opts.projectId}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const config: Record<string, unknown> = {
    emulators: {
      ...(opts.only.includes('auth') ? { auth: { host: '127.0.0.1', port: opts.ports.auth } } : {}),
      ...(opts.ports.firestore ? { firestore: { host: '127.0.0.1', port: opts.ports.firestore } } : {}),
      ...(opts.functions
        ? {
            functions: { host: '127.0.0.1', port: opts.functions.port },
            // Pinned: left alone they take fixed defaults, which a second run (tests beside npm start) meets.
            eventarc: { host: '127.0.0.1', port: await freePort() },
            tasks: { host: '127.0.0.1', port: await freePort() },
          }
        : {}),
      hub: { host: '127.0.0.1', port: opts.ports.hub },
      logging: { host: '127.0.0.1', port: opts.ports.logging },
      ui: { enabled: false },
      singleProjectMode: true,
    },
  };
  if (opts.only.includes('firestore')) {
    config.firestore = {
      rules: join(ROOT, 'firestore.rules'),
      indexes: join(ROOT, 'firestore.indexes.json'),
    };
  }
  if (opts.functions) {
    config.functions = [{ source: relative(dir, join(ROOT, 'functions')), codebase: 'default' }];
  }
  const configPath = join(dir, 'firebase.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  const args = [
    'emulators:start',
    '--only',
    opts.only.join(','),
    '--project',
    opts.projectId,
    '--config',
    configPath,
  ];
  if (opts.importDir && existsSync(opts.importDir)) args.push('--import', opts.importDir);
  if (opts.exportDir) args.push('--export-on-exit', opts.exportDir);
  const tools = join(ROOT, 'node_modules/firebase-tools');
  // Run under node with the preload that shows firebase-tools our own Firestore emulator (functions-preload.cjs).
  const child = spawn(
    process.execPath,
    ['-r', join(ROOT, 'scripts/lib/functions-preload.cjs'), join(tools, 'lib/bin/firebase.js'), ...args],
    {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...opts.functions?.env,
        NO_UPDATE_NOTIFIER: '1',
        FIREBASE_CLI_DISABLE_TELEMETRY: '1',
        SHEQU_FIREBASE_TOOLS: tools,
        ...(opts.functions?.externalFirestore
          ? { SHEQU_EXTERNAL_FIRESTORE: `127.0.0.1:${opts.functions.externalFirestore}` }
          : {}),
      },
    },
  );
  let output = '';
  const onData = (b: Buffer) => {
    const text = b.toString();
    output += text;
    if (opts.onLine) for (const line of text.split('\n')) if (line.trim()) opts.onLine(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const running: Running = {
    name: 'firebase-cli',
    child,
    stop: () => stopGroup(child, 'firebase emulators', 30_000),
  };
  try {
    if (opts.only.includes('auth')) {
      await waitFor(
        `http://127.0.0.1:${opts.ports.auth}/`,
        (b) => b.includes('"ready": true') || b.includes('"ready":true'),
        90_000,
        'Auth emulator',
      );
    }
    if (opts.functions) {
      // Ready when its triggers are registered (they load after the emulator answers).
      await waitFor(
        `http://127.0.0.1:${opts.functions.port}/backends`,
        (b) => b.includes('notifyTicketEntry'),
        120_000,
        'Functions emulator',
      );
      const until = Date.now() + 60_000;
      while (!/firestore function initialized/i.test(output)) {
        if (Date.now() > until) throw new Error('The Functions emulator registered no Firestore trigger');
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    if (opts.ports.firestore) {
      await waitFor(
        `http://127.0.0.1:${opts.ports.firestore}/`,
        (b) => b.trim() === 'Ok',
        90_000,
        'Firestore emulator',
      );
    }
  } catch (e) {
    await running.stop();
    throw new Error(`${(e as Error).message}\n--- firebase output ---\n${output.slice(-4000)}`);
  }
  return running;
}

/** Deletes every document in the emulator's database (fast reset between tests). */
export async function clearFirestore(port: number, projectId: string) {
  const res = await fetch(
    `http://127.0.0.1:${port}/emulator/v1/projects/${projectId}/databases/(default)/documents`,
    { method: 'DELETE' },
  );
  if (!res.ok) throw new Error(`clearing Firestore failed: HTTP ${res.status}`);
}

export async function clearAuth(port: number, projectId: string) {
  const res = await fetch(`http://127.0.0.1:${port}/emulator/v1/projects/${projectId}/accounts`, {
    method: 'DELETE',
  });
  if (!res.ok) throw new Error(`clearing Auth failed: HTTP ${res.status}`);
}

/** Pending SMS codes the Auth emulator would have sent, newest last. */
export async function smsCodes(
  authPort: number,
  projectId: string,
): Promise<{ phoneNumber: string; code: string }[]> {
  const res = await fetch(`http://127.0.0.1:${authPort}/emulator/v1/projects/${projectId}/verificationCodes`);
  const body = (await res.json()) as { verificationCodes?: { phoneNumber: string; code: string }[] };
  return body.verificationCodes ?? [];
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * A free port below the ephemeral range (32768+ on Linux), for a server that must get the same port again
 * later: an ephemeral port may meanwhile become the source port of some outgoing connection, and then it
 * cannot be listened on.
 */
export async function freeFixedPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const ok = await new Promise<boolean>((resolveOk) => {
      const srv = createServer();
      srv.once('error', () => resolveOk(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolveOk(true)));
    });
    if (ok) return port;
  }
}

export interface TestEmulators {
  projectId: string;
  firestorePort: number;
  authPort: number | null;
  /**
   * Takes the Firestore emulator away (its data saved first) and brings it back on the same port with the
   * same data and rules: a server outage, for the resilience tests. With firebase-tools (no separate
   * Firestore process) the Auth emulator goes away with it.
   */
  stopFirestore(): Promise<void>;
  restartFirestore(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Emulators for a test run on free ports (a running `npm start` is not disturbed): the gcloud jar when
 * present, else firebase-tools (Java 21). Rules are loaded from firestore.rules.
 */
export async function startTestEmulators(opts: { projectId: string; auth: boolean }): Promise<TestEmulators> {
  const firestorePort = await freeFixedPort(); // a restart (restartFirestore) needs it again
  const saved = join(tmpdir(), `shequ-outage-${opts.projectId}-${process.pid}`);
  let firestore: Running | null = null; // the process that serves Firestore
  const others: Running[] = [];
  const stop = async () => {
    await firestore?.stop();
    firestore = null;
    for (const r of others.reverse()) await r.stop();
  };
  const stopFirestore = async () => {
    if (!firestore) return;
    await exportFirestore(firestorePort, opts.projectId, saved);
    await firestore.stop();
    firestore = null;
  };
  try {
    if (gcloudFirestoreJar()) {
      const startFirestore = async (importDir?: string) => {
        firestore = await startFirestoreJar({
          port: firestorePort,
          projectId: opts.projectId,
          quiet: true,
          importDir,
        });
        await loadRules(firestorePort, opts.projectId, readRules());
      };
      await startFirestore();
      const restartFirestore = () => startFirestore(saved);
      const base = { projectId: opts.projectId, firestorePort, stopFirestore, restartFirestore, stop };
      if (!opts.auth) return { ...base, authPort: null };
      const authPort = await freePort();
      others.push(
        await startFirebaseCli({
          only: ['auth'],
          projectId: opts.projectId,
          ports: { auth: authPort, hub: await freePort(), logging: await freePort() },
        }),
      );
      return { ...base, authPort };
    }
    const authPort = await freePort();
    const ports = {
      auth: authPort,
      firestore: firestorePort,
      hub: await freePort(),
      logging: await freePort(),
    };
    const startCli = async (importDir?: string) => {
      firestore = await startFirebaseCli({
        only: opts.auth ? ['auth', 'firestore'] : ['firestore'],
        projectId: opts.projectId,
        ports,
        importDir,
        exportDir: saved,
      });
    };
    await startCli();
    return {
      projectId: opts.projectId,
      firestorePort,
      authPort: opts.auth ? authPort : null,
      stopFirestore: async () => {
        await firestore?.stop(); // firebase-tools exports to `saved` on exit
        firestore = null;
      },
      restartFirestore: () => startCli(saved),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
