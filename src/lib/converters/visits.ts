/**
 * `visits/{id}`: the one parser of a home visit, used by every reader — a household's visit list (visits)
 * and the head's export (dashboard).
 */
import { makeConverter, str, strOrNull, toDate } from '../converter';

export interface Visit {
  id: string;
  householdId: string;
  buildingId: string;
  workerId: string;
  workerName: string;
  visitedAt: Date;
  metWith: string;
  findings: string;
  followUp: boolean;
  ticketId: string | null;
}

export const visitConverter = makeConverter<Visit>((id, d) => ({
  id,
  householdId: str(d.householdId),
  buildingId: str(d.buildingId),
  workerId: str(d.workerId),
  workerName: str(d.workerName),
  visitedAt: toDate(d.visitedAt) ?? new Date(0),
  metWith: str(d.metWith),
  findings: str(d.findings),
  followUp: d.followUp === true,
  ticketId: strOrNull(d.ticketId),
}));
