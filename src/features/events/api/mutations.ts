import { getBackend, type Backend } from '@/lib/backend';
import { cancelSignup as cancelTx, signUp as signUpTx, type TxSdk } from './signup';

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

export interface EventInput {
  title: string;
  description: string;
  place: string;
  coverDataUrl: string | null;
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  capacity: number;
  roles: { id: string; name: string; capacity: number }[];
  status: 'draft' | 'published';
}

function rolesMap(roles: EventInput['roles']) {
  return Object.fromEntries(
    roles.map((r) => [r.id, { name: r.name, capacity: r.capacity, confirmed: 0, waitlist: [] }]),
  );
}

export async function createEvent(uid: string, input: EventInput) {
  const b = await getBackend();
  const ref = b.doc(b.collection(b.db, 'events'));
  await b.setDoc(ref, {
    title: input.title.trim(),
    description: input.description.trim(),
    place: input.place.trim(),
    coverDataUrl: input.coverDataUrl,
    startAt: b.Timestamp.fromDate(input.startAt),
    endAt: b.Timestamp.fromDate(input.endAt),
    signupDeadline: b.Timestamp.fromDate(input.signupDeadline),
    status: input.status,
    capacity: input.capacity,
    confirmed: 0,
    waitlist: [],
    seq: 0,
    roles: rolesMap(input.roles),
    createdBy: uid,
    createdAt: b.serverTimestamp(),
    updatedAt: b.serverTimestamp(),
  });
  return ref.id;
}

/** Edits an event; places and roles only while nobody has signed up (`seq == 0`). */
export async function updateEvent(id: string, input: EventInput, placesFixed: boolean) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'events', id), {
    title: input.title.trim(),
    description: input.description.trim(),
    place: input.place.trim(),
    coverDataUrl: input.coverDataUrl,
    startAt: b.Timestamp.fromDate(input.startAt),
    endAt: b.Timestamp.fromDate(input.endAt),
    signupDeadline: b.Timestamp.fromDate(input.signupDeadline),
    status: input.status,
    ...(placesFixed ? {} : { capacity: input.capacity, roles: rolesMap(input.roles) }),
    updatedAt: b.serverTimestamp(),
  });
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
