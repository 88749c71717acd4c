import { getBackend, type Backend } from '@/lib/backend';
import { commitPlan, newDocId, planSdk } from '@/lib/commit-plan';
import { cancelSignup as cancelTx, signUp as signUpTx, type TxSdk } from './signup';
import { eventEditWrite, newEventWrite, type EventInput } from './writes';

export type { EventInput };

const sdk = (b: Backend) => b as unknown as TxSdk;

/** The sign-up transaction (./signup.ts): one named operation, to be run where Firestore runs. */
export async function signUp(
  eventId: string,
  who: { uid: string; name: string; volunteer: boolean },
  roleId: string,
) {
  const b = await getBackend();
  return signUpTx(sdk(b), b.db, eventId, who, roleId);
}

/** The cancelling transaction (./signup.ts), likewise. */
export async function cancelSignup(eventId: string, uid: string) {
  const b = await getBackend();
  return cancelTx(sdk(b), b.db, eventId, uid);
}

export async function createEvent(uid: string, input: EventInput) {
  const id = newDocId();
  await commitPlan([{ op: 'set', path: `events/${id}`, data: newEventWrite(planSdk, uid, input) }]);
  return id;
}

/** Edits an event; places and roles only while nobody has signed up (`seq == 0`). */
export async function updateEvent(id: string, input: EventInput, placesFixed: boolean) {
  await commitPlan([
    { op: 'update', path: `events/${id}`, data: eventEditWrite(planSdk, input, placesFixed) },
  ]);
}

export async function setEventStatus(id: string, status: 'published' | 'cancelled') {
  await commitPlan([
    { op: 'update', path: `events/${id}`, data: { status, updatedAt: planSdk.serverTimestamp() } },
  ]);
}

export async function checkIn(eventId: string, uid: string) {
  await commitPlan([
    {
      op: 'update',
      path: `events/${eventId}/signups/${uid}`,
      data: { checkedInAt: planSdk.serverTimestamp() },
    },
  ]);
}

/** Certifies a volunteer's hours (谁记录谁证明: under the confirming staff member's name; then locked). */
export async function confirmHours(eventId: string, uid: string, hours: number, staffUid: string) {
  await commitPlan([
    {
      op: 'update',
      path: `events/${eventId}/signups/${uid}`,
      data: { hours, hoursConfirmedBy: staffUid, hoursConfirmedAt: planSdk.serverTimestamp() },
    },
  ]);
}

/** Throws a draft away (the rules: only a draft nobody ever signed up to, by the head or its maker). */
export async function deleteEvent(id: string) {
  await commitPlan([{ op: 'delete', path: `events/${id}` }]);
}
