/**
 * Reports written on this phone and not yet accepted by the server, kept in IndexedDB (text, photos, voice)
 * so that nothing typed is lost: not when the tab is closed offline, not when the server refuses it.
 *
 *  - `sendReport` saves the report here first, then commits it; success removes it, a refusal keeps it
 *    with the reason so the resident can fix and resend.
 *  - After a reload, `settleOutbox` finds out what happened to reports still marked "sending" (Firestore
 *    resends its own queued batch; if it never arrives, we resend it from here).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { preloadMutations, reportLimitReached, submitTicket, ticketReachedServer } from './lazy-mutations';
import type { Actor, NewTicketInput, PhotoInput, VoiceInput } from './writes';

export type StoredInput = Omit<NewTicketInput, 'writtenAt'> & { writtenAt: string };

export interface OutboxItem {
  id: string;
  actor: Actor;
  input: StoredInput;
  photos: PhotoInput[];
  /** The voice message (none in reports queued before there were any). */
  voice?: VoiceInput | null;
  state: 'sending' | 'refused';
  /** Firestore error code of a refusal. */
  error: string | null;
  savedAt: string;
}

type Idb = typeof import('idb-keyval');
let opening: Promise<{ idb: Idb; store: ReturnType<Idb['createStore']> } | null> | undefined;
/**
 * The IndexedDB store, its small library loaded on first use: the screens that show the outbox paint first
 * (a report waiting here is rare), and the library stays out of their first download.
 */
function outbox() {
  opening ??=
    typeof indexedDB === 'undefined'
      ? Promise.resolve(null)
      : import('idb-keyval').then(
          (idb) => ({ idb, store: idb.createStore('shequ-outbox', 'reports') }),
          (e: unknown) => {
            opening = undefined; // not arrived (a weak connection before the app is installed): try again next time
            throw e;
          },
        );
  return opening;
}
async function remove(id: string) {
  const o = await outbox();
  if (o) await o.idb.del(id, o.store);
}
let items: OutboxItem[] = [];
const listeners = new Set<() => void>();
const inFlight = new Set<string>();

async function refresh() {
  const o = await outbox();
  items = o
    ? ((await o.idb.values(o.store)) as OutboxItem[]).sort((a, b) => a.savedAt.localeCompare(b.savedAt))
    : [];
  listeners.forEach((l) => l());
}

function toInput(s: StoredInput): NewTicketInput {
  return { ...s, writtenAt: new Date(s.writtenAt) };
}

async function put(item: OutboxItem) {
  const o = await outbox();
  if (o) await o.idb.set(item.id, item, o.store);
  await refresh();
}

function send(item: OutboxItem) {
  inFlight.add(item.id);
  return submitTicket(item.actor, toInput(item.input), item.photos, item.voice ?? null).then(
    async () => {
      inFlight.delete(item.id);
      await remove(item.id);
      await refresh();
    },
    async (e: unknown) => {
      inFlight.delete(item.id);
      const code = (e as { code?: string }).code ?? 'unknown';
      // Refused because an earlier attempt arrived (the rules refuse the copy): the report is there.
      if (code === 'permission-denied' && (await ticketReachedServer(item.id))) {
        await remove(item.id);
        await refresh();
        return;
      }
      const limited =
        code === 'permission-denied' && (await reportLimitReached(item.input).catch(() => false));
      await put({ ...item, state: 'refused', error: limited ? 'report-limit' : code });
    },
  );
}

/**
 * Saves the report on the phone, then sends it. Resolves once it is safely stored (not when it is sent).
 * Online, a household whose reports of the day are used up is told before anything is sent (the form
 * keeps what was typed): the rules would refuse it.
 */
export async function sendReport(
  actor: Actor,
  input: NewTicketInput,
  photos: PhotoInput[],
  voice: VoiceInput | null = null,
) {
  if (
    typeof navigator !== 'undefined' &&
    navigator.onLine &&
    (await reportLimitReached(input).catch(() => false))
  )
    throw Object.assign(new Error('reports of the day used up'), { code: 'report-limit' });
  const item: OutboxItem = {
    id: input.id,
    actor,
    input: { ...input, writtenAt: input.writtenAt.toISOString() },
    photos,
    voice,
    state: 'sending',
    error: null,
    savedAt: new Date().toISOString(),
  };
  await put(item);
  void send(item);
}

/**
 * Loads what sending a report needs (the store, the write code) while the form is being filled: with no
 * service worker (the dev server; a first visit before it is installed) it could not be fetched offline.
 */
export function prepareToSend() {
  outbox().catch(() => undefined);
  void preloadMutations();
}

export async function discardReport(id: string) {
  await remove(id);
  await refresh();
}

export async function outboxItem(id: string): Promise<OutboxItem | undefined> {
  const o = await outbox();
  return o ? ((await o.idb.get(id, o.store)) as OutboxItem | undefined) : undefined;
}

/** Resolves when the browser reports a connection (at once if it has one). */
function online(): Promise<void> {
  if (typeof navigator === 'undefined' || navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
}

/**
 * Finds out what happened to a report left "sending" by an earlier visit: if the server has it, it is done;
 * if not (Firestore's own queue may not have kept it, e.g. the tab closed right after sending), it is sent
 * again from here. Waits for a connection first, and keeps trying while the server cannot be reached.
 */
async function settleOne(item: OutboxItem) {
  inFlight.add(item.id);
  for (;;) {
    await online();
    try {
      if (await ticketReachedServer(item.id)) {
        inFlight.delete(item.id);
        await remove(item.id);
        await refresh();
      } else {
        inFlight.delete(item.id);
        await send(item);
      }
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 3_000));
    }
  }
}

/** Settles reports left "sending" by an earlier visit (once per page load, in the background). */
let settled = false;
export async function settleOutbox() {
  if (settled) return;
  settled = true;
  await refresh();
  for (const item of items) {
    if (item.state === 'sending' && !inFlight.has(item.id)) void settleOne(item);
  }
}

export function useOutbox(): OutboxItem[] {
  useEffect(() => {
    void settleOutbox();
  }, []);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => items,
  );
}
