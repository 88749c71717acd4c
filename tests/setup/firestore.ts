import type { TestProject } from 'vitest/node';
import { startTestEmulators } from '../../scripts/lib/emulators';

declare module 'vitest' {
  export interface ProvidedContext {
    firestorePort: number;
  }
}

/** One Firestore emulator for the whole rules project; each test file uses its own project id. */
export default async function setup(project: TestProject) {
  const emulators = await startTestEmulators({ projectId: 'demo-rules', auth: false });
  project.provide('firestorePort', emulators.firestorePort);
  return () => emulators.stop();
}
