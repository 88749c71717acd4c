/**
 * Restores one household's records from a backup (docs/deployment.md, "Backups and recovery"): a worker's
 * mistaken edit of a household is undone without touching anything else. The backup is restored first into
 * a database of its own (`gcloud firestore databases restore`, or a point-in-time export imported there);
 * this copies the household from that database into the live one with the Admin SDK:
 *  - `households/{id}` and `householdPrivate/{id}`, together (the rules keep them in step);
 *  - its visit records that the live database has lost (visits are never changed, only added, so a visit
 *    recorded after the backup stays, and the schedule keeps pointing at the latest visit on record).
 * Everything else — tickets, other households, the monthly summaries — is left as it is.
 */
import type { DocumentData, Firestore } from 'firebase-admin/firestore';

export interface HouseholdRestore {
  householdId: string;
  /** What changed in the live database, document by document. */
  changed: string[];
}

export async function restoreHousehold(
  from: Firestore,
  to: Firestore,
  householdId: string,
): Promise<HouseholdRestore> {
  const [household, privatePart] = await Promise.all([
    from.doc(`households/${householdId}`).get(),
    from.doc(`householdPrivate/${householdId}`).get(),
  ]);
  if (!household.exists) throw new Error(`households/${householdId} is not in the backup`);
  const buildingId = household.get('buildingId') as string;
  const [backupVisits, liveVisits, livePrivate] = await Promise.all([
    from
      .collection('visits')
      .where('buildingId', '==', buildingId)
      .where('householdId', '==', householdId)
      .get(),
    to
      .collection('visits')
      .where('buildingId', '==', buildingId)
      .where('householdId', '==', householdId)
      .get(),
    to.doc(`householdPrivate/${householdId}`).get(),
  ]);
  const changed: string[] = [];
  const batch = to.batch();
  const live = new Set(liveVisits.docs.map((d) => d.id));
  for (const v of backupVisits.docs)
    if (!live.has(v.id)) {
      batch.set(to.doc(`visits/${v.id}`), v.data());
      changed.push(`visits/${v.id}`);
    }
  batch.set(to.doc(`households/${householdId}`), household.data()!);
  changed.push(`households/${householdId}`);
  if (privatePart.exists) {
    const restored: DocumentData = { ...privatePart.data() };
    // A visit made after the backup stays the last one: the schedule follows the latest visit on record.
    const liveLast = livePrivate.get('lastVisitAt') as { toMillis(): number } | null | undefined;
    const backupLast = restored.lastVisitAt as { toMillis(): number } | null | undefined;
    if (liveLast && (!backupLast || liveLast.toMillis() > backupLast.toMillis()))
      for (const k of ['lastVisitAt', 'lastVisitId', 'nextVisitDue']) restored[k] = livePrivate.get(k);
    batch.set(to.doc(`householdPrivate/${householdId}`), restored);
    changed.push(`householdPrivate/${householdId}`);
  }
  await batch.commit();
  return { householdId, changed };
}
