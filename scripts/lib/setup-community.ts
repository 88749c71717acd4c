/**
 * A new community's first data — the office's contact details, the buildings (and their directory) and the
 * category tree — from one JSON file, written with the Admin SDK by `npm run admin:setup-community`.
 * The app has no screen that creates buildings, and the category editor changes an existing tree, so a real
 * deployment starts here (docs/deployment.md). Every value is checked against the same limits the rules
 * apply (src/lib/policy.ts), so what this writes is what the app can later edit.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { DIRECTORY_PATH, directoryDoc, type BuildingFields } from '../../src/features/buildings/directory';
import {
  buildingNumberMax,
  commonAreaKinds,
  commonAreasMax,
  entrancesMax,
  floorsMax,
  nameMax,
  notBlank,
  officeHoursMax,
  officePhoneMax,
  officePhoneMin,
} from '../../src/lib/policy';
import { categoriesDoc } from '../seed/categories';

export interface CommunityFile {
  community: { name: string; officePhone: string; officeHours: string; officeHoursEn?: string };
  buildings: { number: number; entrances: number; floors: number; commonAreas?: string[] }[];
}

export interface SetupDoc {
  path: string;
  data: Record<string, unknown>;
}

const isInt = (v: unknown, lo: number, hi: number) =>
  Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
const isText = (v: unknown, lo: number, hi: number) =>
  typeof v === 'string' && v.length >= lo && v.length <= hi && (lo === 0 || notBlank(v));

/** The documents a community file makes, or every problem with it (each naming where it is). */
export function planSetup(
  file: unknown,
  now: unknown,
): { problems: string[]; docs: SetupDoc[]; buildings: number } {
  const problems: string[] = [];
  const f = (file ?? {}) as Partial<CommunityFile>;
  const c = (f.community ?? {}) as Partial<CommunityFile['community']>;
  if (!isText(c.name, 1, nameMax)) problems.push(`community.name: 1–${nameMax} characters`);
  if (!isText(c.officePhone, officePhoneMin, officePhoneMax))
    problems.push(`community.officePhone: ${officePhoneMin}–${officePhoneMax} characters`);
  if (!isText(c.officeHours ?? '', 0, officeHoursMax))
    problems.push(`community.officeHours: at most ${officeHoursMax} characters`);
  if (!isText(c.officeHoursEn ?? '', 0, officeHoursMax))
    problems.push(`community.officeHoursEn: at most ${officeHoursMax} characters`);
  const list = Array.isArray(f.buildings) ? f.buildings : [];
  if (list.length === 0) problems.push('buildings: at least one building');
  const seen = new Set<number>();
  const buildings: (BuildingFields & { id: string })[] = [];
  list.forEach((b, i) => {
    const at = `buildings[${i}]`;
    if (!isInt(b.number, 1, buildingNumberMax))
      problems.push(`${at}.number: a whole number 1–${buildingNumberMax}`);
    else if (seen.has(b.number)) problems.push(`${at}.number: building ${b.number} is listed twice`);
    else seen.add(b.number);
    if (!isInt(b.entrances, 1, entrancesMax)) problems.push(`${at}.entrances: 1–${entrancesMax}`);
    if (!isInt(b.floors, 1, floorsMax)) problems.push(`${at}.floors: 1–${floorsMax}`);
    const areas = b.commonAreas ?? [];
    const unknown = areas.filter((a) => !(commonAreaKinds as readonly string[]).includes(a));
    if (unknown.length)
      problems.push(
        `${at}.commonAreas: unknown ${unknown.join(', ')} (known: ${commonAreaKinds.join(', ')})`,
      );
    if (areas.length > commonAreasMax) problems.push(`${at}.commonAreas: at most ${commonAreasMax}`);
    buildings.push({
      id: `b${b.number}`,
      number: b.number,
      entrances: b.entrances,
      floors: b.floors,
      commonAreas: [...new Set(areas)],
      workerId: null,
      workerName: null,
      householdCount: 0,
    });
  });
  if (problems.length) return { problems, docs: [], buildings: 0 };
  const docs: SetupDoc[] = [
    {
      path: 'config/community',
      data: {
        name: c.name,
        officePhone: c.officePhone,
        officeHours: c.officeHours ?? '',
        // the hours in English ('' shows the Chinese to someone reading in English)
        officeHoursEn: c.officeHoursEn ?? '',
        updatedAt: now,
      },
    },
    {
      path: 'config/categories',
      data: { items: categoriesDoc(), lastCategory: null, updatedAt: now, updatedBy: 'setup' },
    },
    ...buildings.map(({ id, ...rest }) => ({ path: `buildings/${id}`, data: { ...rest, updatedAt: now } })),
    { path: DIRECTORY_PATH, data: directoryDoc(buildings, now) },
  ];
  return { problems, docs, buildings: buildings.length };
}

/**
 * Writes the plan in one batch, refusing to overwrite: a community that has been set up is changed in the
 * app, never by running this again.
 */
export async function writeSetup(
  db: Firestore,
  file: unknown,
): Promise<{ problems: string[]; written: number }> {
  const plan = planSetup(file, Timestamp.now());
  if (plan.problems.length) return { problems: plan.problems, written: 0 };
  const existing = await db.getAll(...plan.docs.map((d) => db.doc(d.path)));
  const there = existing.filter((s) => s.exists).map((s) => s.ref.path);
  if (there.length)
    return { problems: [`already set up (${there.join(', ')}): change it in the app`], written: 0 };
  const batch = db.batch();
  for (const d of plan.docs) batch.create(db.doc(d.path), d.data);
  await batch.commit();
  return { problems: [], written: plan.docs.length };
}
