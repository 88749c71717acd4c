import { getBackend } from '@/lib/backend';
import { DIRECTORY_PATH } from '../directory';

/**
 * Gives a building to a worker (or leaves it unowned), in the building and in the building directory at once
 * (the rules refuse one without the other). Open tickets are handed over separately.
 */
export async function assignBuilding(buildingId: string, worker: { id: string; name: string } | null) {
  const b = await getBackend();
  const workerId = worker?.id ?? null;
  const workerName = worker?.name ?? null;
  const batch = b.writeBatch(b.db);
  batch.update(b.doc(b.db, 'buildings', buildingId), {
    workerId,
    workerName,
    updatedAt: b.serverTimestamp(),
  });
  batch.update(
    b.doc(b.db, DIRECTORY_PATH),
    new b.FieldPath('items', buildingId, 'workerId'),
    workerId,
    new b.FieldPath('items', buildingId, 'workerName'),
    workerName,
    'lastBuilding',
    buildingId,
    'updatedAt',
    b.serverTimestamp(),
  );
  await batch.commit();
}
