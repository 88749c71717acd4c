import type {
  FirestoreDataConverter,
  QueryConstraint,
  QueryDocumentSnapshot,
  QuerySnapshot,
} from 'firebase/firestore';
import { getBackend } from '@/lib/backend';
import { ticketConverter } from '@/lib/converters/tickets';
import { visitConverter } from '@/lib/converters/visits';
import { ticketRows, toCsv, visitRows, type TicketLabels, type VisitLabels } from './csv';

const PAGE = 500;

/**
 * Reads a whole period page by page (500 at a time), through the collection's converter; an export reads
 * what it exports.
 */
async function readPeriod<T>(
  collection: 'tickets' | 'visits',
  converter: FirestoreDataConverter<T>,
  field: string,
  from: Date,
  to: Date,
) {
  const b = await getBackend();
  const docs: T[] = [];
  let cursor: QueryDocumentSnapshot<T> | null = null;
  for (;;) {
    const constraints: QueryConstraint[] = [
      b.where(field, '>=', b.Timestamp.fromDate(from)),
      b.where(field, '<', b.Timestamp.fromDate(to)),
      b.orderBy(field),
      ...(cursor ? [b.startAfter(cursor)] : []),
      b.limit(PAGE),
    ];
    const snap: QuerySnapshot<T> = await b.getDocs(
      b.query(b.collection(b.db, collection).withConverter(converter), ...constraints),
    );
    docs.push(...snap.docs.map((d) => d.data()));
    if (snap.docs.length < PAGE) return docs;
    cursor = snap.docs[snap.docs.length - 1]!;
  }
}

export async function exportTickets(from: Date, to: Date, headers: string[], labels: TicketLabels) {
  const tickets = await readPeriod('tickets', ticketConverter, 'createdAt', from, to);
  return { csv: toCsv([headers, ...ticketRows(tickets, labels)]), rows: tickets.length };
}

/** Where a visited household lives, as stored in its register entry (null when it is gone). */
export interface HouseholdPlace {
  buildingId: string;
  entrance: number;
  flat: string;
}

/** The register entries of the visited households, read once each (20 at a time). */
async function readHouseholds(ids: string[]) {
  const b = await getBackend();
  const out = new Map<string, HouseholdPlace | null>();
  for (let i = 0; i < ids.length; i += 20) {
    const chunk = ids.slice(i, i + 20);
    const snaps = await Promise.all(
      chunk.map((id) => b.getDoc(b.doc(b.db, 'households', id)).catch(() => null)),
    );
    snaps.forEach((snap, j) => {
      const d = snap?.data();
      out.set(
        chunk[j]!,
        d && typeof d.buildingId === 'string'
          ? { buildingId: d.buildingId, entrance: Number(d.entrance), flat: String(d.flat) }
          : null,
      );
    });
  }
  return out;
}

export async function exportVisits(
  from: Date,
  to: Date,
  headers: string[],
  labels: Omit<VisitLabels, 'household'> & { address(h: HouseholdPlace): string },
) {
  const visits = await readPeriod('visits', visitConverter, 'visitedAt', from, to);
  const places = await readHouseholds([...new Set(visits.map((v) => v.householdId))]);
  const household = (id: string) => {
    const h = places.get(id);
    return h ? labels.address(h) : '';
  };
  return { csv: toCsv([headers, ...visitRows(visits, { ...labels, household })]), rows: visits.length };
}

export function download(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
