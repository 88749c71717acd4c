/**
 * The one door to Firebase. `getBackend()` loads `./firebase` (and with it the SDK) on first use, but never
 * before the first screen's content has painted (`contentPainted`, called by the router once a route has
 * rendered): the 139 KB SDK must not compete with the first screen for a weak connection.
 * `getAuthBackend()` loads only its Auth part (30 KB), for the sign-in screen.
 */
export type Backend = typeof import('./firebase');
// Writes: a plan (./write-plan.ts) through `commitPlan` (./commit-plan.ts, loaded with the screens that write).
export type { PlanOp, WritePlan } from './write-plan';
export type AuthBackend = typeof import('./firebase-auth');

let loading: Promise<Backend> | null = null;
let loadingAuth: Promise<AuthBackend> | null = null;
let painted: () => void = () => undefined;
let hasPainted = false;
const firstContent = new Promise<void>((resolve) => {
  painted = () => {
    hasPainted = true;
    resolve();
  };
  // In case no route ever says so (an error screen): never wait longer than this.
  setTimeout(painted, 4000);
});

/**
 * The first route has rendered: resolves once the browser has painted it — when the browser reports the
 * paint of the screen's largest text (a frame can reach the screen well after the next animation frame on a
 * slow phone), or 0.3 s after the next frame when it reports none (no larger element than before, or a
 * browser without the Largest Contentful Paint API: then right after the next frame).
 */
export function contentPainted() {
  if (hasPainted) return; // every later screen calls it too: nothing left to wait for
  const since = performance.now();
  let observer: PerformanceObserver | undefined;
  const done = () => {
    observer?.disconnect();
    painted();
  };
  if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes(LCP)) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.startTime >= since)) done();
    });
    observer.observe({ type: LCP, buffered: true });
  }
  requestAnimationFrame(() => setTimeout(done, observer ? 300 : 0));
}

const LCP = 'largest-contentful-paint';

/** Resolves once the first screen's content has painted (at the latest 4 s after the page started). */
export function firstContentPainted(): Promise<void> {
  return firstContent;
}

export function getBackend(): Promise<Backend> {
  loading ??= firstContent
    .then(() => import('./firebase'))
    .then(async (firebase) => {
      await nextTask(); // the SDK's start-up in a task of its own, after its evaluation
      firebase.open();
      return firebase;
    });
  return loading;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Auth alone (who is signed in, sending the SMS code, signing in and out): what the sign-in screen needs.
 * Firestore, three times the size, is not downloaded until a screen reads data.
 */
export function getAuthBackend(): Promise<AuthBackend> {
  loadingAuth ??= loading ?? firstContent.then(() => import('./firebase-auth'));
  return loadingAuth;
}

/** Runs `fn` once the browser is idle after first paint (at the latest after 1.5 s). */
export function whenIdle(fn: () => void) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(fn, { timeout: 1500 });
  else setTimeout(fn, 200);
}
