import { commitPlan, newDocId, planSdk, type WritePlan } from '@/lib/commit-plan';
import { visitWrites, type VisitInput } from './writes';

export type { VisitInput };

/** Logs a home visit and, when it is the latest, moves the household's schedule in one batch. Returns its id. */
export async function logVisit(worker: { uid: string; name: string }, input: VisitInput) {
  const id = newDocId();
  const w = visitWrites(planSdk, worker, id, input);
  const plan: WritePlan = [{ op: 'set', path: `visits/${id}`, data: w.visit }];
  if (w.schedule)
    plan.push({ op: 'update', path: `householdPrivate/${input.householdId}`, data: w.schedule });
  await commitPlan(plan);
  return id;
}
