import type { Actor } from '@/lib/audit';
import { getBackend } from '@/lib/backend';
import {
  householdIdFor,
  type Household,
  type HouseholdPrivate,
  type InterestGroup,
  type Member,
} from '../types';
import type { LinkRequest } from './queries';
import {
  archiveWrites,
  careEditSteps,
  householdEditWrites,
  newHouseholdWrites,
  type CareInput,
  type NewHousehold,
} from './writes';

export type { CareInput, NewHousehold };

async function sdk() {
  const b = await getBackend();
  return {
    b,
    sdk: { serverTimestamp: b.serverTimestamp, fromMillis: (ms: number) => b.Timestamp.fromMillis(ms) },
  };
}

/**
 * Confirms a resident's pending link. If the flat is not in the register yet, it is registered in the same
 * batch (one household per flat: the id is derived from building, entrance and flat).
 */
export async function confirmLink(
  actor: Actor,
  req: LinkRequest,
  building: { id: string; number: number },
  exists: boolean,
) {
  const { b, sdk: s } = await sdk();
  const id = householdIdFor(building.number, req.entrance, req.flat);
  const batch = b.writeBatch(b.db);
  if (!exists) {
    const w = newHouseholdWrites(s, actor, {
      id,
      buildingId: building.id,
      buildingNumber: building.number,
      entrance: req.entrance,
      flat: req.flat,
      interestGroup: 'jumin',
      members: [{ name: req.displayName, relation: '户主' }],
      // users.phone is the sign-in token's number, already in the stored form (E.164).
      phones: req.phone ? [{ name: req.displayName, phone: req.phone }] : [],
    });
    batch.set(b.doc(b.db, 'households', id), w.household);
    batch.set(b.doc(b.db, 'householdPrivate', id), w.private);
    batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
  }
  batch.update(b.doc(b.db, 'users', req.id), {
    linkStatus: 'confirmed',
    householdId: id,
    buildingId: building.id,
    linkReason: null,
    updatedAt: b.serverTimestamp(),
  });
  await batch.commit();
  return id;
}

/** Refuses a resident's address, with the reason they will read (required). */
export async function refuseLink(uid: string, reason: string) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'users', uid), {
    linkStatus: 'refused',
    linkReason: reason.trim(),
    updatedAt: b.serverTimestamp(),
  });
}

/** Takes a household onto the register (a flat nobody registered yet), with its private record. */
export async function addHousehold(actor: Actor, h: NewHousehold) {
  const { b, sdk: s } = await sdk();
  const w = newHouseholdWrites(s, actor, h);
  const batch = b.writeBatch(b.db);
  batch.set(b.doc(b.db, 'households', h.id), w.household);
  batch.set(b.doc(b.db, 'householdPrivate', h.id), w.private);
  batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
  await batch.commit();
}

type Where = Pick<Household, 'id' | 'buildingId' | 'entrance' | 'flat'> & { buildingNumber: number };

export async function saveHousehold(
  actor: Actor,
  current: Where & Pick<Household, 'interestGroup' | 'members'>,
  patch: { interestGroup: InterestGroup; members: Member[] },
) {
  const { b, sdk: s } = await sdk();
  const w = householdEditWrites(s, actor, current, patch);
  const batch = b.writeBatch(b.db);
  batch.update(b.doc(b.db, 'households', current.id), w.update);
  batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
  await batch.commit();
}

/** Archives the household with the reason (or, `null`, takes it back onto the register). */
export async function archiveHousehold(actor: Actor, current: Where, reason: string | null) {
  const { b, sdk: s } = await sdk();
  const w = archiveWrites(s, actor, current, reason);
  const batch = b.writeBatch(b.db);
  batch.update(b.doc(b.db, 'households', current.id), w.update);
  batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
  await batch.commit();
}

/** Saves the sensitive record (the visit schedule follows, as ./writes.ts derives it), with its entry. */
export async function saveCare(actor: Actor, where: Where, current: HouseholdPrivate, input: CareInput) {
  const { b, sdk: s } = await sdk();
  // (one batch, or two when phones and ID numbers both change: ./writes.ts says why)
  for (const w of careEditSteps(s, actor, where, current, input)) {
    const batch = b.writeBatch(b.db);
    batch.update(b.doc(b.db, 'householdPrivate', current.id), w.update);
    batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
    await batch.commit();
  }
}
