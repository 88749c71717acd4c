/**
 * A write plan: everything one commit writes, as plain data that survives `structuredClone` — so that it can
 * cross to a worker that runs Firestore (docs/decisions.md, "Every write as a plan"). The features build one
 * with their `writes.ts` builders and `planSdk` (which stands for the SDK's sentinels with plain markers) and
 * hand it to `commitPlan` (./backend.ts), which runs it as one batch. This file stays tiny and never imports
 * the SDK: it is part of every screen that writes; the decoder (./plan-commit.ts) is loaded with Firebase.
 * Plain scripts import it too (relative imports only).
 */

/** Values a plan carries: JSON-like data, Dates (written as Timestamps) and the two markers below. */
export type PlainData =
  string | number | boolean | null | Date | PlainData[] | { [key: string]: PlainData | undefined };

/**
 * A document's fields (or an update's). Typed loosely, as the builders' results are (their sentinels are
 * `unknown`); that a plan holds only `PlainData` is what src/lib/write-plan.test.ts checks of the app's plans.
 */
export type PlainDoc = Record<string, unknown>;

/** The server's time of the commit (`serverTimestamp()`). */
export interface ServerTime {
  $server: 'timestamp';
}
/** Adds `n` to a number on the server (`increment(n)`). */
export interface Increment {
  $increment: number;
}

export type PlanOp =
  | { op: 'set'; path: string; data: PlainDoc; merge?: boolean }
  /** `fields`: updates by field path (segments that a dotted key could not name, as `FieldPath`). */
  | { op: 'update'; path: string; data: PlainDoc; fields?: [string[], unknown][] }
  | { op: 'delete'; path: string };

/** The documents one commit writes, in order; committed whole or refused whole. */
export type WritePlan = PlanOp[];

/** What the `writes.ts` builders take as their SDK, for a plan: plain markers instead of sentinels. */
export const planSdk = {
  serverTimestamp: (): PlainData => ({ $server: 'timestamp' }) satisfies ServerTime,
  increment: (n: number): PlainData => ({ $increment: n }) satisfies Increment,
  fromDate: (d: Date): PlainData => d,
  fromMillis: (ms: number): PlainData => new Date(ms),
};

/** A new document id, as Firestore makes them (20 letters and digits), made without the SDK. */
export function newDocId() {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = '';
  while (id.length < 20) {
    for (const byte of crypto.getRandomValues(new Uint8Array(40))) {
      if (id.length < 20 && byte < 248) id += chars[byte % 62]; // 248 = 4 × 62: no letter more likely
    }
  }
  return id;
}
