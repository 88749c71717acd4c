/**
 * The app as residents get it, for local emulators: a production build (React's production bundle, the
 * service worker that precaches every screen, so the app opens and queues reports offline) served by
 * `vite preview`. One path for `npm start` and the browser tests (e2e/setup/global.ts), so what the tests
 * exercise is what a newcomer sees.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { ROOT } from './emulators';

export interface EmulatorTarget {
  projectId: string;
  firestorePort: number;
  authPort: number;
}

/** The `VITE_*` settings that point the app at the emulators (read by src/config/env.ts). */
export function emulatorEnv(target: EmulatorTarget): Record<string, string> {
  return {
    VITE_FIREBASE_PROJECT_ID: target.projectId,
    VITE_USE_EMULATORS: 'true',
    VITE_FIRESTORE_EMULATOR_HOST: `127.0.0.1:${target.firestorePort}`,
    VITE_AUTH_EMULATOR_URL: `http://127.0.0.1:${target.authPort}`,
  };
}

/** What a build is made from: the app's sources and assets, the build's configuration and packages. */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts/lib/chunk-groups.ts',
  'package-lock.json',
  'tsconfig.app.json',
];
const STAMP = '.shequ-build-stamp';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A fingerprint of everything the build reads, and the settings it is made for. */
export function buildStamp(env: Record<string, string>, root = ROOT): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(Object.entries(env).sort()));
  for (const file of INPUTS.flatMap((p) => files(join(root, p)))) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Builds the app for `target` into `outDir` in production mode. With `reuse`, a build already there made
 * from the same sources for the same emulators is kept (a restart of `npm start` does not build again).
 * Sets the `VITE_*` variables in this process (the Vite config and the app read them from there).
 */
export async function buildApp(opts: {
  target: EmulatorTarget;
  outDir: string;
  reuse?: boolean;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Called when a build starts (not when one is reused). */
  onBuild?: () => void;
  /** More `VITE_*` settings, e.g. `VITE_BACKEND_HOST: 'same-origin'` for a build behind `serveApp`'s proxy. */
  env?: Record<string, string>;
}): Promise<{ reused: boolean }> {
  const env = { ...emulatorEnv(opts.target), ...opts.env };
  Object.assign(process.env, env);
  const stampFile = join(opts.outDir, STAMP);
  const stamp = buildStamp(env);
  if (opts.reuse && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return { reused: true };
  }
  opts.onBuild?.();
  // Vite takes NODE_ENV over the mode, and Vitest runs with NODE_ENV=test: the app would be built with
  // React's development bundle and JSX's dev runtime (the first load 175 KB instead of 112). Production, as
  // users get it, for this build only.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      mode: 'production',
      logLevel: opts.logLevel ?? 'warn',
      build: { outDir: opts.outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  writeFileSync(stampFile, stamp);
  return { reused: false };
}

/**
 * What a same-origin proxy forwards (`VITE_BACKEND_HOST=same-origin`): Firestore's streams and calls, and its
 * REST reads; on the emulators, Auth's endpoints. Every other path is the app's. docs/deployment.md §5 gives
 * the same list as an nginx configuration for production.
 */
export const PROXIED_PATHS = {
  firestore: ['/google.firestore.v1.Firestore/', '/v1/projects/'],
  auth: ['/identitytoolkit.googleapis.com/', '/securetoken.googleapis.com/'],
} as const;

/**
 * Serves a build made by `buildApp` on 127.0.0.1:`port` (every path not a file gets the app's page); with
 * `proxyTo`, also forwards `PROXIED_PATHS` to the emulators there, as a proxy in front of Google would.
 */
export function serveApp(opts: {
  outDir: string;
  port: number;
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  proxyTo?: { firestore: string; auth: string };
}): Promise<PreviewServer> {
  const to = opts.proxyTo;
  const proxy = to
    ? Object.fromEntries(
        (['firestore', 'auth'] as const).flatMap((k) =>
          PROXIED_PATHS[k].map((path) => [path, { target: to[k], changeOrigin: true }]),
        ),
      )
    : undefined;
  return preview({
    root: ROOT,
    logLevel: opts.logLevel ?? 'warn',
    build: { outDir: opts.outDir },
    preview: { port: opts.port, host: '127.0.0.1', strictPort: true, proxy },
  });
}
