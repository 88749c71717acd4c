import { getBackend } from '@/lib/backend';
import { visitWrites, type VisitInput } from './writes';

export type { VisitInput };

/** Logs a home visit and, when it is the latest, moves the household's schedule in one batch. Returns its id. */
export async function logVisit(worker: { uid: string; name: string }, input: VisitInput) {
  const b = await getBackend();
  const ref = b.doc(b.collection(b.db, 'visits'));
  const w = visitWrites(
    { serverTimestamp: b.serverTimestamp, fromMillis: (ms: number) => b.Timestamp.fromMillis(ms) },
    worker,
    ref.id,
    input,
  );
  const batch = b.writeBatch(b.db);
  batch.set(ref, w.visit);
  if (w.schedule) batch.update(b.doc(b.db, 'householdPrivate', input.householdId), w.schedule);
  await batch.commit();
  return ref.id;
}
