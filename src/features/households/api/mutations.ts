import type { Actor } from '@/lib/audit';
import { commitPlan, planSdk, type WritePlan } from '@/lib/commit-plan';
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

/** A change of the register with its audit entry: one plan. */
function withAudit(path: string, update: object, audit: { id: string; data: object }): WritePlan {
  return [
    { op: 'update', path, data: { ...update } },
    { op: 'set', path: `auditLog/${audit.id}`, data: { ...audit.data } },
  ];
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
  const id = householdIdFor(building.number, req.entrance, req.flat);
  const plan: WritePlan = [];
  if (!exists) {
    const w = newHouseholdWrites(planSdk, actor, {
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
    plan.push(...newHouseholdPlan(id, w));
  }
  plan.push({
    op: 'update',
    path: `users/${req.id}`,
    data: {
      linkStatus: 'confirmed',
      householdId: id,
      buildingId: building.id,
      linkReason: null,
      updatedAt: planSdk.serverTimestamp(),
    },
  });
  await commitPlan(plan);
  return id;
}

/** Refuses a resident's address, with the reason they will read (required). */
export async function refuseLink(uid: string, reason: string) {
  await commitPlan([
    {
      op: 'update',
      path: `users/${uid}`,
      data: { linkStatus: 'refused', linkReason: reason.trim(), updatedAt: planSdk.serverTimestamp() },
    },
  ]);
}

/** Takes a household onto the register (a flat nobody registered yet), with its private record. */
export async function addHousehold(actor: Actor, h: NewHousehold) {
  await commitPlan(newHouseholdPlan(h.id, newHouseholdWrites(planSdk, actor, h)));
}

function newHouseholdPlan(id: string, w: ReturnType<typeof newHouseholdWrites>): WritePlan {
  return [
    { op: 'set', path: `households/${id}`, data: w.household },
    { op: 'set', path: `householdPrivate/${id}`, data: w.private },
    { op: 'set', path: `auditLog/${w.audit.id}`, data: w.audit.data },
  ];
}

type Where = Pick<Household, 'id' | 'buildingId' | 'entrance' | 'flat'> & { buildingNumber: number };

export async function saveHousehold(
  actor: Actor,
  current: Where & Pick<Household, 'interestGroup' | 'members'>,
  patch: { interestGroup: InterestGroup; members: Member[] },
) {
  const w = householdEditWrites(planSdk, actor, current, patch);
  await commitPlan(withAudit(`households/${current.id}`, w.update, w.audit));
}

/** Archives the household with the reason (or, `null`, takes it back onto the register). */
export async function archiveHousehold(actor: Actor, current: Where, reason: string | null) {
  const w = archiveWrites(planSdk, actor, current, reason);
  await commitPlan(withAudit(`households/${current.id}`, w.update, w.audit));
}

/** Saves the sensitive record (the visit schedule follows, as ./writes.ts derives it), with its entry. */
export async function saveCare(actor: Actor, where: Where, current: HouseholdPrivate, input: CareInput) {
  // (one batch, or two when phones and ID numbers both change: ./writes.ts says why)
  for (const w of careEditSteps(planSdk, actor, where, current, input)) {
    await commitPlan(withAudit(`householdPrivate/${current.id}`, w.update, w.audit));
  }
}
