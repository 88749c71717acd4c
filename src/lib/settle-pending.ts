/**
 * Settles documents that still look "pending" after the server has acknowledged every write.
 *
 * Firestore marks a document you wrote as having pending writes until a listener receives the server's
 * own copy; the app shows that as "等待发送". Normally the copy follows the acknowledgement within
 * milliseconds. The Firestore emulator, though, can leave a query listener without a document that was
 * written while the listen was being set up — the listener never receives it until the document changes
 * again (measured: 1–5 of 100 tries; after a server restart, when the SDK re-listens and resends its queued
 * report at the same moment, it was seen in 2 of 3 CI runs on a loaded machine). The report is on the server, but the
 * phone would say "等待发送" until the app is reopened (docs/resilience.md).
 *
 * So: when a listener shows pending documents, wait until every write so far is acknowledged, give the
 * listener a moment, and if its latest snapshot still shows the document pending, read that document once
 * from the server — its copy replaces the acknowledged local one and every listener showing it updates.
 * One read per document, only when something is stuck. (Only the listener can tell: a cache read reports
 * just the unacknowledged writes, so an acknowledged-but-unseen document looks settled there.)
 */
export interface SettleSdk {
  /** Resolves once every write made so far has been acknowledged by the server. */
  waitForPendingWrites(): Promise<void>;
  /** Reads the document from the server (the result lands in the local cache). */
  readFromServer(path: string): Promise<void>;
  sleep(ms: number): Promise<void>;
}

/** How long a listener may take to catch up after the acknowledgement before we fetch the document. */
export const SETTLE_GRACE_MS = 3_000;

export function pendingSettler(sdk: SettleSdk, graceMs = SETTLE_GRACE_MS) {
  const settling = new Set<string>();
  const settle = async (path: string, stillPending: (path: string) => boolean) => {
    try {
      await sdk.waitForPendingWrites();
      await sdk.sleep(graceMs);
      if (stillPending(path)) await sdk.readFromServer(path);
    } catch {
      // Offline or signed out: the listener's next snapshot asks again if it matters.
    } finally {
      settling.delete(path);
    }
  };
  /**
   * Call with the paths of the documents a snapshot shows as pending, and a way to ask whether the
   * listener's latest snapshot still does; each document is settled once at a time.
   */
  return (paths: readonly string[], stillPending: (path: string) => boolean) => {
    for (const path of paths) {
      if (settling.has(path)) continue;
      settling.add(path);
      void settle(path, stillPending);
    }
  };
}
