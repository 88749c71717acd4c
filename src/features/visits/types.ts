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
