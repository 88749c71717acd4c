/**
 * What giving a building to a worker writes, as plain data: the app commits it (./mutations.ts), the rules
 * tests and seeds the very same payloads — the building, its directory entry (the rules compare the two) and
 * the audit entry (src/lib/audit.ts; the rules refuse the change without it).
 */
import { auditEntry, type Actor, type AuditSdk } from '../../../lib/audit'; // relative: run under tsx too

export function assignWrites(
  sdk: AuditSdk,
  actor: Actor,
  building: { id: string; number: number },
  worker: Actor | null,
) {
  const workerId = worker?.id ?? null;
  const workerName = worker?.name ?? null;
  const audit = auditEntry(sdk, actor, {
    action: 'building.assign',
    targetId: building.id,
    targetLabel: String(building.number),
    buildingId: building.id,
    fields: ['workerId', 'workerName'],
    note: workerName ?? '',
  });
  return {
    building: { workerId, workerName, updatedAt: sdk.serverTimestamp(), lastAuditId: audit.id },
    /** The directory's entry: these paths set, the entry named (`lastBuilding`). */
    directory: { workerId, workerName, lastBuilding: building.id, updatedAt: sdk.serverTimestamp() },
    audit,
  };
}
