/**
 * `npm start`: the app on local emulators with a demo community, as residents get it.
 *
 *  - Firestore emulator (enforcing firestore.rules), Auth emulator, and the app built in production mode
 *    served by `vite preview`: its service worker runs, so the app opens offline and a report written
 *    offline is kept and sent later (scripts/lib/app-build.ts, the browser tests' build too). Built again
 *    only when a source has changed since the last start.
 *  - `npm start -- --proxy`: the app built with `VITE_BACKEND_HOST=same-origin`, reaching the emulators only
 *    through the host that serves it, as through a proxy in front of Google's endpoints (docs/deployment.md §5).
 *  - `npm run dev` (`--dev`): the same emulators and data with the Vite dev server instead (hot reload; no
 *    service worker, so offline is not what residents get).
 *  - First start seeds the demo community; data is kept in .emulator-data/ across restarts
 *    (`npm run start:reset` starts again from the seed).
 *  - Editing firestore.rules takes effect at once.
 *  - The Cloud Functions (functions/) run on the Functions emulator: each text message they would send is
 *    printed here ([短信]) and recorded in `notifications`; what waits out quiet hours or a retry is sent by
 *    the same schedule production runs every 5 minutes (deadlines, tomorrow's events, what is due), here
 *    every minute. The seed sends nothing (triggers are
 *    off while it writes).
 *  - Ctrl-C saves the data and stops everything (no java process is left behind).
 *
 * Two ways to run the emulators: the Google Cloud CLI's Firestore emulator jar with java ≥ 11 (default when
 * installed), or firebase-tools' own (`EMULATORS=firebase`, needs Java 21; it downloads its jar once).
 */
import { existsSync, readFileSync, rmSync, watch, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { buildApp, emulatorEnv, serveApp } from './lib/app-build';
import {
  buildFunctions,
  exportFirestore,
  gcloudFirestoreJar,
  javaMajorVersion,
  loadRules,
  readRules,
  ROOT,
  setBackgroundTriggers,
  startFirebaseCli,
  startFirestoreJar,
  type Running,
} from './lib/emulators';
import { DEMO_PASSWORD, demoCommunity } from './seed/demo';
import { adminApp, ensureBuildingDirectory, writeCommunity } from './seed/write';
import { sweep } from '../functions/src/notify/deliver';
import { logGateway } from '../functions/src/notify/gateway';
import { scheduled } from '../functions/src/notify/schedule';

const PROJECT_ID = process.env.PROJECT_ID ?? 'demo-shequ';
const PORTS = {
  firestore: Number(process.env.FIRESTORE_PORT ?? 8080),
  auth: Number(process.env.AUTH_PORT ?? 9099),
  app: Number(process.env.APP_PORT ?? 5173),
  hub: Number(process.env.HUB_PORT ?? 4400),
  logging: Number(process.env.LOGGING_PORT ?? 4500),
  functions: Number(process.env.FUNCTIONS_PORT ?? 5001),
};
/** Where the emulators' data is kept between runs (tests point it elsewhere). */
const DATA = process.env.SHEQU_DATA_DIR ?? join(ROOT, '.emulator-data');
const SEEDED_MARK = join(DATA, 'seeded.json');
/** `npm run dev`: the Vite dev server (hot reload, no service worker) instead of the built app. */
const DEV = process.argv.includes('--dev');
/** `npm start -- --proxy`: the app reaches the emulators only through its own host (docs/deployment.md §5). */
const PROXY = process.argv.includes('--proxy') && !DEV;
/** Where the built app is kept (built again only when its sources change). */
const APP_DIR = join(DATA, 'app');

const bold = (s: string) => `\x1b[1m${s}\x1b[0m`;
const green = (s: string) => `\x1b[32m${s}\x1b[0m`;
const yellow = (s: string) => `\x1b[33m${s}\x1b[0m`;

function chooseMode(): 'gcloud' | 'firebase' {
  const wanted = process.env.EMULATORS;
  if (wanted === 'firebase' || wanted === 'gcloud') return wanted;
  if (gcloudFirestoreJar()) return 'gcloud';
  if (javaMajorVersion() >= 21) return 'firebase';
  console.error(
    'No way to run the Firestore emulator was found.\n' +
      '  Either install the Google Cloud CLI Firestore emulator (apt: google-cloud-cli-firestore-emulator) with Java ≥ 11,\n' +
      '  or install Java 21 so firebase-tools can run its own emulator.',
  );
  process.exit(1);
}

async function main() {
  if (process.argv.includes('--reset')) {
    rmSync(DATA, { recursive: true, force: true });
    console.log(yellow('Reset: starting again from the demo seed.'));
  }
  mkdirSync(DATA, { recursive: true });
  const mode = chooseMode();
  const running: Running[] = [];
  let stopping = false;
  let saveFirestore: (() => Promise<void>) | null = null;

  const stopAll = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nSaving data and stopping…');
    try {
      await saveFirestore?.();
    } catch (e) {
      console.error(`Could not save Firestore data: ${(e as Error).message}`);
    }
    for (const r of running.reverse()) await r.stop();
    console.log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll());
  process.on('SIGTERM', () => void stopAll());
  process.on('SIGHUP', () => void stopAll());

  const smsLine = (line: string) => {
    // The Auth emulator prints the SMS code it would have sent; show it prominently.
    const m = /phone number (\+?\d+).*code (\d{6})/i.exec(line);
    if (m) console.log(green(`📱 SMS code for ${m[1]}: ${bold(m[2]!)}`));
    // A text message the functions would have sent (functions/src/notify/gateway.ts, logGateway).
    const sms = /\[短信\] (.*)$/.exec(line);
    // A phone notification they would have pushed (functions/src/notify/push.ts, logPushGateway).
    const push = /\[推送\] (.*)$/.exec(line);
    if (sms) console.log(green(`✉️  ${sms[1]}`));
    else if (push) console.log(green(`🔔 ${push[1]}`));
    else if (/functions: .*(error|failed|Error)/.test(line)) console.log(yellow(line));
  };
  const functions = {
    port: PORTS.functions,
    env: { SHEQU_APP_URL: `http://127.0.0.1:${PORTS.app}` },
  };

  try {
    buildFunctions();
    if (mode === 'gcloud') {
      const fsDir = join(DATA, 'firestore');
      running.push(
        await startFirestoreJar({
          port: PORTS.firestore,
          projectId: PROJECT_ID,
          importDir: fsDir,
          functionsPort: PORTS.functions,
        }),
      );
      saveFirestore = () => exportFirestore(PORTS.firestore, PROJECT_ID, fsDir);
      await loadRules(PORTS.firestore, PROJECT_ID, readRules());
      watchRules();
      const authDir = join(DATA, 'auth');
      running.push(
        await startFirebaseCli({
          only: ['auth', 'functions'],
          projectId: PROJECT_ID,
          ports: { auth: PORTS.auth, hub: PORTS.hub, logging: PORTS.logging },
          functions: { ...functions, externalFirestore: PORTS.firestore },
          importDir: authDir,
          exportDir: authDir,
          onLine: smsLine,
        }),
      );
    } else {
      const dir = join(DATA, 'firebase');
      running.push(
        await startFirebaseCli({
          only: ['auth', 'firestore', 'functions'],
          projectId: PROJECT_ID,
          ports: { auth: PORTS.auth, firestore: PORTS.firestore, hub: PORTS.hub, logging: PORTS.logging },
          functions,
          importDir: dir,
          exportDir: dir,
          onLine: smsLine,
        }),
      );
    }

    if (!existsSync(SEEDED_MARK)) {
      const now = new Date();
      await setBackgroundTriggers(PORTS.hub, false);
      const n = await writeCommunity(
        { projectId: PROJECT_ID, firestorePort: PORTS.firestore, authPort: PORTS.auth },
        demoCommunity(now),
        now,
      );
      await setBackgroundTriggers(PORTS.hub, true);
      writeFileSync(SEEDED_MARK, JSON.stringify({ seededAt: now.toISOString(), documents: n }, null, 2));
      await saveFirestore?.();
      console.log(green(`Seeded the demo community (${n} documents).`));
    } else {
      const mark = JSON.parse(readFileSync(SEEDED_MARK, 'utf8')) as { seededAt: string };
      console.log(`Using saved data (seeded ${mark.seededAt}; \`npm run start:reset\` to start over).`);
      const listed = await ensureBuildingDirectory({
        projectId: PROJECT_ID,
        firestorePort: PORTS.firestore,
        authPort: null,
      });
      if (listed !== null) {
        await saveFirestore?.();
        console.log(green(`Wrote the building directory (${listed} buildings) that this saved data lacked.`));
      }
    }

    const target = { projectId: PROJECT_ID, firestorePort: PORTS.firestore, authPort: PORTS.auth };
    // What production's schedule does (functions/src/index.ts, sendDue): the Functions emulator runs no
    // schedules, so the same code runs here, every minute.
    const { db } = adminApp({ ...target, authPort: null });
    const gateway = logGateway((line) => smsLine(line));
    const schedule = { db, gateway, appUrl: `http://127.0.0.1:${PORTS.app}` };
    const timer = setInterval(() => {
      scheduled(schedule, (d, now) => sweep(d, gateway, now)).catch((e: Error) =>
        console.error(yellow(`The functions' schedule failed: ${e.message}`)),
      );
    }, 60_000);
    running.push({ name: 'sweep', stop: async () => clearInterval(timer) });
    if (DEV) {
      Object.assign(process.env, emulatorEnv(target));
      const server = await createServer({
        root: ROOT,
        server: { port: PORTS.app, host: '127.0.0.1', strictPort: true },
      });
      await server.listen();
      running.push({ name: 'vite', stop: () => server.close() });
    } else {
      const started = Date.now();
      const { reused } = await buildApp({
        target,
        outDir: APP_DIR,
        reuse: true,
        logLevel: 'error',
        env: PROXY ? { VITE_BACKEND_HOST: 'same-origin' } : {},
        onBuild: () =>
          console.log('Building the app as residents get it (production, with its service worker)…'),
      });
      console.log(
        reused
          ? 'The app is unchanged since the last build: serving that one.'
          : green(`Built the app in ${Math.round((Date.now() - started) / 1000)} s.`),
      );
      const server = await serveApp({
        outDir: APP_DIR,
        port: PORTS.app,
        proxyTo: PROXY
          ? {
              firestore: `http://127.0.0.1:${target.firestorePort}`,
              auth: `http://127.0.0.1:${target.authPort}`,
            }
          : undefined,
      });
      if (PROXY) console.log('Firestore and Auth through the app’s own host (a same-origin proxy).');
      running.push({
        name: 'vite preview',
        stop: () => new Promise<void>((r) => server.httpServer.close(() => r())),
      });
    }
    printWelcome(mode);
  } catch (e) {
    console.error((e as Error).message);
    await stopAll(1);
  }
}

function watchRules() {
  let timer: ReturnType<typeof setTimeout> | null = null;
  watch(join(ROOT, 'firestore.rules'), () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      loadRules(PORTS.firestore, PROJECT_ID, readRules()).then(
        () => console.log(green(`${new Date().toLocaleTimeString()} firestore.rules reloaded`)),
        (e: Error) =>
          console.error(yellow(`firestore.rules NOT reloaded (the previous rules stay):\n${e.message}`)),
      );
    }, 150);
  });
}

function printWelcome(mode: string) {
  const c = demoCommunity(new Date());
  console.log(`
${bold('社区服务 · Community Services')} is running (emulators: ${mode}).

  App:        ${green(`http://127.0.0.1:${PORTS.app}/`)}
              ${
                DEV
                  ? 'the Vite dev server: edits show at once; no service worker (`npm start` for offline)'
                  : 'the production build with its service worker, as residents get it (works offline);\n' +
                    '              a source edit needs a restart — `npm run dev` for hot reload'
              }
  Firestore:  127.0.0.1:${PORTS.firestore} (rules: firestore.rules, reloaded on save)
  Auth:       127.0.0.1:${PORTS.auth}
  Functions:  127.0.0.1:${PORTS.functions} (text messages they would send appear here, ✉️, and phone notifications, 🔔)

${bold('Demo accounts')}
  Residents sign in with their phone number; the SMS code appears in this terminal.
${c.users
  .filter((u) => u.role === 'resident')
  .map((u) => `    ${u.phone!.replace('+86', '')}  ${u.displayName.padEnd(4, '　')}  ${u.note}`)
  .join('\n')}
  Staff sign in under "工作人员登录" with email + password ${bold(DEMO_PASSWORD)}:
${c.users
  .filter((u) => u.role !== 'resident')
  .map((u) => `    ${u.email!.padEnd(20)}  ${u.displayName.padEnd(4, '　')}  ${u.note}`)
  .join('\n')}

Ctrl-C saves the data and stops everything. \`npm run start:reset\` starts again from the seed.
`);
}

void main();
