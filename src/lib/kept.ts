import type { QueryKey } from '@tanstack/react-query';

/**
 * What the phone last saw, kept in localStorage for a few screens (profile, the household's tickets, a
 * ticket and its public timeline, categories, the office's phone): a returning resident's screen paints from
 * it at once, before the Firebase SDK has even downloaded, and the live listener replaces it moments later.
 * Forgotten on sign-out. Small documents only (no photos).
 */
const PREFIX = 'shequ.kept.';
/** Public data anyone on this phone may see (the office's phone number): kept across sign-outs. */
const SHARED = 'shequ.shared.';
type Where = { shared?: boolean };

/**
 * The query key as text, written as TanStack Query's `hashKey` writes it (objects' keys sorted), so what a
 * phone kept before stays readable. Not imported from TanStack: this file is part of the tiny start-up
 * script (src/boot.ts) that must not wait for the React/TanStack chunk.
 */
export function keyText(queryKey: QueryKey) {
  return JSON.stringify(queryKey, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function storageKey(queryKey: QueryKey, { shared = false }: Where) {
  return (shared ? SHARED : PREFIX) + keyText(queryKey);
}

export function keep(queryKey: QueryKey, value: unknown, where: Where = {}) {
  try {
    localStorage.setItem(
      storageKey(queryKey, where),
      JSON.stringify(value, function (this: Record<string, unknown>, k, v: unknown) {
        const raw = this[k];
        return raw instanceof Date ? { $date: raw.getTime() } : v;
      }),
    );
  } catch {
    /* storage full or unavailable: the screen just waits for the server */
  }
}

// The same stored text always gives the same object: TanStack Query compares placeholder data by
// reference, and a fresh object on every render would re-render for ever.
const parsed = new Map<string, { text: string; value: unknown }>();

export function kept<T>(queryKey: QueryKey, where: Where = {}): T | undefined {
  try {
    const key = storageKey(queryKey, where);
    const text = localStorage.getItem(key);
    if (text === null) return undefined;
    const hit = parsed.get(key);
    if (hit?.text === text) return hit.value as T;
    const value = JSON.parse(text, (_, v: unknown) =>
      v && typeof v === 'object' && '$date' in v ? new Date((v as { $date: number }).$date) : v,
    ) as T;
    parsed.set(key, { text, value });
    return value;
  } catch {
    return undefined;
  }
}

/** Sign-out: nothing of this person stays on the phone (the shared public data does). */
export function forgetKept() {
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith(PREFIX)) localStorage.removeItem(k);
    parsed.clear();
  } catch {
    /* ignore */
  }
}
