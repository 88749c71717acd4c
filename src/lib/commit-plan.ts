/**
 * How the features write: `commitPlan(plan)` hands a write plan (./write-plan.ts) to the backend, which runs
 * it as one batch once it is loaded (today ./firebase.ts; later a worker that runs Firestore, with the same
 * call). Beside ./backend.ts rather than in it: backend.ts is part of every first load, and this is needed
 * only by screens that write (it travels with the plan's encoders in the lazily loaded `plans` chunk).
 */
import { getBackend } from './backend';
import type { WritePlan } from './write-plan';

export { newDocId, planSdk, type WritePlan } from './write-plan';

/**
 * Commits the plan as one batch: settles as a batch does, when the server has answered (offline it waits in
 * Firestore's queue; callers that must not wait do not await it).
 */
export async function commitPlan(plan: WritePlan): Promise<void> {
  return (await getBackend()).commitPlan(plan);
}
