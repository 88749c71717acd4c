/**
 * The category tree as `config/categories` stores it, as plain data: the app saves it (./categories.ts) and
 * the rules tests write the very same items.
 */
import { auditEntry, type Actor, type AuditSdk } from '../../../lib/audit'; // relative: run under tsx too
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

/**
 * One category's save: the fields written (the item, the one it names, who and when) and its audit entry
 * (src/lib/audit.ts; the rules refuse the write without it), naming the category's fields that changed —
 * none for a new one.
 */
export function categoryWrites(
  sdk: AuditSdk,
  actor: Actor,
  before: Category | undefined,
  after: Category,
  order: number,
) {
  const item = categoryItem(after, order);
  // (compared with the category as stored: its stored order, which may not be its place in the list)
  const was = before ? (categoryItem(before, before.order) as Record<string, unknown>) : null;
  const audit = auditEntry(sdk, actor, {
    action: was ? 'category.edit' : 'category.add',
    targetId: after.id,
    targetLabel: item.zh,
    buildingId: null,
    fields: was
      ? Object.keys(item).filter(
          (k) => JSON.stringify(was[k]) !== JSON.stringify((item as Record<string, unknown>)[k]),
        )
      : [],
  });
  return {
    update: {
      [`items.${after.id}`]: item,
      lastCategory: after.id,
      updatedAt: sdk.serverTimestamp(),
      updatedBy: actor.id,
      lastAuditId: audit.id,
    },
    audit,
  };
}
