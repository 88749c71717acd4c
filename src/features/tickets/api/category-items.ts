/**
 * The category tree as `config/categories` stores it, as plain data: the app saves it (./categories.ts) and
 * the rules tests write the very same items.
 */
import type { Category } from '../types';

/** A category as `config/categories` stores it (`order`: its place in the tree as the head arranged it). */
export function categoryItem(c: Category, order: number) {
  return {
    parent: c.parent,
    zh: c.zh.trim(),
    en: c.en.trim(),
    order,
    responseHours: c.responseHours,
    resolutionHours: c.resolutionHours,
    canned: c.canned,
    active: c.active,
    shared: c.shared,
    questions: c.questions.map((q) => ({
      zh: q.zh.trim(),
      en: q.en.trim(),
      kind: q.kind,
      choices: q.kind === 'choice' ? q.choices.map((x) => ({ zh: x.zh.trim(), en: x.en.trim() })) : [],
      required: q.required,
    })),
    noLocation: c.noLocation,
  };
}

/** The ids of the categories whose stored form differs between two versions of the tree. */
export function changedCategories(before: Category[], after: Category[]): string[] {
  const was = new Map(before.map((c, i) => [c.id, JSON.stringify(categoryItem(c, i))]));
  return after.filter((c, i) => was.get(c.id) !== JSON.stringify(categoryItem(c, i))).map((c) => c.id);
}
