import { makeConverter, str, strList, strOrNull, toDate } from '@/lib/converter';
import type { MediationCase, Outcome, Session } from '../types';

export const caseConverter = makeConverter<MediationCase>((id, d) => ({
  id,
  title: str(d.title),
  summary: str(d.summary),
  buildingId: strOrNull(d.buildingId),
  parties: Array.isArray(d.parties)
    ? d.parties.map((p: Record<string, unknown>) => ({ name: str(p.name), uid: strOrNull(p.uid) }))
    : [],
  partyUids: strList(d.partyUids),
  mediatorId: str(d.mediatorId),
  mediatorName: str(d.mediatorName),
  status: d.status === 'closed' ? 'closed' : 'open',
  outcome: ['agreement', 'referred', 'withdrawn'].includes(d.outcome as string)
    ? (d.outcome as Outcome)
    : null,
  followUpAt: toDate(d.followUpAt),
  ticketId: strOrNull(d.ticketId),
  createdAt: toDate(d.createdAt),
}));

export const sessionConverter = makeConverter<Session>((id, d) => ({
  id,
  at: toDate(d.at) ?? new Date(0),
  agreed: str(d.agreed),
  createdBy: str(d.createdBy),
  createdByName: str(d.createdByName),
  correctedByName: strOrNull(d.correctedByName),
  correctedAt: toDate(d.correctedAt),
}));
