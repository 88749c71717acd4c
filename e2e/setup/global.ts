/**
 * Browser-test world: Firestore + Auth emulators on free ports, the demo community seeded, the app built
 * for those emulators and served by `vite preview` — the same bundle users get, built and served by the same
 * code as `npm start` (scripts/lib/app-build.ts).
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildApp, serveApp } from '../../scripts/lib/app-build';
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
    // What `npm start` serves (scripts/lib/app-build.ts), built afresh for these emulators.
    await buildApp({
      target: { projectId, firestorePort: emulators.firestorePort, authPort: emulators.authPort! },
      outDir,
    });
    const port = await freePort();
    server = await serveApp({ outDir, port });
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
