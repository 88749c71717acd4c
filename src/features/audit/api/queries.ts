import { infiniteQueryOptions } from '@tanstack/react-query';
import type { DocumentData, QueryDocumentSnapshot } from 'firebase/firestore';
import { makeConverter, str, strOrNull, toDate } from '@/lib/converter';
import { getBackend } from '@/lib/backend';
import { auditPage } from '@/lib/policy';
import { AUDIT_ACTIONS, AUDIT_KINDS, type AuditAction, type AuditKind } from '@/lib/audit';

/** One entry of the audit log, as the 操作记录 screen reads it. */
export interface AuditEntry {
  id: string;
  at: Date | null;
  actorId: string;
  actorName: string;
  kind: AuditKind;
  action: AuditAction;
  targetId: string;
  targetLabel: string;
  buildingId: string | null;
  fields: string[];
  note: string;
}

export const auditConverter = makeConverter<AuditEntry>((id, d) => ({
  id,
  at: toDate(d.at),
  actorId: str(d.actorId),
  actorName: str(d.actorName),
  kind: (AUDIT_KINDS as readonly string[]).includes(d.kind as string) ? (d.kind as AuditKind) : 'household',
  action: (AUDIT_ACTIONS as readonly string[]).includes(d.action as string)
    ? (d.action as AuditAction)
    : 'household.edit',
  targetId: str(d.targetId),
  targetLabel: str(d.targetLabel),
  buildingId: strOrNull(d.buildingId),
  fields: Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === 'string') : [],
  note: str(d.note),
}));

/**
 * Which entries: the head's (every entry, or one kind), or a grid worker's (one of their buildings — the
 * rules let a worker read only those, by that filter —, or one kind in it).
 */
export interface AuditFilter {
  buildingId: string | null;
  kind: AuditKind | null;
}

export const auditQueries = {
  /**
   * The log, newest first, a page (auditPage, the rules' cap) at a time, by cursor: a full page means there
   * may be more (at worst the last "more" finds none).
   */
  page: (filter: AuditFilter) =>
    infiniteQueryOptions({
      queryKey: ['auditLog', filter] as const,
      initialPageParam: null as QueryDocumentSnapshot<DocumentData> | null,
      queryFn: async ({ pageParam }) => {
        const b = await getBackend();
        const snap = await b.getDocs(
          b.query(
            b.collection(b.db, 'auditLog'),
            ...(filter.buildingId ? [b.where('buildingId', '==', filter.buildingId)] : []),
            ...(filter.kind ? [b.where('kind', '==', filter.kind)] : []),
            b.orderBy('at', 'desc'),
            ...(pageParam ? [b.startAfter(pageParam)] : []),
            b.limit(auditPage),
          ),
        );
        const docs = snap.docs;
        return {
          entries: docs.map((d) => auditConverter.fromFirestore(d, {})),
          next: docs.length === auditPage ? docs[docs.length - 1]! : null,
        };
      },
      getNextPageParam: (last) => last.next,
      staleTime: 30_000,
    }),
};
