/**
 * The backup rehearsal (docs/deployment.md, "Backups and recovery"), on the emulator: the demo community is
 * exported (the backup), a worker's mistaken edit wipes a household's members, care tags and phones and a
 * visit record goes missing, another household is changed on purpose and a new visit is recorded after the
 * backup; the backup is imported into a database of its own and `restoreHousehold` copies the one household
 * back. The household is as it was, the visit is back, and what happened after the backup is kept.
 */
import { Firestore as AdminFirestore, Timestamp } from 'firebase-admin/firestore';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { exportFirestore, freeFixedPort, startFirestoreJar, type Running } from '../../scripts/lib/emulators';
import { restoreHousehold } from '../../scripts/lib/restore';
import { demoCommunity } from '../../scripts/seed/demo';
import { writeCommunity } from '../../scripts/seed/write';

const projectId = 'demo-rules-backup';
const dir = mkdtempSync(join(tmpdir(), 'shequ-backup-'));
const clients: AdminFirestore[] = [];
let restoredEmulator: Running | null = null;
let restoredPort = 0;

/** An Admin SDK client of the emulator on `port` (the live database, or the one the backup went into). */
function adminAt(port: number): AdminFirestore {
  // The seed's writer sets FIRESTORE_EMULATOR_HOST, which would win over the host given here.
  delete process.env.FIRESTORE_EMULATOR_HOST;
  const db = new AdminFirestore({ projectId, host: `127.0.0.1:${port}`, ssl: false });
  clients.push(db);
  return db;
}

afterAll(async () => {
  for (const c of clients) await c.terminate();
  await restoredEmulator?.stop();
  rmSync(dir, { recursive: true, force: true });
});

let live: AdminFirestore;
const community = demoCommunity(new Date());
// A household with care tags, phones and a visit on record (the seed's elderly living alone have them).
const victim = community.households.find((h) => h.private.careTags.length > 0 && h.private.lastVisitId)!;
const bystander = community.households.find((h) => h.buildingId !== victim.buildingId)!;

beforeAll(async () => {
  const port = inject('firestorePort');
  await writeCommunity({ projectId, firestorePort: port, authPort: null }, community, new Date());
  live = adminAt(port);
  await exportFirestore(port, projectId, dir); // the nightly backup
}, 120_000);

it('restores one household from the backup, keeping what happened since', async () => {
  const id = victim.id;
  const before = {
    household: (await live.doc(`households/${id}`).get()).data(),
    private: (await live.doc(`householdPrivate/${id}`).get()).data(),
  };
  const visitId = victim.private.lastVisitId!;
  // After the backup: the mistake, a legitimate change elsewhere, and a later visit to another household.
  await live.doc(`households/${id}`).update({ members: [], updatedAt: Timestamp.now() });
  await live.doc(`householdPrivate/${id}`).update({ careTags: [], phones: [], notes: '' });
  await live.doc(`visits/${visitId}`).delete();
  await live.doc(`households/${bystander.id}`).update({ interestGroup: 'resident' });

  // The backup, restored into a database of its own.
  restoredPort = await freeFixedPort();
  restoredEmulator = await startFirestoreJar({ port: restoredPort, projectId, importDir: dir, quiet: true });
  const restored = adminAt(restoredPort);
  const result = await restoreHousehold(restored, live, id);

  expect(result.changed.sort()).toEqual(
    [`households/${id}`, `householdPrivate/${id}`, `visits/${visitId}`].sort(),
  );
  expect((await live.doc(`households/${id}`).get()).data()).toEqual(before.household);
  expect((await live.doc(`householdPrivate/${id}`).get()).data()).toEqual(before.private);
  expect((await live.doc(`visits/${visitId}`).get()).exists).toBe(true);
  // The change made on purpose after the backup, elsewhere, is still there.
  expect((await live.doc(`households/${bystander.id}`).get()).get('interestGroup')).toBe('resident');
  // Consistency: the schedule names a visit that exists, of this household.
  const schedule = (await live.doc(`householdPrivate/${id}`).get()).data()!;
  const last = await live.doc(`visits/${schedule.lastVisitId}`).get();
  expect(last.get('householdId')).toBe(id);
  expect((last.get('visitedAt') as Timestamp).toMillis()).toBe(
    (schedule.lastVisitAt as Timestamp).toMillis(),
  );
}, 120_000);

it('keeps a visit recorded after the backup as the last one', async () => {
  const id = victim.id;
  const later = Timestamp.fromMillis(Date.now() - 60_000);
  await live.doc('visits/after-backup').set({
    householdId: id,
    buildingId: victim.buildingId,
    workerId: 'u-w1',
    workerName: '黄网格',
    visitedAt: later,
    metWith: '本人',
    findings: '一切正常。',
    followUp: false,
    ticketId: null,
    createdAt: later,
  });
  await live
    .doc(`householdPrivate/${id}`)
    .update({ lastVisitId: 'after-backup', lastVisitAt: later, careTags: [] });
  await restoreHousehold(adminAt(restoredPort), live, id);
  const p = (await live.doc(`householdPrivate/${id}`).get()).data()!;
  expect(p.lastVisitId).toBe('after-backup');
  expect(p.careTags).toEqual(victim.private.careTags); // the rest from the backup
  expect((await live.doc('visits/after-backup').get()).exists).toBe(true);
});
