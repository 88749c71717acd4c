/**
 * `npm run admin:restore-household -- --project <id> --from-database <restored-db> --household <householdId>`
 *
 * Undoes a mistaken edit of one household (docs/deployment.md, "Backups and recovery"): first restore a
 * backup into a database of its own (`gcloud firestore databases restore --source-backup=…
 * --destination-database=restored-YYYYMMDD`), then run this to copy that household's records from it into
 * the live `(default)` database. Prints what it changed. Credentials: Application Default Credentials.
 */
import { parseArgs } from 'node:util';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { restoreHousehold } from './lib/restore';

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    'from-database': { type: 'string' },
    household: { type: 'string' },
  },
});
if (!values.project || !values['from-database'] || !values.household) {
  console.error(
    'usage: npm run admin:restore-household -- --project <id> --from-database <restored-db> --household <id>',
  );
  process.exit(2);
}
const app = initializeApp({ projectId: values.project });
try {
  const result = await restoreHousehold(
    getFirestore(app, values['from-database']),
    getFirestore(app),
    values.household,
  );
  console.log(
    `Restored ${result.householdId} from ${values['from-database']}:\n${result.changed.map((p) => `  ${p}`).join('\n')}`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await deleteApp(app);
}
