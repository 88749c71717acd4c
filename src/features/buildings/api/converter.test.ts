// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { directoryEntry, directoryItems } from '../directory';
import { parseBuildingDirectory } from './converter';

const b = (id: string, number: number, over: Record<string, unknown> = {}) => ({
  id,
  number,
  entrances: 2,
  floors: 6,
  commonAreas: ['stairwell', 'lift'],
  workerId: 'w1',
  workerName: '网格员',
  householdCount: 12,
  ...over,
});

describe('the building directory', () => {
  it('lists every building by number, with the fields each building has', () => {
    const list = parseBuildingDirectory(directoryItems([b('b10', 10), b('b2', 2), b('b1', 1)]));
    expect(list.map((x) => x.id)).toEqual(['b1', 'b2', 'b10']);
    expect(list[0]).toEqual(b('b1', 1));
  });

  it('an entry is exactly the building’s fields, whatever else the caller has', () => {
    const entry = directoryEntry({ ...b('b1', 1), updatedAt: 'x', extra: true } as never);
    expect(Object.keys(entry).sort()).toEqual(
      ['commonAreas', 'entrances', 'floors', 'householdCount', 'number', 'workerId', 'workerName'].sort(),
    );
  });

  it('reads a missing or damaged directory as no buildings, and drops unknown common areas', () => {
    expect(parseBuildingDirectory(undefined)).toEqual([]);
    expect(parseBuildingDirectory({ b1: null, b2: 'x' })).toEqual([]);
    const [only] = parseBuildingDirectory({ b3: { number: 3, commonAreas: ['lift', 'moon'] } });
    expect(only).toMatchObject({ id: 'b3', number: 3, commonAreas: ['lift'], workerId: null, entrances: 1 });
  });
});
