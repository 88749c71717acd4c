import { useSyncExternalStore } from 'react';
import { getBackend } from './backend';

function subscribe(cb: () => void) {
  window.addEventListener('online', cb);
  window.addEventListener('offline', cb);
  return () => {
    window.removeEventListener('online', cb);
    window.removeEventListener('offline', cb);
  };
}

/** Whether the browser believes it is online (the offline banner listens to this). */
export function useOnline() {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}

/**
 * Whether Firestore reaches its server. The phone may have signal while the server cannot be reached (a
 * dead Wi-Fi router, an outage); Firestore then serves its cache and queues writes by itself, and this says
 * so. "Unreachable" is declared only after it has lasted a few seconds, so a page that opens from the cache
 * before its first server answer does not flash a warning.
 */
const GRACE_MS = 5_000;
let reachable = true;
let watching = false;
let timer: ReturnType<typeof setTimeout> | null = null;
const reachListeners = new Set<() => void>();

function setReachable(value: boolean) {
  if (reachable === value) return;
  reachable = value;
  reachListeners.forEach((l) => l());
}

function watchServer() {
  if (watching) return;
  watching = true;
  void getBackend().then((b) =>
    b.watchServerReach((up) => {
      if (up) {
        if (timer) clearTimeout(timer);
        timer = null;
        setReachable(true);
      } else {
        timer ??= setTimeout(() => {
          timer = null;
          setReachable(false);
        }, GRACE_MS);
      }
    }),
  );
}

export function useServerReachable() {
  return useSyncExternalStore(
    (l) => {
      watchServer();
      reachListeners.add(l);
      return () => reachListeners.delete(l);
    },
    () => reachable,
  );
}

/** Online and the server answers: what is written now is sent now. */
export function useConnected() {
  const online = useOnline();
  const server = useServerReachable();
  return online && server;
}
