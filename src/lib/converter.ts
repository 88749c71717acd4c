import type { DocumentData, FirestoreDataConverter } from 'firebase/firestore';

/** A value from Firestore that may be a Timestamp (duck-typed so this file never imports the SDK). */
export function toDate(v: unknown): Date | null {
  if (
    v &&
    typeof v === 'object' &&
    'toDate' in v &&
    typeof (v as { toDate: unknown }).toDate === 'function'
  ) {
    return (v as { toDate(): Date }).toDate();
  }
  return null;
}

export function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback;
}

export function strOrNull(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function num(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Builds the read converter of one collection: adds the document id, maps Timestamps to Dates (pending
 * server timestamps are estimated, so an offline write shows its local time) and never lets a component see
 * raw `doc.data()`. Writes build their payloads explicitly in each mutation, so `toFirestore` only strips
 * the id.
 */
export function makeConverter<T extends { id: string }>(
  parse: (id: string, data: DocumentData) => T,
): FirestoreDataConverter<T, DocumentData> {
  return {
    toFirestore(model) {
      const { id: _id, ...rest } = model as T;
      void _id;
      return rest as DocumentData;
    },
    fromFirestore(snapshot, options) {
      return parse(snapshot.id, snapshot.data({ ...options, serverTimestamps: 'estimate' }));
    },
  };
}
