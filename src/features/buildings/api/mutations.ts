import type { Actor } from '@/lib/audit';
import { getBackend } from '@/lib/backend';
import { DIRECTORY_PATH } from '../directory';
import { assignWrites } from './writes';

/**
 * Gives a building to a worker (or leaves it unowned), in the building and in the building directory at once
 * (the rules refuse one without the other), with its audit entry. Open tickets are handed over separately.
 */
export async function assignBuilding(
  actor: Actor,
  building: { id: string; number: number },
  worker: Actor | null,
) {
  const b = await getBackend();
  const w = assignWrites(b, actor, building, worker);
  const batch = b.writeBatch(b.db);
  batch.update(b.doc(b.db, 'buildings', building.id), w.building);
  batch.update(
    b.doc(b.db, DIRECTORY_PATH),
    new b.FieldPath('items', building.id, 'workerId'),
    w.directory.workerId,
    new b.FieldPath('items', building.id, 'workerName'),
    w.directory.workerName,
    'lastBuilding',
    w.directory.lastBuilding,
    'updatedAt',
    w.directory.updatedAt,
  );
  batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
  await batch.commit();
}
