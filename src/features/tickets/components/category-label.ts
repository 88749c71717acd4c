import type { Language } from '@/i18n';
import type { Category } from '../types';

/**
 * "维修 · 漏水" / "Repairs · Leak": the category with its parent. Before the category tree has arrived (a
 * slow first load) "…", never the category's code ("power"): a retired category stays in the tree, so only
 * a tree not loaded yet lacks one.
 */
export function categoryLabel(categories: Category[], id: string, lang: Language) {
  const c = categories.find((x) => x.id === id);
  if (!c) return categories.length ? id : '…';
  const name = (x: Category) => (lang === 'en' ? x.en : x.zh);
  const parent = c.parent ? categories.find((x) => x.id === c.parent) : undefined;
  return parent ? `${name(parent)} · ${name(c)}` : name(c);
}
