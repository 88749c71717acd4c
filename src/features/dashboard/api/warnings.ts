/** Early warnings from the dashboard's summaries (pure: shared by the app and the benchmark). */

import { WARNING_HOUSEHOLDS } from '../../../lib/policy';

/** How many households (or reopenings) make a warning (policy.ts: the text message uses it too). */
export { WARNING_HOUSEHOLDS };

export interface Warning {
  kind: 'cluster' | 'reopens';
  buildingId: string;
  categoryId: string | null;
  /** Households that reported (cluster), or reopenings this period (reopens). */
  households: number;
}

/**
 * Early warning (维稳): several households of one building reporting the same category within the window
 * (from the day signals), or a building whose tickets keep being reopened (from the period's summary).
 */
export function warnings(
  signals: Record<string, string[]>,
  reopenedByBuilding: Record<string, number>,
): Warning[] {
  const out: Warning[] = [];
  for (const [key, households] of Object.entries(signals)) {
    if (households.length < WARNING_HOUSEHOLDS) continue;
    const [buildingId, categoryId] = key.split('~') as [string, string];
    out.push({ kind: 'cluster', buildingId, categoryId, households: households.length });
  }
  for (const [buildingId, n] of Object.entries(reopenedByBuilding)) {
    if (n >= WARNING_HOUSEHOLDS) out.push({ kind: 'reopens', buildingId, categoryId: null, households: n });
  }
  return out.sort((a, b) => b.households - a.households);
}
