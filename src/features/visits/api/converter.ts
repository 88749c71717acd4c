import { makeConverter, str, strOrNull, toDate } from '@/lib/converter';
import type { Visit } from '../types';

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
