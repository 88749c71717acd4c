/**
 * Signing up and cancelling, as client transactions on the event document — the serialisation point that
 * makes "first come, first served" exact without a server. The rules check every step against the event
 * before and after (see firestore.rules, events). Pure over the SDK so the concurrency test runs this code.
 */
import type { DocumentData, Firestore, Transaction } from 'firebase/firestore';

export interface TxSdk {
  doc(
    db: Firestore,
    path: string,
    ...segments: string[]
  ): import('firebase/firestore').DocumentReference<DocumentData>;
  runTransaction<T>(
    db: Firestore,
    fn: (tx: Transaction) => Promise<T>,
    options?: { maxAttempts?: number },
  ): Promise<T>;
  serverTimestamp(): unknown;
}

/** Bursts of sign-ups contend for one document; the SDK retries a conflicting transaction with backoff. */
export const MAX_ATTEMPTS = 60;

/**
 * Under contention the emulator (and, rarely, production) reports a transaction whose rule reads raced with
 * another commit as `permission-denied` instead of `aborted`, which the SDK does not retry. Our own checks
 * run inside the transaction first (closed, already signed up…), so a denial of a request that passed them
 * is treated as a conflict and the whole transaction is run again, with growing random backoff.
 */
const CONFLICT_RETRIES = 40;
async function retryConflicts<T>(fn: (attempt: { readsDone: boolean }) => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    const attempt = { readsDone: false };
    try {
      return await fn(attempt);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // A denied read is a real refusal; a denied commit after our own checks passed is a conflict.
      const conflict =
        code === 'aborted' ||
        code === 'failed-precondition' ||
        (code === 'permission-denied' && attempt.readsDone);
      if (!conflict || n >= CONFLICT_RETRIES) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 50 * n)));
    }
  }
}

export type SignupOutcome = { status: 'confirmed' } | { status: 'waitlisted'; position: number };

export class SignupError extends Error {
  constructor(readonly reason: 'closed' | 'already' | 'notFound' | 'notSignedUp' | 'notVolunteer') {
    super(reason);
  }
}

interface Slot {
  capacity: number;
  confirmed: number;
  waitlist: string[];
}

function slotOf(event: DocumentData, roleId: string): Slot {
  if (roleId === 'resident')
    return { capacity: event.capacity, confirmed: event.confirmed, waitlist: event.waitlist ?? [] };
  const r = event.roles?.[roleId];
  if (!r) throw new SignupError('notFound');
  return { capacity: r.capacity, confirmed: r.confirmed, waitlist: r.waitlist ?? [] };
}

/** The event fields to write for a slot's new state. */
function slotPatch(roleId: string, s: Slot): Record<string, unknown> {
  return roleId === 'resident'
    ? { confirmed: s.confirmed, waitlist: s.waitlist }
    : { [`roles.${roleId}.confirmed`]: s.confirmed, [`roles.${roleId}.waitlist`]: s.waitlist };
}

export async function signUp(
  sdk: TxSdk,
  db: Firestore,
  eventId: string,
  who: { uid: string; name: string; volunteer?: boolean },
  roleId: string,
  now = new Date(),
): Promise<SignupOutcome> {
  const eventRef = sdk.doc(db, 'events', eventId);
  const mine = sdk.doc(db, 'events', eventId, 'signups', who.uid);
  if (roleId !== 'resident' && !who.volunteer) throw new SignupError('notVolunteer');
  return retryConflicts((attempt) =>
    sdk.runTransaction(
      db,
      async (tx) => {
        attempt.readsDone = false;
        const [ev, existing] = [await tx.get(eventRef), await tx.get(mine)];
        attempt.readsDone = true;
        if (!ev.exists()) throw new SignupError('notFound');
        const e = ev.data();
        if (e.status !== 'published' || e.signupDeadline.toDate() <= now) throw new SignupError('closed');
        if (existing.exists()) throw new SignupError('already');
        const slot = slotOf(e, roleId);
        const seq = (e.seq as number) + 1;
        const confirmed = slot.confirmed < slot.capacity;
        const next: Slot = confirmed
          ? { ...slot, confirmed: slot.confirmed + 1 }
          : { ...slot, waitlist: [...slot.waitlist, who.uid] };
        tx.update(eventRef, { seq, ...slotPatch(roleId, next) });
        tx.set(mine, {
          uid: who.uid,
          name: who.name,
          roleId,
          seq,
          status: confirmed ? 'confirmed' : 'waitlisted',
          createdAt: sdk.serverTimestamp(),
          checkedInAt: null,
          hours: null,
          hoursConfirmedBy: null,
          hoursConfirmedAt: null,
          // for the volunteer's record, which lists sign-ups without reading every event
          eventTitle: e.title,
          eventStartAt: e.startAt,
        });
        return confirmed
          ? { status: 'confirmed' as const }
          : { status: 'waitlisted' as const, position: next.waitlist.length };
      },
      { maxAttempts: MAX_ATTEMPTS },
    ),
  );
}

/** Gives up a place; a confirmed place goes to the first in line, in the same transaction. */
export async function cancelSignup(
  sdk: TxSdk,
  db: Firestore,
  eventId: string,
  uid: string,
): Promise<{ promoted: string | null }> {
  const eventRef = sdk.doc(db, 'events', eventId);
  const mine = sdk.doc(db, 'events', eventId, 'signups', uid);
  return retryConflicts((attempt) =>
    sdk.runTransaction(
      db,
      async (tx) => {
        attempt.readsDone = false;
        const [ev, own] = [await tx.get(eventRef), await tx.get(mine)];
        attempt.readsDone = true;
        if (!ev.exists()) throw new SignupError('notFound');
        if (!own.exists()) throw new SignupError('notSignedUp');
        const s = own.data();
        const slot = slotOf(ev.data(), s.roleId);
        let promoted: string | null = null;
        let next: Slot;
        if (s.status === 'waitlisted') next = { ...slot, waitlist: slot.waitlist.filter((x) => x !== uid) };
        else if (slot.waitlist.length) {
          promoted = slot.waitlist[0]!;
          next = { ...slot, waitlist: slot.waitlist.slice(1) };
          // Not read (residents may not read each other's sign-ups): the rules check it is the first in line,
          // still waiting, and confirm it only together with this cancellation.
          tx.update(sdk.doc(db, 'events', eventId, 'signups', promoted), { status: 'confirmed' });
        } else next = { ...slot, confirmed: slot.confirmed - 1 };
        tx.update(eventRef, slotPatch(s.roleId, next));
        tx.delete(mine);
        return { promoted };
      },
      { maxAttempts: MAX_ATTEMPTS },
    ),
  );
}
