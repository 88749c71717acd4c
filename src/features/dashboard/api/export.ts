import type {
  FirestoreDataConverter,
  QueryConstraint,
  QueryDocumentSnapshot,
  QuerySnapshot,
} from 'firebase/firestore';
import { getBackend } from '@/lib/backend';
import { ticketConverter } from '@/lib/converters/tickets';
import { visitConverter } from '@/lib/converters/visits';

const PAGE = 500;

/** CSV with a UTF-8 byte-order mark, so spreadsheet software shows Chinese correctly. */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

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

const date = (d: Date | null) => (d ? d.toISOString() : '');

export async function exportTickets(from: Date, to: Date, headers: string[]) {
  const rows = (await readPeriod('tickets', ticketConverter, 'createdAt', from, to)).map((t) => [
    t.id,
    date(t.createdAt),
    t.categoryId,
    t.buildingNumber,
    t.status,
    t.urgency,
    t.assigneeName ?? '',
    date(t.acceptedAt),
    date(t.resolvedAt),
    date(t.closedAt),
    t.rating?.score ?? null,
    t.description,
  ]);
  return toCsv([headers, ...rows]);
}

export async function exportVisits(from: Date, to: Date, headers: string[]) {
  const rows = (await readPeriod('visits', visitConverter, 'visitedAt', from, to)).map((v) => [
    v.id,
    date(v.visitedAt),
    v.householdId,
    v.workerName,
    v.metWith,
    v.findings,
    v.followUp ? 1 : 0,
  ]);
  return toCsv([headers, ...rows]);
}

export function download(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
