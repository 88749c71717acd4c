/**
 * In the browser, with the app's Firestore SDK and its settler (src/lib/settle-pending.ts): one listener on a
 * query, a write that matches it at the same moment. Reports whether the listener was left showing the
 * written document as pending after the acknowledgement ("stuck"), and whether it still is 6 s later —
 * with the settler (even trials) or without it (odd trials). Driven by scripts/listen-race.ts.
 */
import { initializeApp } from 'firebase/app';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDocFromServer,
  initializeFirestore,
  memoryLocalCache,
  onSnapshot,
  query,
  setDoc,
  waitForPendingWrites,
  where,
} from 'firebase/firestore';
import { pendingSettler } from '../../src/lib/settle-pending';

const params = new URLSearchParams(location.search);
const db = initializeFirestore(initializeApp({ projectId: params.get('project')!, apiKey: 'demo' }), {
  localCache: memoryLocalCache(),
});
connectFirestoreEmulator(db, '127.0.0.1', Number(params.get('port')));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const settle = pendingSettler({
  waitForPendingWrites: () => waitForPendingWrites(db),
  readFromServer: async (path) => {
    await getDocFromServer(doc(db, path));
  },
  sleep,
});

export interface TrialResult {
  stuck: boolean;
  /** Still shown as pending 6 s later (null when not stuck). */
  stillPendingLater: boolean | null;
}

async function trial(n: number, useSettler: boolean): Promise<TrialResult> {
  const id = `t${n}`;
  let pending: boolean | null = null;
  let settling = false;
  const stillPending = () => pending === true;
  const stop = onSnapshot(
    query(collection(db, 'tickets'), where('householdId', '==', `h${n}`)),
    { includeMetadataChanges: true },
    (snap) => {
      const d = snap.docs.find((x) => x.id === id);
      pending = d ? d.metadata.hasPendingWrites : null;
      if (settling && pending) settle([d!.ref.path], stillPending);
    },
  );
  void setDoc(doc(db, 'tickets', id), { householdId: `h${n}` });
  await waitForPendingWrites(db);
  await sleep(1500); // normally the listener has the server's copy within milliseconds
  const stuck = stillPending();
  if (stuck && useSettler) {
    settling = true;
    settle([`tickets/${id}`], stillPending);
  }
  if (stuck) await sleep(6000);
  stop();
  return { stuck, stillPendingLater: stuck ? stillPending() : null };
}

Object.assign(window, { trial, ready: true });
