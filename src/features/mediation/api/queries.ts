import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import { casesPage } from '@/lib/policy';
import type { MediationCase, Session } from '../types';
import { caseConverter, sessionConverter } from './converter';

/** Who is asking decides the query: the rules only return cases one may see. */
export type CaseScope = { head: true } | { mediator: string } | { party: string };

export const mediationQueries = {
  all: ['mediation'] as const,
  list: (scope: CaseScope) =>
    liveQueryOptions<MediationCase[], readonly ['mediation', 'list', CaseScope]>(
      ['mediation', 'list', scope],
      async (emit, fail) => {
        const b = await getBackend();
        const col = b.collection(b.db, 'mediationCases').withConverter(caseConverter);
        const q =
          'head' in scope
            ? b.query(col, b.orderBy('createdAt', 'desc'), b.limit(50))
            : 'mediator' in scope
              ? b.query(col, b.where('mediatorId', '==', scope.mediator), b.limit(50))
              : b.query(col, b.where('partyUids', 'array-contains', scope.party), b.limit(50));
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  /** The cases opened from a ticket that the viewer may see (the rules return no others). */
  fromTicket: (ticketId: string, scope: CaseScope) =>
    liveQueryOptions<MediationCase[], readonly ['mediation', 'ticket', string, CaseScope]>(
      ['mediation', 'ticket', ticketId, scope],
      async (emit, fail) => {
        const b = await getBackend();
        const col = b.collection(b.db, 'mediationCases').withConverter(caseConverter);
        const who =
          'head' in scope
            ? []
            : 'mediator' in scope
              ? [b.where('mediatorId', '==', scope.mediator)]
              : [b.where('partyUids', 'array-contains', scope.party)];
        const q = b.query(col, b.where('ticketId', '==', ticketId), ...who, b.limit(casesPage));
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  detail: (id: string) =>
    liveQueryOptions<MediationCase | null, readonly ['mediation', 'detail', string]>(
      ['mediation', 'detail', id],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'mediationCases', id).withConverter(caseConverter),
          (s) => emit(s.exists() ? s.data() : null),
          fail,
        );
      },
    ),
  sessions: (id: string) =>
    liveQueryOptions<Session[], readonly ['mediation', 'detail', string, 'sessions']>(
      ['mediation', 'detail', id, 'sessions'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'mediationCases', id, 'sessions').withConverter(sessionConverter),
          b.orderBy('at'),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
};
