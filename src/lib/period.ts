/** Ids of the documents that summarise a period (UTC, as firestore.rules computes them). */

/** The monthly summary document a write counts in: `stats/2026-11`. */
export function monthKey(d: Date) {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The day document of early-warning signals a report counts in: `signals/2026-11-23`. */
export function dayKey(d: Date) {
  return `${monthKey(d)}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
