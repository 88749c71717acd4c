import { getBackend } from '@/lib/backend';
import type { Category } from '../types';
import { categoryItem, changedCategories } from './category-items';

/**
 * Saves what changed in the category tree (one document: the report form reads it in one read). The rules
 * check a changed category in full, one per write (named in `lastCategory`), so an edit of several is saved
 * as several writes, in order. Returns how many changed.
 */
export async function saveCategories(before: Category[], after: Category[], headUid: string) {
  const b = await getBackend();
  const changed = changedCategories(before, after);
  for (const id of changed) {
    const order = after.findIndex((c) => c.id === id);
    await b.updateDoc(b.doc(b.db, 'config', 'categories'), {
      [`items.${id}`]: categoryItem(after[order]!, order),
      lastCategory: id,
      updatedAt: b.serverTimestamp(),
      updatedBy: headUid,
    });
  }
  return changed.length;
}
