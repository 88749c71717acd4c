/**
 * `npm run admin:make-head -- --project <id> (--uid <uid> | --email <email> | --phone <+86…>) [--name <name>]`
 *
 * Bootstraps a real deployment: makes an existing Firebase Auth account the community head. The rules let
 * only a head grant staff roles, so the first head must be made with the Admin SDK (which bypasses the
 * rules). Credentials: Application Default Credentials (`GOOGLE_APPLICATION_CREDENTIALS`); against the
 * emulators when FIRESTORE_EMULATOR_HOST / FIREBASE_AUTH_EMULATOR_HOST are set.
 */
import { parseArgs } from 'node:util';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    uid: { type: 'string' },
    email: { type: 'string' },
    phone: { type: 'string' },
    name: { type: 'string' },
  },
});
if (!values.project || !(values.uid || values.email || values.phone)) {
  console.error(
    'usage: npm run admin:make-head -- --project <id> (--uid <uid> | --email <email> | --phone <+86…>) [--name <name>]',
  );
  process.exit(2);
}
const app = initializeApp({ projectId: values.project });
try {
  const auth = getAuth(app);
  const user = values.uid
    ? await auth.getUser(values.uid)
    : values.email
      ? await auth.getUserByEmail(values.email)
      : await auth.getUserByPhoneNumber(values.phone!);
  const db = getFirestore(app);
  const ref = db.doc(`users/${user.uid}`);
  const existing = await ref.get();
  const displayName = values.name ?? user.displayName ?? existing.get('displayName') ?? '社区主任';
  await ref.set(
    {
      displayName,
      role: 'head',
      active: true,
      phone: user.phoneNumber ?? null,
      email: user.email ?? null,
      householdId: existing.get('householdId') ?? null,
      buildingId: existing.get('buildingId') ?? null,
      linkStatus: existing.get('linkStatus') ?? 'none',
      link: existing.get('link') ?? null,
      volunteer: existing.get('volunteer') ?? false,
      locale: existing.get('locale') ?? 'zh-CN',
      createdAt: existing.exists ? existing.get('createdAt') : FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    },
    { merge: false },
  );
  console.log(`${displayName} (${user.uid}) is now the community head of ${values.project}.`);
} finally {
  await deleteApp(app);
}
