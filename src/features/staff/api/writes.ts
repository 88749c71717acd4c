/**
 * What the head's role and activation changes write, as plain data: the app commits it (./mutations.ts), the
 * rules tests and seeds the very same payloads. Each change comes with its audit entry (src/lib/audit.ts).
 */
import { auditEntry, type Actor, type AuditSdk } from '../../../lib/audit'; // relative: run under tsx too

export type StaffRole = 'resident' | 'worker' | 'head';

/** A person's role changed (granted, or revoked back to resident); the note is the new role's code. */
export function roleWrites(sdk: AuditSdk, actor: Actor, person: Actor, role: StaffRole) {
  const audit = auditEntry(sdk, actor, {
    action: 'staff.role',
    targetId: person.id,
    targetLabel: person.name,
    buildingId: null,
    fields: ['role'],
    note: role,
  });
  return { update: { role, updatedAt: sdk.serverTimestamp(), lastAuditId: audit.id }, audit };
}

/** An account (de)activated: takes effect at once, the rules check `active` on every request. */
export function activeWrites(sdk: AuditSdk, actor: Actor, person: Actor, active: boolean) {
  const audit = auditEntry(sdk, actor, {
    action: active ? 'staff.activate' : 'staff.deactivate',
    targetId: person.id,
    targetLabel: person.name,
    buildingId: null,
    fields: ['active'],
  });
  return { update: { active, updatedAt: sdk.serverTimestamp(), lastAuditId: audit.id }, audit };
}
