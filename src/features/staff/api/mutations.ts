import type { Actor } from '@/lib/audit';
import { getBackend } from '@/lib/backend';
import { activeWrites, roleWrites } from './writes';

/** The head grants or revokes a role (`person`: whose, by their name), with its audit entry. */
export async function setRole(actor: Actor, person: Actor, role: 'resident' | 'worker') {
  const b = await getBackend();
  const w = roleWrites(b, actor, person, role);
  const batch = b.writeBatch(b.db);
  batch.update(b.doc(b.db, 'users', person.id), w.update);
  batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
  await batch.commit();
}

/** Deactivation takes effect at once: the rules check `active` on every request. */
export async function setActive(actor: Actor, person: Actor, active: boolean) {
  const b = await getBackend();
  const w = activeWrites(b, actor, person, active);
  const batch = b.writeBatch(b.db);
  batch.update(b.doc(b.db, 'users', person.id), w.update);
  batch.set(b.doc(b.db, 'auditLog', w.audit.id), w.audit.data);
  await batch.commit();
}

/**
 * Invites a new staff member by mobile (E.164) or email; at their first sign-in they become a worker under
 * this name and take the buildings named here that nobody has by then (at most `inviteBuildingsMax`).
 */
export async function invite(headUid: string, key: string, name: string, buildingIds: string[]) {
  const b = await getBackend();
  await b.setDoc(b.doc(b.db, 'invites', key), {
    role: 'worker',
    name: name.trim(),
    buildingIds,
    createdBy: headUid,
    createdAt: b.serverTimestamp(),
  });
}

export async function withdrawInvite(key: string) {
  const b = await getBackend();
  await b.deleteDoc(b.doc(b.db, 'invites', key));
}
