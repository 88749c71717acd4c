export const COMMON_AREAS = ['stairwell', 'lift', 'roof', 'basement', 'yard', 'bikeShed', 'gate'] as const;
export type CommonArea = (typeof COMMON_AREAS)[number];

export interface Building {
  id: string;
  number: number;
  entrances: number;
  floors: number;
  commonAreas: CommonArea[];
  workerId: string | null;
  workerName: string | null;
  householdCount: number;
}
