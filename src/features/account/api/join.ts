/**
 * Taking up a staff invitation on first sign-in (loaded only when there is one). One batch: the worker
 * profile under the name the head gave, the invitation deleted, and each building it names that nobody has
 * taken, in the building and in the building directory — the rules allow each of these only with the others
 * (firestore.rules: joiningNow).
 */
import { getBackend } from '@/lib/backend';
import { commitPlan, planSdk, type WritePlan } from '@/lib/commit-plan';
import { isRefused } from '@/lib/errors';
import type { Language } from '@/i18n';
import type { SessionUser } from './session';
import type { MyInvite } from './invite';
import { buildingTaken, directoryTaken, workerProfile } from './join-writes';

export interface Joined {
  name: string;
  /** The buildings now theirs. */
  taken: string[];
  /** The buildings the invitation named that someone else had by then. */
  skipped: string[];
  /** Open tickets of their buildings that nobody had, now theirs (taken up after joining). */
  tickets?: number;
}

export async function joinAsWorker(
  user: SessionUser,
  invite: MyInvite,
  locale: Language,
  /** The building directory's path (config/buildings), from the buildings feature. */
  directoryPath: string,
): Promise<Joined> {
  const b = await getBackend();
  // Twice at most: a building taken by someone else between reading and writing refuses the batch.
  for (let attempt = 0; ; attempt++) {
    const free: string[] = [];
    for (const id of invite.buildingIds) {
      const snap = await b.getDocFromServer(b.doc(b.db, 'buildings', id));
      if (snap.exists() && snap.data().workerId == null) free.push(id);
    }
    const now = planSdk.serverTimestamp();
    const plan: WritePlan = [
      { op: 'set', path: `users/${user.uid}`, data: workerProfile(user, invite.name, locale, now) },
      { op: 'delete', path: `invites/${invite.key}` },
      ...free.map(
        (id) =>
          ({
            op: 'update',
            path: `buildings/${id}`,
            data: buildingTaken(user.uid, invite.name, now),
          }) as const,
      ),
    ];
    if (free.length) {
      const fields = directoryTaken(user.uid, invite.name, free, now);
      plan.push({ op: 'update', path: directoryPath, data: {}, fields });
    }
    try {
      await commitPlan(plan);
      return {
        name: invite.name,
        taken: free,
        skipped: invite.buildingIds.filter((id) => !free.includes(id)),
      };
    } catch (e) {
      if (attempt > 0 || !isRefused(e)) throw e;
    }
  }
}
