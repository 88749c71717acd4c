/**
 * Loaded into firebase-tools (`node -r`) when it runs the Functions emulator beside the Cloud CLI's
 * Firestore emulator jar, which firebase-tools did not start: it registers Firestore triggers only with a
 * Firestore emulator in its own in-process registry (lib/emulator/functionsEmulator.js,
 * `addFirestoreTrigger`), and has no option for one already running. This puts the running one there
 * (`SHEQU_EXTERNAL_FIRESTORE=host:port`); the jar, started with `--functions_emulator`, then delivers each
 * matching write to the Functions emulator. Found and verified: docs/decisions.md (Functions emulator).
 */
const { join } = require('node:path');

const external = process.env.SHEQU_EXTERNAL_FIRESTORE;
if (external) {
  const [host, port] = external.split(':');
  const { EmulatorRegistry } = require(
    join(String(process.env.SHEQU_FIREBASE_TOOLS), 'lib/emulator/registry.js'),
  );
  const info = { name: 'firestore', host, port: Number(port) };
  EmulatorRegistry.set('firestore', {
    getName: () => 'firestore',
    getInfo: () => info,
    start: async () => {},
    connect: async () => {},
    stop: async () => {},
  });
}
