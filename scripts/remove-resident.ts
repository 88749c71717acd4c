/**
 * `npm run admin:remove-resident -- --project <id> --uid <uid>`: removes a resident's personal data on
 * request, keeping anonymised ticket statistics (docs/security.md), then deletes their Auth account.
 * Credentials as for admin:make-head (Application Default Credentials, or the emulators' env variables).
 */
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { parseArgs } from 'node:util';
import { removeResident } from './lib/remove-resident';

const { values } = parseArgs({ options: { project: { type: 'string' }, uid: { type: 'string' } } });
if (!values.project || !values.uid) {
  console.error('usage: npm run admin:remove-resident -- --project <id> --uid <uid>');
  process.exit(2);
}
const app = initializeApp({ projectId: values.project });
try {
  const removed = await removeResident(getFirestore(app), values.uid);
  await getAuth(app)
    .deleteUser(values.uid)
    .catch((e: { code?: string }) => {
      if (e.code !== 'auth/user-not-found') throw e;
    });
  console.log(`removed ${values.uid}:`, removed);
} finally {
  await deleteApp(app);
}
