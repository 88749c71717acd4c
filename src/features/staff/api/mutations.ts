import type { Actor } from '@/lib/audit';
import { commitPlan, planSdk } from '@/lib/commit-plan';
import { activeWrites, roleWrites } from './writes';

/** The head grants or revokes a role (`person`: whose, by their name), with its audit entry. */
export async function setRole(actor: Actor, person: Actor, role: 'resident' | 'worker') {
  const w = roleWrites(planSdk, actor, person, role);
  await commitPlan([
    { op: 'update', path: `users/${person.id}`, data: w.update },
    { op: 'set', path: `auditLog/${w.audit.id}`, data: w.audit.data },
  ]);
}

/** Deactivation takes effect at once: the rules check `active` on every request. */
export async function setActive(actor: Actor, person: Actor, active: boolean) {
  const w = activeWrites(planSdk, actor, person, active);
  await commitPlan([
    { op: 'update', path: `users/${person.id}`, data: w.update },
    { op: 'set', path: `auditLog/${w.audit.id}`, data: w.audit.data },
  ]);
}

/**
 * Invites a new staff member by mobile (E.164) or email; at their first sign-in they become a worker under
 * this name and take the buildings named here that nobody has by then (at most `inviteBuildingsMax`).
 */
export async function invite(headUid: string, key: string, name: string, buildingIds: string[]) {
  await commitPlan([
    {
      op: 'set',
      path: `invites/${key}`,
      data: {
        role: 'worker',
        name: name.trim(),
        buildingIds,
        createdBy: headUid,
        createdAt: planSdk.serverTimestamp(),
      },
    },
  ]);
}

export async function withdrawInvite(key: string) {
  await commitPlan([{ op: 'delete', path: `invites/${key}` }]);
}
