import { getBackend } from '@/lib/backend';
import type { Category } from '../types';

/** Writes the whole category tree (one document: the report form reads it in one read). */
export async function saveCategories(categories: Category[], headUid: string) {
  const b = await getBackend();
  const items = Object.fromEntries(
    categories.map((c, i) => [
      c.id,
      {
        parent: c.parent,
        zh: c.zh.trim(),
        en: c.en.trim(),
        order: i,
        responseHours: c.responseHours,
        resolutionHours: c.resolutionHours,
        canned: c.canned,
        active: c.active,
      },
    ]),
  );
  await b.setDoc(b.doc(b.db, 'config', 'categories'), {
    items,
    updatedAt: b.serverTimestamp(),
    updatedBy: headUid,
  });
}
