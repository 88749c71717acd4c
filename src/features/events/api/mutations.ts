import { getBackend, type Backend } from '@/lib/backend';
import { cancelSignup as cancelTx, signUp as signUpTx, type TxSdk } from './signup';
import { eventEditWrite, newEventWrite, type EventInput, type EventWriteSdk } from './writes';

export type { EventInput };

const sdk = (b: Backend) => b as unknown as TxSdk;

export async function signUp(
  eventId: string,
  who: { uid: string; name: string; volunteer: boolean },
  roleId: string,
) {
  const b = await getBackend();
  return signUpTx(sdk(b), b.db, eventId, who, roleId);
}

export async function cancelSignup(eventId: string, uid: string) {
  const b = await getBackend();
  return cancelTx(sdk(b), b.db, eventId, uid);
}

const writeSdk = (b: Backend): EventWriteSdk => ({
  serverTimestamp: b.serverTimestamp,
  fromDate: (d: Date) => b.Timestamp.fromDate(d),
});

export async function createEvent(uid: string, input: EventInput) {
  const b = await getBackend();
  const ref = b.doc(b.collection(b.db, 'events'));
  await b.setDoc(ref, newEventWrite(writeSdk(b), uid, input));
  return ref.id;
}

/** Edits an event; places and roles only while nobody has signed up (`seq == 0`). */
export async function updateEvent(id: string, input: EventInput, placesFixed: boolean) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'events', id), eventEditWrite(writeSdk(b), input, placesFixed));
}

export async function setEventStatus(id: string, status: 'published' | 'cancelled') {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'events', id), { status, updatedAt: b.serverTimestamp() });
}

export async function checkIn(eventId: string, uid: string) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'events', eventId, 'signups', uid), { checkedInAt: b.serverTimestamp() });
}

/** Certifies a volunteer's hours (谁记录谁证明: under the confirming staff member's name; then locked). */
export async function confirmHours(eventId: string, uid: string, hours: number, staffUid: string) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'events', eventId, 'signups', uid), {
    hours,
    hoursConfirmedBy: staffUid,
    hoursConfirmedAt: b.serverTimestamp(),
  });
}

/** Throws a draft away (the rules: only a draft nobody ever signed up to, by the head or its maker). */
export async function deleteEvent(id: string) {
  const b = await getBackend();
  await b.deleteDoc(b.doc(b.db, 'events', id));
}
