import { useSyncExternalStore } from 'react';

/**
 * Unread items by the bottom bar's tab they belong to (`home`, `notices`, `events`), as the resident home's
 * "what's new" last worked them out; src/lib/seen.ts sets them (and the app icon's badge) and takes an item
 * off when it is opened. Part of every first load (the bottom bar reads it): kept tiny.
 */
export type Tab = 'home' | 'notices' | 'events';
export type Unread = { key: string; tab: Tab }[];
let unread: Unread = [];
const listeners = new Set<() => void>();

export const unreadNow = () => unread;

export function setUnread(next: Unread) {
  unread = next;
  listeners.forEach((l) => l());
}

export function useUnread(tab: Tab): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => unread.filter((x) => x.tab === tab).length,
  );
}
