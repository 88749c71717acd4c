/**
 * Taking up a staff invitation on first sign-in (loaded only when there is one). One batch: the worker
 * profile under the name the head gave, the invitation deleted, and each building it names that nobody has
 * taken, in the building and in the building directory — the rules allow each of these only with the others
 * (firestore.rules: joiningNow).
 */
import { getBackend } from '@/lib/backend';
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
    const now = b.serverTimestamp();
    const batch = b.writeBatch(b.db);
    batch.set(b.doc(b.db, 'users', user.uid), workerProfile(user, invite.name, locale, now));
    batch.delete(b.doc(b.db, 'invites', invite.key));
    for (const id of free)
      batch.update(b.doc(b.db, 'buildings', id), buildingTaken(user.uid, invite.name, now));
    if (free.length) {
      const [first, ...rest] = directoryTaken(user.uid, invite.name, free, now).map(
        ([path, value]) => [new b.FieldPath(...path), value] as const,
      );
      batch.update(b.doc(b.db, directoryPath), first![0], first![1], ...rest.flat());
    }
    try {
      await batch.commit();
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
