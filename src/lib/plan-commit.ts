/**
 * Runs a write plan (./write-plan.ts) as one `writeBatch` against a Firestore client: the app's
 * (`commitPlan` in ./firebase.ts, reached through ./backend.ts), a worker's, or the rules tests' and
 * scripts' own clients — one decoder, so they all commit exactly what the app sends. Loaded with Firebase,
 * never in a first-load chunk. Like any batch, the promise settles when the server has answered (offline:
 * the batch waits in Firestore's queue, and shows at once in the listeners).
 */
import type { FieldPath, FieldValue, Firestore, WriteBatch } from 'firebase/firestore';
import type { PlainDoc, WritePlan } from './write-plan';

/** The Firestore functions a plan needs (the app passes its backend, tests and scripts the SDK module). */
export interface PlanFs {
  doc(db: Firestore, path: string): Parameters<WriteBatch['set']>[0];
  writeBatch(db: Firestore): WriteBatch;
  serverTimestamp(): FieldValue;
  increment(n: number): FieldValue;
  FieldPath?: new (...segments: string[]) => FieldPath;
}

/** A plan's value as the SDK writes it: markers become sentinels; Dates and other objects pass as they are. */
export function decodeValue(fs: PlanFs, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => decodeValue(fs, x));
  if (!v || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && o.$server === 'timestamp') return fs.serverTimestamp();
  if (keys.length === 1 && typeof o.$increment === 'number') return fs.increment(o.$increment);
  return Object.fromEntries(keys.map((k) => [k, decodeValue(fs, o[k])]));
}

const decodeDoc = (fs: PlanFs, data: PlainDoc) => decodeValue(fs, data) as PlainDoc;

/** The plan as one batch (not yet committed). */
export function planBatch(fs: PlanFs, db: Firestore, plan: WritePlan): WriteBatch {
  const batch = fs.writeBatch(db);
  for (const w of plan) {
    const ref = fs.doc(db, w.path);
    if (w.op === 'delete') batch.delete(ref);
    else if (w.op === 'set' && w.merge) batch.set(ref, decodeDoc(fs, w.data), { merge: true });
    else if (w.op === 'set') batch.set(ref, decodeDoc(fs, w.data));
    else if (!w.fields?.length) batch.update(ref, decodeDoc(fs, w.data));
    else {
      // By field path: (path, value) pairs, then the dotted keys of `data`.
      const pairs: unknown[] = w.fields.flatMap(([p, value]) => [
        new fs.FieldPath!(...p),
        decodeValue(fs, value),
      ]);
      for (const [k, value] of Object.entries(w.data)) pairs.push(k, decodeValue(fs, value));
      const [first, value, ...rest] = pairs as [FieldPath, unknown, ...unknown[]];
      batch.update(ref, first, value, ...rest);
    }
  }
  return batch;
}

/** Commits the plan as one batch: resolves when the server has accepted all of it. */
export function commitPlanWith(fs: PlanFs, db: Firestore, plan: WritePlan): Promise<void> {
  return planBatch(fs, db, plan).commit();
}
