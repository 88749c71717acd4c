import { descriptionMax, notBlank } from '@/lib/policy';
import type { Category, TicketAnswer, Urgency } from '../types';
import type { NewTicketInput, PhotoInput, VoiceInput } from './writes';

export interface ReportBuilding {
  id: string;
  number: number;
  commonAreas: string[];
  /** How many entrances (单元) it has: a common area may name one. */
  entrances?: number;
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
  /** The answers to the category's questions, by question (a choice as its number); '' = not answered. */
  answers?: string[];
  /** Where exactly: a common area's entrance ('' = not said)… */
  entrance?: string;
  /** …another flat of the building than the reporter's own ("502"). */
  otherFlat?: string;
}

export type ReportErrorKey =
  | 'categoryMissing'
  | 'subcategoryMissing'
  | 'descriptionMissing'
  | 'descriptionTooLong'
  | 'areaMissing'
  | 'buildingMissing'
  | 'answerMissing'
  | 'answerTooLong'
  | 'flatTooLong';

export type ReportErrors = Partial<
  Record<'category' | 'description' | 'building' | 'area' | 'otherFlat' | `answer${number}`, ReportErrorKey>
>;

export function childrenOf(categories: Category[], parent: string) {
  return categories.filter((c) => c.parent === parent && c.active);
}

export function topCategories(categories: Category[]) {
  return categories.filter((c) => c.parent === null && c.active);
}

/**
 * Checks the report the way the rules will; returns the category to file under when valid. With a voice
 * message (`voice`) no words are needed.
 */
export function validateReport(
  v: ReportValues,
  categories: Category[],
  buildings: ReportBuilding[],
  voice = false,
) {
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
  if (!notBlank(text) && !voice) errors.description = 'descriptionMissing';
  else if (text.length > descriptionMax) errors.description = 'descriptionTooLong';
  // (the category's questions and "where exactly" are checked by ./report-details.ts, with their fields)
  let building: ReportBuilding | undefined;
  if (category?.noLocation) {
    // asks no place
  } else if (v.where === 'common') {
    building = buildings.find((b) => b.id === v.buildingId);
    if (!building) errors.building = 'buildingMissing';
    else if (!building.commonAreas.includes(v.area)) errors.area = 'areaMissing';
  }
  return { errors, category: Object.keys(errors).length ? undefined : category, building };
}

/** Answers kept on a ticket input, back as the form holds them (a refused report opened to fix). */
export function typedAnswers(category: Category | undefined, answers: TicketAnswer[] = []) {
  return (category?.questions ?? []).map((q) => {
    const a = answers.find((x) => x.zh === q.zh)?.answer ?? '';
    if (q.kind === 'text') return a;
    const n = q.choices.findIndex((c) => c.zh === a);
    return n < 0 ? '' : String(n);
  });
}

/** A report that passed the checks, as the form hands it over. */
export interface ValidReport {
  category: Category;
  building: ReportBuilding;
  area: string | null;
  /** Where exactly: a common area's entrance, another flat; none at all for a category that asks none. */
  entrance: number | null;
  otherFlat: string | null;
  noPlace: boolean;
  answers: TicketAnswer[];
  description: string;
  urgency: Urgency;
  photos: PhotoInput[];
  /** A voice message recorded with the report (then the description may be empty). */
  voice: VoiceInput | null;
  /** Proxy reports: the resident's name as told to the worker. */
  proxyFor?: string;
}

/**
 * The ticket a report files, written now: the problem where the report puts it, the reporting household's
 * address for contact (its flat in `home`, the household's building).
 */
export function reportTicket(
  id: string,
  r: ValidReport,
  household: { id: string; entrance: number; flat: string },
  home: { id: string; number: number },
): NewTicketInput {
  return {
    id,
    category: {
      id: r.category.id,
      responseHours: r.category.responseHours,
      resolutionHours: r.category.resolutionHours,
      shared: r.category.shared,
    },
    description: r.description,
    area: r.area,
    entrance: r.entrance,
    otherFlat: r.otherFlat,
    noPlace: r.noPlace,
    answers: r.answers,
    building: {
      id: r.building.id,
      number: r.building.number,
      workerId: r.building.workerId,
      workerName: r.building.workerName,
    },
    household: {
      id: household.id,
      buildingId: home.id,
      buildingNumber: home.number,
      entrance: household.entrance,
      flat: household.flat,
    },
    urgency: r.urgency,
    photoCount: r.photos.length,
    voiceSeconds: r.voice?.seconds ?? null,
    writtenAt: new Date(),
    ...(r.proxyFor === undefined ? {} : { proxyFor: r.proxyFor }),
  };
}
