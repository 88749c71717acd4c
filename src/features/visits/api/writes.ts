/**
 * What logging a home visit writes, as plain data: the app commits it (./log-visit.ts) and the rules tests
 * commit the very same payload. The visit record, and — when it is the household's latest visit — the
 * schedule it moves in the same batch (a visit logged late, older than one already recorded, moves nothing).
 */
import { DAY_MS } from '../../../lib/policy'; // relative: the rules tests run this under tsx

export interface VisitWriteSdk {
  serverTimestamp(): unknown;
  fromMillis(ms: number): unknown;
}

export interface VisitInput {
  householdId: string;
  buildingId: string;
  visitedAt: Date;
  metWith: string;
  findings: string;
  followUp: boolean;
  /** The household's schedule as it is: the interval its care tags ask for, and its latest visit so far. */
  intervalDays: number | null;
  lastVisitAt: Date | null;
}

export function visitWrites(
  sdk: VisitWriteSdk,
  worker: { uid: string; name: string },
  visitId: string,
  input: VisitInput,
) {
  const visitedAt = sdk.fromMillis(input.visitedAt.getTime());
  const latest = !input.lastVisitAt || input.visitedAt > input.lastVisitAt;
  return {
    visit: {
      householdId: input.householdId,
      buildingId: input.buildingId,
      workerId: worker.uid,
      workerName: worker.name,
      visitedAt,
      metWith: input.metWith.trim(),
      findings: input.findings.trim(),
      followUp: input.followUp,
      ticketId: null,
      createdAt: sdk.serverTimestamp(),
    },
    schedule: latest
      ? {
          lastVisitId: visitId,
          lastVisitAt: visitedAt,
          nextVisitDue: input.intervalDays
            ? sdk.fromMillis(input.visitedAt.getTime() + input.intervalDays * DAY_MS)
            : null,
          updatedAt: sdk.serverTimestamp(),
        }
      : null,
  };
}
