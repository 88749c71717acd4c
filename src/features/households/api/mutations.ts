import { getBackend } from '@/lib/backend';
import { householdIdFor, type HouseholdPrivate, type InterestGroup, type Member } from '../types';
import type { LinkRequest } from './queries';
import { careWrite, newCareRecord, type CareInput } from './writes';

export type { CareInput };

/**
 * Confirms a resident's pending link. If the flat is not in the register yet, it is registered in the same
 * batch (one household per flat: the id is derived from building, entrance and flat).
 */
export async function confirmLink(
  req: LinkRequest,
  building: { id: string; number: number },
  exists: boolean,
) {
  const b = await getBackend();
  const id = householdIdFor(building.number, req.entrance, req.flat);
  const batch = b.writeBatch(b.db);
  if (!exists) {
    batch.set(b.doc(b.db, 'households', id), {
      buildingId: building.id,
      entrance: req.entrance,
      flat: req.flat,
      interestGroup: 'jumin',
      members: [{ name: req.displayName, relation: '户主' }],
      createdAt: b.serverTimestamp(),
      updatedAt: b.serverTimestamp(),
    });
    batch.set(b.doc(b.db, 'householdPrivate', id), {
      // users.phone is the sign-in token's number, already in the stored form (E.164).
      ...newCareRecord(building.id, req.phone ? [{ name: req.displayName, phone: req.phone }] : []),
      updatedAt: b.serverTimestamp(),
    });
  }
  batch.update(b.doc(b.db, 'users', req.id), {
    linkStatus: 'confirmed',
    householdId: id,
    buildingId: building.id,
    updatedAt: b.serverTimestamp(),
  });
  await batch.commit();
  return id;
}

export async function refuseLink(uid: string) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'users', uid), { linkStatus: 'refused', updatedAt: b.serverTimestamp() });
}

export async function saveHousehold(id: string, patch: { interestGroup: InterestGroup; members: Member[] }) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'households', id), { ...patch, updatedAt: b.serverTimestamp() });
}

/** Saves the sensitive record (the visit schedule follows, as ./writes.ts derives it). */
export async function saveCare(current: HouseholdPrivate, input: CareInput) {
  const b = await getBackend();
  await b.updateDoc(
    b.doc(b.db, 'householdPrivate', current.id),
    careWrite(
      { serverTimestamp: b.serverTimestamp, fromMillis: (ms: number) => b.Timestamp.fromMillis(ms) },
      current,
      input,
    ),
  );
}
