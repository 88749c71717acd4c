import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readRules, ROOT, startTestEmulators } from '../../scripts/lib/emulators';
import { ruleCoverage } from '../../scripts/lib/rules-coverage';

declare module 'vitest' {
  export interface ProvidedContext {
    firestorePort: number;
  }
}

/**
 * vitest 4 reports an error thrown by a global teardown ("error during close") but still exits 0, so the
 * verdict is set on the process itself.
 */
function failRun(message: string) {
  console.error(`\n${message}`);
  process.exitCode = 1;
}

/** One Firestore emulator for the whole rules project; each test file uses its own project id. */
export default async function setup(project: TestProject) {
  const emulators = await startTestEmulators({ projectId: 'demo-rules', auth: false });
  project.provide('firestorePort', emulators.firestorePort);
  return async () => {
    try {
      // Every project a rules suite opened with makeEnv('<name>') (tests/rules/support.ts). The query and
      // load tests in tests/queries/ are left out: they repeat the same rules thousands of times and the
      // emulator's report lists every distinct value seen (the sign-up race's alone is ~690 MB).
      const projects = readdirSync(join(ROOT, 'tests/rules'), { encoding: 'utf8' })
        .filter((f) => f.endsWith('.rules.test.ts'))
        .flatMap((f) => [
          ...readFileSync(join(ROOT, 'tests/rules', f), 'utf8').matchAll(/makeEnv\('([\w-]+)'\)/g),
        ])
        .map((m) => `demo-rules-${m[1]}`);
      const { summary, missed, complete } = await ruleCoverage(
        emulators.firestorePort,
        projects,
        readRules(),
        join(ROOT, '.test-artifacts/rules-coverage'),
      );
      // A partial run (some files only) evaluates part of the rules: the line-by-line list would be noise.
      const shown = complete ? summary : `${summary.split('\n')[0]} (partial run)`;
      console.log(`\n${shown}\n(report: .test-artifacts/rules-coverage/)`);
      // After a full run, a rule no test evaluates fails the run: write its test with it.
      if (complete && missed.length) failRun(`firestore.rules has lines no test evaluates:\n${summary}`);
    } catch (e) {
      failRun(`rule coverage could not be read: ${String(e)}`);
    } finally {
      await emulators.stop();
    }
  };
}
