import { useSyncExternalStore } from 'react';

/** The current time, updated every minute (components stay pure: they read time through this hook). */
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(l: () => void) {
  listeners.add(l);
  // The clock stood still while nobody watched it: the first watcher sets it right (React reads the
  // snapshot again after subscribing and renders once more if it moved).
  if (!timer) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((x) => x());
  }, 60_000);
  return () => {
    listeners.delete(l);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
