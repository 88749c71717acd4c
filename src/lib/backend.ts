/**
 * The one door to Firebase. `getBackend()` loads `./firebase` (and with it the SDK) on first use; the app
 * starts it once the first screen has painted (`whenIdle`), so the SDK downloads in the background.
 */
export type Backend = typeof import('./firebase');

let loading: Promise<Backend> | null = null;

export function getBackend(): Promise<Backend> {
  loading ??= import('./firebase');
  return loading;
}

/** Runs `fn` once the browser is idle after first paint (at the latest after 1.5 s). */
export function whenIdle(fn: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
}
