/**
 * The building directory: every building in one document, `config/buildings` (`items`: id → entry), so a
 * screen that lists the buildings — a resident's home and report form, the head's grid — costs one read
 * instead of one per building (200 in a town this size, each time a listener starts cold). The documents in
 * `buildings/` stay the record the rules check (a ticket's worker, a household's entrance); the rules refuse
 * a building written without the same entry in the directory, in the same batch. Written by the app
 * (assigning a building), by the seeds, and by whoever imports a community: all through `directoryEntry`.
 */
import type { Building } from './types';

export const DIRECTORY_PATH = 'config/buildings';

/** A building's own fields (what the seeds hold too: their common areas as plain strings). */
export type BuildingFields = Omit<Building, 'id' | 'commonAreas'> & { commonAreas: readonly string[] };

/** A building's entry in the directory: exactly its fields (not its update time), as the rules compare. */
export function directoryEntry(b: BuildingFields): BuildingFields {
  return {
    number: b.number,
    entrances: b.entrances,
    floors: b.floors,
    commonAreas: [...b.commonAreas],
    workerId: b.workerId,
    workerName: b.workerName,
    householdCount: b.householdCount,
  };
}

/** The directory's `items` for a list of buildings (seeds and imports). */
export function directoryItems(buildings: (BuildingFields & { id: string })[]) {
  return Object.fromEntries(buildings.map((b) => [b.id, directoryEntry(b)]));
}

/**
 * The whole directory document, as seeds and imports write it (with the Admin SDK). The app changes one
 * entry at a time and names it in `lastBuilding`, which the rules compare with that building.
 */
export function directoryDoc(buildings: (BuildingFields & { id: string })[], updatedAt: unknown) {
  return { items: directoryItems(buildings), lastBuilding: null, updatedAt };
}
