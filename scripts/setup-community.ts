/**
 * `npm run admin:setup-community -- --project <id> --file community.json`
 *
 * A new community's first data (docs/deployment.md, step 8): the office's contact details, the buildings and
 * the default category tree, from a file shaped like docs/community.example.json. Refuses to overwrite a
 * community already set up. Credentials: Application Default Credentials (`GOOGLE_APPLICATION_CREDENTIALS`);
 * against the emulator when FIRESTORE_EMULATOR_HOST is set.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { writeSetup } from './lib/setup-community';

const { values } = parseArgs({ options: { project: { type: 'string' }, file: { type: 'string' } } });
if (!values.project || !values.file) {
  console.error('usage: npm run admin:setup-community -- --project <id> --file community.json');
  process.exit(2);
}
let file: unknown;
try {
  file = JSON.parse(readFileSync(values.file, 'utf8'));
} catch (e) {
  console.error(`Cannot read ${values.file}: ${(e as Error).message}`);
  process.exit(1);
}
const app = initializeApp({ projectId: values.project });
try {
  const { problems, written } = await writeSetup(getFirestore(app), file);
  if (problems.length) {
    console.error(`Nothing written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else
    console.log(
      `Set up ${values.project}: ${written} documents (community, categories, buildings, directory).`,
    );
} finally {
  await deleteApp(app);
}
