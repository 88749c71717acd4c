import { makeConverter, num, strList, strOrNull } from '@/lib/converter';
import { COMMON_AREAS, type Building, type CommonArea } from '../types';

export const buildingConverter = makeConverter<Building>((id, d) => ({
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
}));
