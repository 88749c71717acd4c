/**
 * `next`, reusing every part of `prev` that is equal to it — dates compared by time — and `prev` itself when
 * nothing changed. TanStack Query's own structural sharing treats every Date as changed, and Firestore
 * documents are full of them (created, due, updated…): each snapshot, even an unchanged one, gave every
 * ticket a new object, so every row of a list rendered again. With this, a snapshot that changes one ticket
 * re-renders one row, and the listener's first snapshot that matches what the phone kept re-renders none.
 */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (prev instanceof Date && next instanceof Date)
    return (prev.getTime() === next.getTime() ? prev : next) as T;
  const arrays = Array.isArray(prev) && Array.isArray(next);
  if (!arrays && !(plain(prev) && plain(next))) return next;
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  const out: Record<string, unknown> = arrays ? ([] as unknown as Record<string, unknown>) : {};
  let same = Object.keys(before).length === keys.length;
  for (const k of keys) {
    const v = shareEqual(before[k], after[k]);
    out[k] = v;
    if (v !== before[k] || !(k in before)) same = false;
  }
  return (same ? prev : out) as T;
}

function plain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
