import { useSyncExternalStore } from 'react';

/**
 * Display preferences kept on the phone: 长辈版 (large-text, simplified mode) and the text size. Applied as
 * classes on <html>, so every rem-based size scales and CSS can enlarge tap targets.
 */
export type TextSize = 'normal' | 'large' | 'xlarge';
export interface Prefs {
  elder: boolean;
  textSize: TextSize;
}

const KEY = 'shequ.prefs';
const listeners = new Set<() => void>();

function read(): Prefs {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Prefs> | null;
    const textSize: TextSize =
      raw?.textSize === 'large' || raw?.textSize === 'xlarge' ? raw.textSize : 'normal';
    return { elder: raw?.elder === true, textSize };
  } catch {
    return { elder: false, textSize: 'normal' };
  }
}

let current = read();

export function applyPrefs(p: Prefs = current) {
  const root = document.documentElement;
  root.classList.toggle('elder', p.elder);
  root.dataset.textSize = p.textSize;
}

export function setPrefs(patch: Partial<Prefs>) {
  current = { ...current, ...patch };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    /* ignore */
  }
  applyPrefs(current);
  listeners.forEach((l) => l());
}

export function usePrefs(): Prefs {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** For tests. */
export function reloadPrefs() {
  current = read();
  applyPrefs(current);
  listeners.forEach((l) => l());
}
