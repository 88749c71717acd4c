import type { DocumentData } from 'firebase/firestore';
import { num, strList, strOrNull } from '@/lib/converter';
import { COMMON_AREAS, type Building, type CommonArea } from '../types';

function parseBuilding(id: string, d: DocumentData): Building {
  return {
    id,
    number: num(d.number),
    entrances: num(d.entrances, 1),
    floors: num(d.floors, 1),
    commonAreas: strList(d.commonAreas).filter((a): a is CommonArea =>
      (COMMON_AREAS as readonly string[]).includes(a),
    ),
    workerId: strOrNull(d.workerId),
    workerName: strOrNull(d.workerName),
    householdCount: num(d.householdCount),
  };
}

/** The building directory (`config/buildings`, see ../directory.ts) holds every building in one map: a list by number. */
export function parseBuildingDirectory(items: unknown): Building[] {
  if (!items || typeof items !== 'object') return [];
  return Object.entries(items as Record<string, unknown>)
    .filter((e): e is [string, DocumentData] => Boolean(e[1]) && typeof e[1] === 'object')
    .map(([id, d]) => parseBuilding(id, d))
    .sort((a, b) => a.number - b.number || a.id.localeCompare(b.id));
}
