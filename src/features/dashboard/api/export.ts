import type { DocumentData, QueryConstraint, QueryDocumentSnapshot, QuerySnapshot } from 'firebase/firestore';
import { getBackend } from '@/lib/backend';

const PAGE = 500;

/** CSV with a UTF-8 byte-order mark, so spreadsheet software shows Chinese correctly. */
export function toCsv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Reads a whole period page by page (500 at a time); an export reads what it exports. */
async function readPeriod(collection: 'tickets' | 'visits', field: string, from: Date, to: Date) {
  const b = await getBackend();
  const docs: Record<string, unknown>[] = [];
  let cursor: QueryDocumentSnapshot<DocumentData> | null = null;
  for (;;) {
    const constraints: QueryConstraint[] = [
      b.where(field, '>=', b.Timestamp.fromDate(from)),
      b.where(field, '<', b.Timestamp.fromDate(to)),
      b.orderBy(field),
      ...(cursor ? [b.startAfter(cursor)] : []),
      b.limit(PAGE),
    ];
    const snap: QuerySnapshot<DocumentData> = await b.getDocs(
      b.query(b.collection(b.db, collection), ...constraints),
    );
    docs.push(...snap.docs.map((d) => ({ id: d.id, ...d.data() })));
    if (snap.docs.length < PAGE) return docs;
    cursor = snap.docs[snap.docs.length - 1]!;
  }
}

const date = (v: unknown) => {
  const d = (v as { toDate?: () => Date } | null)?.toDate?.();
  return d ? d.toISOString() : '';
};

export async function exportTickets(from: Date, to: Date, headers: string[]) {
  const rows = (await readPeriod('tickets', 'createdAt', from, to)).map((t) => [
    String(t.id),
    date(t.createdAt),
    String(t.categoryId),
    Number(t.buildingNumber),
    String(t.status),
    String(t.urgency),
    String(t.assigneeName ?? ''),
    date(t.acceptedAt),
    date(t.resolvedAt),
    date(t.closedAt),
    (t.rating as { score?: number } | null)?.score ?? null,
    String(t.description),
  ]);
  return toCsv([headers, ...rows]);
}

export async function exportVisits(from: Date, to: Date, headers: string[]) {
  const rows = (await readPeriod('visits', 'visitedAt', from, to)).map((v) => [
    String(v.id),
    date(v.visitedAt),
    String(v.householdId),
    String(v.workerName),
    String(v.metWith),
    String(v.findings),
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
