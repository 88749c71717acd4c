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

/** One Firestore emulator for the whole rules project; each test file uses its own project id. */
export default async function setup(project: TestProject) {
  const emulators = await startTestEmulators({ projectId: 'demo-rules', auth: false });
  project.provide('firestorePort', emulators.firestorePort);
  return async () => {
    try {
      // Every project a test file opened with makeEnv('<name>') (tests/rules/support.ts).
      const projects = readdirSync(join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.test.ts'))
        .flatMap((f) => [...readFileSync(join(ROOT, 'tests', f), 'utf8').matchAll(/makeEnv\('([\w-]+)'\)/g)])
        .map((m) => `demo-rules-${m[1]}`);
      const { summary, missed, complete } = await ruleCoverage(
        emulators.firestorePort,
        projects,
        readRules(),
        join(ROOT, '.test-artifacts/rules-coverage'),
      );
      console.log(`\n${summary}\n(report: .test-artifacts/rules-coverage/)`);
      // After a full run, a rule no test evaluates fails the run: write its test with it.
      if (complete && missed.length)
        throw new Error(`firestore.rules has lines no test evaluates:\n${summary}`);
    } finally {
      await emulators.stop();
    }
  };
}
