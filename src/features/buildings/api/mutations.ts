import type { Actor } from '@/lib/audit';
import { commitPlan, planSdk } from '@/lib/commit-plan';
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
  const w = assignWrites(planSdk, actor, building, worker);
  await commitPlan([
    { op: 'update', path: `buildings/${building.id}`, data: w.building },
    {
      op: 'update',
      path: DIRECTORY_PATH,
      fields: [
        [['items', building.id, 'workerId'], w.directory.workerId],
        [['items', building.id, 'workerName'], w.directory.workerName],
      ],
      data: { lastBuilding: w.directory.lastBuilding, updatedAt: w.directory.updatedAt },
    },
    { op: 'set', path: `auditLog/${w.audit.id}`, data: w.audit.data },
  ]);
}
