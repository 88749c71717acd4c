import type { Actor } from '@/lib/audit';
import { commitPlan, planSdk } from '@/lib/commit-plan';
import type { Category } from '../types';
import { categoryWrites, changedCategories } from './category-items';

/**
 * Saves what changed in the category tree (one document: the report form reads it in one read). The rules
 * check a changed category in full, one per write (named in `lastCategory`), so an edit of several is saved
 * as several batches, in order, each with its audit entry. Returns how many changed.
 */
export async function saveCategories(before: Category[], after: Category[], head: Actor) {
  const changed = changedCategories(before, after);
  for (const id of changed) {
    const order = after.findIndex((c) => c.id === id);
    const w = categoryWrites(
      planSdk,
      head,
      before.find((c) => c.id === id),
      after[order]!,
      order,
    );
    // (each its own batch: the category and its audit entry)
    await commitPlan([
      { op: 'update', path: 'config/categories', data: w.update },
      { op: 'set', path: `auditLog/${w.audit.id}`, data: w.audit.data },
    ]);
  }
  return changed.length;
}
