import { descriptionMax, notBlank } from '@/lib/policy';
import type { Category, Urgency } from '../types';

export interface ReportBuilding {
  id: string;
  number: number;
  commonAreas: string[];
  workerId: string | null;
  workerName: string | null;
}

/** What the resident has typed/chosen so far (kept as a draft on the phone). */
export interface ReportValues {
  top: string;
  categoryId: string;
  description: string;
  where: 'flat' | 'common';
  buildingId: string;
  area: string;
  urgency: Urgency;
}

export type ReportErrorKey =
  | 'categoryMissing'
  | 'subcategoryMissing'
  | 'descriptionMissing'
  | 'descriptionTooLong'
  | 'areaMissing'
  | 'buildingMissing';

export type ReportErrors = Partial<Record<'category' | 'description' | 'building' | 'area', ReportErrorKey>>;

export function childrenOf(categories: Category[], parent: string) {
  return categories.filter((c) => c.parent === parent && c.active);
}

export function topCategories(categories: Category[]) {
  return categories.filter((c) => c.parent === null && c.active);
}

/** Checks the report the way the rules will; returns the category to file under when valid. */
export function validateReport(v: ReportValues, categories: Category[], buildings: ReportBuilding[]) {
  const errors: ReportErrors = {};
  const top = categories.find((c) => c.id === v.top && c.parent === null);
  const kids = top ? childrenOf(categories, top.id) : [];
  let category: Category | undefined;
  if (!top) errors.category = 'categoryMissing';
  else if (kids.length) {
    category = kids.find((c) => c.id === v.categoryId);
    if (!category) errors.category = 'subcategoryMissing';
  } else category = top;
  const text = v.description.trim();
  if (!notBlank(text)) errors.description = 'descriptionMissing';
  else if (text.length > descriptionMax) errors.description = 'descriptionTooLong';
  let building: ReportBuilding | undefined;
  if (v.where === 'common') {
    building = buildings.find((b) => b.id === v.buildingId);
    if (!building) errors.building = 'buildingMissing';
    else if (!building.commonAreas.includes(v.area)) errors.area = 'areaMissing';
  }
  return { errors, category: Object.keys(errors).length ? undefined : category, building };
}
