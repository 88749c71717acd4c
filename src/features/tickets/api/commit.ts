/**
 * The batches ticket operations commit, assembled from `writes.ts` against any Firestore client: the app's
 * (through `mutations.ts`) or a script's own clients (the load test, scripts/lib/load.ts). Each resolves when
 * the server has accepted the whole batch; the rules refuse it whole or accept it whole.
 *
 * A refusal is not always what it seems: when a connection drops after the server applied a batch but
 * before its answer arrived, the SDK sends the batch again, and the rules rightly refuse the copy (the
 * report exists now; the timeline is append-only). Every batch writes a document with a fresh id, so a
 * refusal is checked against the server: if that document is there, the write arrived and it resolves.
 * (Found by the load run: about one report in 500 under load.)
 */
import type { DocumentReference, Firestore } from 'firebase/firestore';
import type { Ticket } from '../types';
import {
  changeWrites,
  mergeTargetWrites,
  newTicketWrites,
  photoWrite,
  remarkWrite,
  replyStamp,
  type Actor,
  type Change,
  type NewTicketInput,
  type NewTicketWrites,
  type PhotoInput,
  type TicketState,
  type VoiceInput,
  voiceWrite,
} from './writes';
import { isRefused } from '../../../lib/error-kind'; // relative: scripts run this file under tsx

type Fs = typeof import('firebase/firestore');
/** The Firestore functions the batches use (the app passes its backend, scripts the SDK module). */
export type CommitSdk = Pick<
  Fs,
  | 'doc'
  | 'collection'
  | 'writeBatch'
  | 'setDoc'
  | 'runTransaction'
  | 'serverTimestamp'
  | 'Timestamp'
  | 'increment'
>;

/** Commits; a refusal whose `proof` (a new document of this write) is on the server counts as success. */
async function commit(b: CommitSdk, send: () => Promise<void>, proof: DocumentReference) {
  try {
    await send();
  } catch (e) {
    if (!isRefused(e)) throw e;
    let arrived = false;
    try {
      // A transaction's read always asks the server and answers at once (a refused one-off listen, as
      // getDocFromServer makes, can take a minute to give up).
      arrived = await b.runTransaction(proof.firestore, async (tx) => (await tx.get(proof)).exists());
    } catch {
      // Not readable (or no connection): it did not arrive as far as we can tell; keep the refusal.
    }
    if (!arrived) throw e;
  }
}

export function writeSdk(b: Pick<CommitSdk, 'serverTimestamp' | 'Timestamp' | 'increment'>) {
  return {
    serverTimestamp: b.serverTimestamp,
    fromDate: (d: Date) => b.Timestamp.fromDate(d),
    increment: b.increment,
  };
}

/**
 * A new report: the ticket, its first timeline entry, its public mirror, the month's counters, the day's
 * warning signals, the household's count of the day, its photos, its voice message.
 */
export async function commitNewTicket(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  input: NewTicketInput,
  photos: PhotoInput[],
  voice: VoiceInput | null = null,
) {
  const sdk = writeSdk(b);
  const w = newTicketWrites(sdk, actor, {
    ...input,
    photoCount: photos.length,
    voiceSeconds: voice?.seconds ?? null,
  });
  const batch = newTicketBatch(
    b,
    db,
    input.id,
    w,
    photos.map((p) => photoWrite(sdk, actor, p)),
  );
  if (voice) batch.set(b.doc(db, 'tickets', input.id, 'voice', 'v1'), voiceWrite(sdk, actor, voice));
  await commit(b, () => batch.commit(), b.doc(db, 'tickets', input.id));
}

/** The one batch of a new report, from its writes (the rules tests pass writes they have altered). */
export function newTicketBatch(
  b: Pick<CommitSdk, 'doc' | 'writeBatch'>,
  db: Firestore,
  id: string,
  w: NewTicketWrites,
  photoDocs: object[],
) {
  const batch = b.writeBatch(db);
  batch.set(b.doc(db, 'tickets', id), w.ticket);
  batch.set(b.doc(db, 'tickets', id, 'timeline', 'created'), w.created);
  if (w.publicTicket) batch.set(b.doc(db, 'publicTickets', id), w.publicTicket);
  batch.set(b.doc(db, 'stats', w.stats.period), w.stats.data, { merge: true });
  if (w.signal.day) batch.set(b.doc(db, 'signals', w.signal.day), w.signal.data, { merge: true }); // (a test's hostile report leaves it out)
  if (w.reportDay) batch.set(b.doc(db, w.reportDay.path), w.reportDay.data, { merge: true });
  photoDocs.forEach((p, i) => batch.set(b.doc(db, 'tickets', id, 'photos', `p${i + 1}`), p));
  return batch;
}

/**
 * A state change (or transfer, or a photo's count) with its timeline entry and public mirror. Resolves to
 * the new timeline entry's id.
 *
 * A counted change (acceptance, resolution, rating, reopening) adds to the month's summary what the rules
 * compute from the time it reaches the server: the month, and how long after the report it came. A change
 * that waited on the phone (made offline before midnight on a month's last day and sent after it, or queued
 * for longer than the few minutes the rules allow a phone's clock to be off) is refused for that. If the
 * ticket on the server is still as it was, the same change is made again as of now, once.
 */
export async function commitChange(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticket: TicketState & Pick<Ticket, 'photoCount'>,
  change: Change,
  photo?: PhotoInput,
) {
  try {
    return await sendChange(b, db, actor, ticket, change, photo, new Date());
  } catch (e) {
    if (!isRefused(e)) throw e;
    if (!changeWrites(writeSdk(b), actor, ticket, change).stats) throw e;
    let unchanged = false;
    try {
      unchanged = await b.runTransaction(db, async (tx) => {
        const d = (await tx.get(b.doc(db, 'tickets', ticket.id))).data();
        return (
          d?.status === ticket.status &&
          (d?.assigneeId ?? null) === ticket.assigneeId &&
          d?.photoCount === ticket.photoCount
        );
      });
    } catch {
      // Not readable now (or no connection): keep the refusal.
    }
    if (!unchanged) throw e;
    return sendChange(b, db, actor, ticket, change, photo, new Date());
  }
}

async function sendChange(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticket: TicketState & Pick<Ticket, 'photoCount'>,
  change: Change,
  photo: PhotoInput | undefined,
  at: Date,
) {
  const sdk = writeSdk(b);
  const w = changeWrites(sdk, actor, ticket, change, at);
  const entry = b.doc(b.collection(db, 'tickets', ticket.id, 'timeline'));
  const eventId = entry.id;
  const batch = b.writeBatch(db);
  batch.update(b.doc(db, 'tickets', ticket.id), { ...w.ticket, lastEventId: eventId });
  batch.set(b.doc(db, 'tickets', ticket.id, 'timeline', eventId), w.entry);
  if (w.publicTicket) batch.update(b.doc(db, 'publicTickets', ticket.id), w.publicTicket);
  if (w.stats) batch.set(b.doc(db, 'stats', w.stats.period), w.stats.data, { merge: true });
  if (change.kind === 'addPhoto') {
    if (!photo) throw new Error('addPhoto needs a photo');
    batch.set(
      b.doc(db, 'tickets', ticket.id, 'photos', `p${ticket.photoCount + 1}`),
      photoWrite(sdk, actor, photo),
    );
  }
  await commit(b, () => batch.commit(), entry);
  return eventId;
}

/**
 * A duplicate merged into another open ticket: the duplicate's change (status `merged`, its entry, its
 * mirror) and the other ticket's list of what was merged into it (with its entry), in one transaction, so
 * the list read is the list written (two merges into one ticket at once: the second is made again on the
 * first's list). Resolves to the duplicate's new entry id.
 */
export async function commitMerge(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticket: TicketState,
  targetId: string,
  note: string,
) {
  const sdk = writeSdk(b);
  const entry = b.doc(b.collection(db, 'tickets', ticket.id, 'timeline'));
  const targetEntry = b.doc(b.collection(db, 'tickets', targetId, 'timeline'));
  const w = changeWrites(sdk, actor, ticket, { kind: 'merge', intoId: targetId, note });
  await b.runTransaction(db, async (tx) => {
    const target = await tx.get(b.doc(db, 'tickets', targetId));
    const listed: unknown = target.data()?.mergedFrom;
    const mergedFrom = Array.isArray(listed) ? listed.filter((x): x is string => typeof x === 'string') : [];
    const t = mergeTargetWrites(sdk, actor, { mergedFrom }, ticket.id);
    tx.update(b.doc(db, 'tickets', ticket.id), { ...w.ticket, lastEventId: entry.id });
    tx.set(entry, w.entry);
    if (w.publicTicket) tx.update(b.doc(db, 'publicTickets', ticket.id), w.publicTicket);
    tx.update(b.doc(db, 'tickets', targetId), { ...t.ticket, lastEventId: targetEntry.id });
    tx.set(targetEntry, t.entry);
  });
  return entry.id;
}

/** A remark that changes nothing on the ticket (a reply only stamps it). Resolves to the entry's id. */
export async function commitRemark(
  b: CommitSdk,
  db: Firestore,
  actor: Actor,
  ticketId: string,
  type: 'comment' | 'reply' | 'note',
  text: string,
) {
  const ref = b.doc(b.collection(db, 'tickets', ticketId, 'timeline'));
  const entry = remarkWrite(writeSdk(b), actor, type, text);
  if (type === 'reply') {
    const batch = b.writeBatch(db);
    batch.set(ref, entry);
    batch.update(b.doc(db, 'tickets', ticketId), replyStamp(writeSdk(b), ref.id));
    await commit(b, () => batch.commit(), ref);
  } else {
    await commit(b, () => b.setDoc(ref, entry), ref);
  }
  return ref.id;
}
