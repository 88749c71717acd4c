import { hashKey, queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { keep, kept } from './kept';
import { shareEqual } from './share-equal';

/**
 * Realtime lists and documents: an `onSnapshot` listener pushes every change into the query cache with
 * `setQueryData`; the query itself never goes stale. The listener starts with the first observer and stops a
 * few seconds after the last one leaves (so quick back-and-forth navigation does not re-read the server).
 */
export type Subscribe<T> = (
  emit: (value: T, fromCache?: boolean) => void,
  fail: (error: Error) => void,
) => Promise<() => void>;

interface Listener {
  unsubscribe: (() => void) | null;
  stopped: boolean;
  stopTimer: ReturnType<typeof setTimeout> | null;
}

const listeners = new Map<string, Listener>();
const STOP_DELAY_MS = 5_000;

function start<T>(
  client: QueryClient,
  queryKey: QueryKey,
  subscribe: Subscribe<T>,
  keepOnPhone: boolean,
  whole: boolean,
): Promise<T> {
  const hash = hashKey(queryKey);
  const running = listeners.get(hash);
  if (running && !running.stopped) {
    const cached = client.getQueryData<T>(queryKey);
    if (cached !== undefined) return Promise.resolve(cached);
  }
  running?.unsubscribe?.();
  const entry: Listener = { unsubscribe: null, stopped: false, stopTimer: null };
  listeners.set(hash, entry);
  return new Promise<T>((resolve, reject) => {
    let first = true;
    let waiting: ReturnType<typeof setTimeout> | null = null;
    subscribe(
      (value, fromCache) => {
        if (entry.stopped) return;
        // Nothing, from Firestore's cache: "none", or "never loaded on this phone" when the server has not
        // answered this query here before. The latter is never shown as "none": if the server does not
        // answer within a moment (offline), the screen says it needs a connection, and the server's answer
        // replaces that when it comes.
        // A `whole` list (a total is made of it) from the cache is no better when it is not empty: it holds
        // whatever other queries left there (the sign-ups of the coming week, not the record).
        if (nothing(value) || whole) {
          if (fromCache === false) {
            if (!kept(answeredKey(queryKey))) keep(answeredKey(queryKey), 1);
          } else if (fromCache && !kept(answeredKey(queryKey))) {
            if (first)
              waiting ??= setTimeout(() => {
                first = false;
                reject(needsConnection());
              }, NO_ANSWER_MS);
            return;
          }
        }
        if (waiting) clearTimeout(waiting);
        // The first snapshot takes over from what the phone kept (the placeholder on screen): where they
        // agree it is the same objects, so those rows do not render again.
        const shown = first && keepOnPhone ? kept<T>(queryKey) : undefined;
        if (keepOnPhone) keep(queryKey, value);
        if (first) {
          first = false;
          resolve(shareEqual(shown, value));
        } else {
          client.setQueryData(queryKey, value);
        }
      },
      (error) => {
        if (waiting) clearTimeout(waiting);
        entry.stopped = true;
        entry.unsubscribe?.();
        if (listeners.get(hash) === entry) listeners.delete(hash);
        if (first) {
          first = false;
          reject(error);
        } else {
          // Let the query restart its listener; if the error persists it becomes the query's error.
          void client.refetchQueries({ queryKey, exact: true });
        }
      },
    ).then(
      (unsubscribe) => {
        if (entry.stopped) unsubscribe();
        else entry.unsubscribe = unsubscribe;
      },
      (error: unknown) => {
        entry.stopped = true;
        if (listeners.get(hash) === entry) listeners.delete(hash);
        if (first) reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** No document, or an empty list: what Firestore's cache gives for a query it has never been answered. */
const nothing = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);
const answeredKey = (queryKey: QueryKey): QueryKey => ['answered', ...queryKey];
/** How long a screen with nothing kept waits for the server before saying it needs a connection. */
const NO_ANSWER_MS = 1_500;

/**
 * The screen's data was never loaded on this phone and the server does not answer: the screen says it needs
 * a connection (src/lib/error-kind.ts), rather than "none" or "not found".
 */
function needsConnection() {
  return Object.assign(new Error('needs-connection'), { code: 'needs-connection' });
}

/** Stops listeners nobody watches any more. Installed once on the app's QueryClient. */
export function manageLiveQueries(client: QueryClient) {
  return client.getQueryCache().subscribe((event) => {
    const hash = event.query.queryHash;
    const entry = listeners.get(hash);
    if (!entry) return;
    if (event.type === 'observerAdded' && entry.stopTimer) {
      clearTimeout(entry.stopTimer);
      entry.stopTimer = null;
    }
    if (
      (event.type === 'observerRemoved' && event.query.getObserversCount() === 0) ||
      event.type === 'removed'
    ) {
      if (entry.stopTimer) clearTimeout(entry.stopTimer);
      entry.stopTimer = setTimeout(
        () => {
          if (event.query.getObserversCount() > 0) return;
          entry.stopped = true;
          entry.unsubscribe?.();
          listeners.delete(hash);
          // The next observer must start a new listener rather than trust the frozen data.
          event.query.invalidate();
        },
        event.type === 'removed' ? 0 : STOP_DELAY_MS,
      );
    }
  });
}

/**
 * `keepOnPhone`: the last value is kept on the phone (src/lib/kept.ts) and shown as placeholder data until
 * the listener's first snapshot — for the few screens a returning resident opens first.
 */
export function liveQueryOptions<T, K extends QueryKey>(
  queryKey: K,
  subscribe: Subscribe<T>,
  {
    keepOnPhone = false,
    whole = false,
  }: {
    keepOnPhone?: boolean;
    /**
     * The screen sums or counts the whole list (a volunteer's hours): never shown from the cache before the
     * server has answered this query on this phone — the cache holds only what other queries brought.
     */
    whole?: boolean;
  } = {},
) {
  return queryOptions<T, Error, T, K>({
    queryKey,
    queryFn: ({ client }) => start(client, queryKey, subscribe, keepOnPhone, whole),
    staleTime: Infinity,
    retry: false,
    // (T is never a function here: query data are plain values; TanStack types it as NonFunctionGuard)
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    ...(keepOnPhone ? { placeholderData: () => kept<Exclude<T, Function>>(queryKey) } : {}),
  });
}

/** For tests: how many listeners are live. */
export function liveListenerCount() {
  return [...listeners.values()].filter((l) => !l.stopped).length;
}
