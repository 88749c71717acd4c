export type Outcome = 'agreement' | 'referred' | 'withdrawn';

export interface MediationCase {
  id: string;
  title: string;
  summary: string;
  buildingId: string | null;
  parties: { name: string; uid: string | null }[];
  partyUids: string[];
  mediatorId: string;
  mediatorName: string;
  status: 'open' | 'closed';
  outcome: Outcome | null;
  followUpAt: Date | null;
  /** The ticket the case was opened from. */
  ticketId: string | null;
  createdAt: Date | null;
}

export interface Session {
  id: string;
  at: Date;
  agreed: string;
  createdBy: string;
  createdByName: string;
  /** Who last corrected the record, and when (null: as first written). */
  correctedByName: string | null;
  correctedAt: Date | null;
}
