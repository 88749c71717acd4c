/**
 * Browser-test world: Firestore + Auth emulators on free ports, the demo community seeded, the app built
 * for those emulators and served by `vite preview` — the same bundle users get.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort, ROOT, startTestEmulators } from '../../scripts/lib/emulators';
import { demoCommunity } from '../../scripts/seed/demo';
import { writeCommunity } from '../../scripts/seed/write';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: {
      baseURL: string;
      projectId: string;
      firestorePort: number;
      authPort: number;
      seededAt: string;
      /** POST /firestore/stop and /firestore/restart: a server outage (e2e/support/world.ts). */
      controlURL: string;
      /** The build served at baseURL (its `.vite/manifest.json` included). */
      distDir: string;
    };
  }
}

export default async function setup(project: TestProject) {
  const projectId = 'demo-e2e';
  const emulators = await startTestEmulators({ projectId, auth: true });
  let server: PreviewServer | null = null;
  let control: Server | null = null;
  try {
    const now = new Date();
    await writeCommunity(
      { projectId, firestorePort: emulators.firestorePort, authPort: emulators.authPort },
      demoCommunity(now),
      now,
    );
    const outDir = join(ROOT, '.test-artifacts/dist-e2e');
    process.env.VITE_FIREBASE_PROJECT_ID = projectId;
    process.env.VITE_USE_EMULATORS = 'true';
    process.env.VITE_FIRESTORE_EMULATOR_HOST = `127.0.0.1:${emulators.firestorePort}`;
    process.env.VITE_AUTH_EMULATOR_URL = `http://127.0.0.1:${emulators.authPort}`;
    // Vitest runs with NODE_ENV=test, and Vite takes NODE_ENV over the mode: the app would be built with
    // React's development bundle and JSX's dev runtime (the first load 175 KB instead of 112). Production,
    // as users get it, for this build only (the global set-ups run one after another, before any test).
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    const port = await freePort();
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
      preview: { port, host: '127.0.0.1', strictPort: true },
    });
    control = createServer((req, res) => {
      const action =
        req.method === 'POST' && req.url === '/firestore/stop'
          ? emulators.stopFirestore()
          : req.method === 'POST' && req.url === '/firestore/restart'
            ? emulators.restartFirestore()
            : Promise.reject(new Error(`unknown control ${req.method} ${req.url}`));
      action.then(
        () => res.end('ok'),
        (e: Error) => {
          res.statusCode = 500;
          res.end(e.message);
        },
      );
    });
    const controlPort = await freePort();
    await new Promise<void>((r) => control!.listen(controlPort, '127.0.0.1', r));
    project.provide('e2e', {
      controlURL: `http://127.0.0.1:${controlPort}`,
      distDir: outDir,
      baseURL: `http://127.0.0.1:${port}`,
      projectId,
      firestorePort: emulators.firestorePort,
      authPort: emulators.authPort!,
      seededAt: now.toISOString(),
    });
  } catch (e) {
    control?.close();
    await emulators.stop();
    throw e;
  }
  return async () => {
    await new Promise<void>((r) => server?.httpServer.close(() => r()) ?? r());
    await new Promise<void>((r) => control?.close(() => r()) ?? r());
    await emulators.stop();
  };
}
