/**
 * Documents this page has received from the server (not from the local cache), for the benchmarks'
 * "reads per screen". Mirrors how Firestore bills: a listener's first server snapshot costs every
 * document in it, later snapshots one per changed document; a one-shot read costs its documents (at
 * least one); an aggregation costs one per 1,000 index entries (at least one, which is what we count).
 * Transaction reads are not counted. Counted by ./firebase.ts and ./public-doc.ts; exposed as
 * `window.__shequReads`.
 *
 * Only in builds for the emulators (`VITE_USE_EMULATORS=true`: `npm start`, the browser tests, the bench):
 * the callers count behind that test, which a production build folds to false, and then nothing is left
 * here (no side effect, nothing imported) — neither the counter nor `__shequReads` ships (a build not for the
 * emulators fails if it does: vite.config.ts).
 */
export const reads = {
  count: 0,
  /** The same reads by collection path (e.g. `tickets`, `events/e1/signups`). */
  byCollection: {} as Record<string, number>,
  add(path: string, n: number) {
    this.count += n;
    this.byCollection[path] = (this.byCollection[path] ?? 0) + n;
  },
  reset() {
    this.count = 0;
    this.byCollection = {};
  },
};
if (import.meta.env.VITE_USE_EMULATORS === 'true' && typeof window !== 'undefined')
  (window as unknown as { __shequReads: typeof reads }).__shequReads = reads;
