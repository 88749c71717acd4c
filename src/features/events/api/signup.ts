/**
 * Signing up and cancelling, as client transactions on the event document — the serialisation point that
 * makes "first come, first served" exact without a server. The rules check every step against the event
 * before and after (see firestore.rules, events). Pure over the SDK so the concurrency test runs this code.
 */
import type {
  DocumentData,
  DocumentReference,
  DocumentSnapshot,
  Firestore,
  Transaction,
} from 'firebase/firestore';

export interface TxSdk {
  doc(db: Firestore, path: string, ...segments: string[]): DocumentReference<DocumentData>;
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
 * another commit as `permission-denied` instead of `aborted`, which the SDK does not retry. So a denied
 * commit is run again, and told apart from a refusal by the event the next attempt reads: changed since the
 * denied attempt read it — someone else's commit got in between, a conflict, go on; unchanged — the rules
 * refused this request itself, and that denial is the answer (not retried into a long wait). Denied reads
 * are refusals. Between attempts, a random wait whose ceiling doubles (250 ms, 500 ms… up to 8 s): the
 * event document takes one commit at a time, and a burst of people retrying quickly mostly wastes the
 * server's time on commits that cannot win (measured: docs/benchmarks.md, sign-up race).
 */
const CONFLICT_RETRIES = 100;
class Attempts {
  private seen: string | null = null;
  private denied: { seen: string; error: unknown } | null = null;
  private refused = false;

  /** The transaction read the event: go on, or give the previous denial as the answer. */
  saw(event: DocumentSnapshot) {
    const now = fingerprint(event);
    if (this.denied?.seen === now) {
      this.refused = true;
      throw this.denied.error;
    }
    this.seen = now;
  }

  async run<T>(fn: (attempts: Attempts) => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      this.seen = null;
      try {
        return await fn(this);
      } catch (e) {
        if (this.refused) throw e;
        const code = (e as { code?: string }).code;
        const seen = this.seen;
        const denied = code === 'permission-denied' && seen !== null;
        if (denied) this.denied = { seen, error: e };
        const conflict = denied || code === 'aborted' || code === 'failed-precondition';
        if (!conflict || n >= CONFLICT_RETRIES) throw e;
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(8000, 250 * 2 ** (n - 1))));
      }
    }
  }
}

/** A stable text of the event's data (keys sorted), to tell whether it changed between two reads. */
function fingerprint(snap: DocumentSnapshot): string {
  const stable = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v) && !('toMillis' in v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
        )
      : Array.isArray(v)
        ? v.map(stable)
        : v;
  return JSON.stringify(snap.exists() ? stable(snap.data()) : null);
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

/** The sign-up document the transaction writes (the rules tests write the very same). */
export function signupWrite(
  sdk: Pick<TxSdk, 'serverTimestamp'>,
  who: { uid: string; name: string },
  place: { roleId: string; seq: number; status: 'confirmed' | 'waitlisted' },
  event: DocumentData,
) {
  return {
    uid: who.uid,
    name: who.name,
    ...place,
    createdAt: sdk.serverTimestamp(),
    checkedInAt: null,
    hours: null,
    hoursConfirmedBy: null,
    hoursConfirmedAt: null,
    // for the volunteer's record, which lists sign-ups without reading every event
    eventTitle: event.title,
    eventStartAt: event.startAt,
  };
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
  return new Attempts().run((attempts) =>
    sdk.runTransaction(
      db,
      async (tx) => {
        const [ev, existing] = await Promise.all([tx.get(eventRef), tx.get(mine)]);
        attempts.saw(ev);
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
        tx.set(
          mine,
          signupWrite(sdk, who, { roleId, seq, status: confirmed ? 'confirmed' : 'waitlisted' }, e),
        );
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
  return new Attempts().run((attempts) =>
    sdk.runTransaction(
      db,
      async (tx) => {
        const [ev, own] = await Promise.all([tx.get(eventRef), tx.get(mine)]);
        attempts.saw(ev);
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
