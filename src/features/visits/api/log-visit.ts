import { getBackend } from '@/lib/backend';

const DAY = 86_400_000;

export interface VisitInput {
  householdId: string;
  buildingId: string;
  visitedAt: Date;
  metWith: string;
  findings: string;
  followUp: boolean;
  intervalDays: number | null;
}

/** Logs a home visit and moves the household's visit schedule, in one batch. Returns the visit's id. */
export async function logVisit(worker: { uid: string; name: string }, input: VisitInput) {
  const b = await getBackend();
  const ref = b.doc(b.collection(b.db, 'visits'));
  const visitedAt = b.Timestamp.fromDate(input.visitedAt);
  const batch = b.writeBatch(b.db);
  batch.set(ref, {
    householdId: input.householdId,
    buildingId: input.buildingId,
    workerId: worker.uid,
    workerName: worker.name,
    visitedAt,
    metWith: input.metWith.trim(),
    findings: input.findings.trim(),
    followUp: input.followUp,
    ticketId: null,
    createdAt: b.serverTimestamp(),
  });
  batch.update(b.doc(b.db, 'householdPrivate', input.householdId), {
    lastVisitAt: visitedAt,
    nextVisitDue: input.intervalDays
      ? b.Timestamp.fromMillis(input.visitedAt.getTime() + input.intervalDays * DAY)
      : null,
    updatedAt: b.serverTimestamp(),
  });
  await batch.commit();
  return ref.id;
}
