import { getBackend } from '@/lib/backend';

export async function setRole(uid: string, role: 'resident' | 'worker') {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'users', uid), { role, updatedAt: b.serverTimestamp() });
}

/** Deactivation takes effect at once: the rules check `active` on every request. */
export async function setActive(uid: string, active: boolean) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'users', uid), { active, updatedAt: b.serverTimestamp() });
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
