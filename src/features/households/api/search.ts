/**
 * Searching the register (docs/data-model.md "Search"): households by their members' names and their flat
 * (`households.search`), and by a phone number (`householdPrivate.search`, staff only, as the numbers
 * are). A worker searches each of their buildings (the rules let them list only by building), the head
 * everywhere; each query asks for at most SEARCH_PAGE documents.
 */
import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { formatPhone, parsePhone } from '@/lib/phone';
import { SEARCH_PAGE } from '@/lib/policy';
import { householdTokens, leadToken, matchesAll, phoneQuery, queryTokens } from '@/lib/search';
import type { Household } from '../types';
import { householdConverter } from './converter';

/** Whose register: the head's (everything, `null`) or a worker's buildings. */
export type SearchScope = string[] | null;

/** A phone number typed as staff may type it → the token its care record has (null: not a number). */
export function phoneToken(query: string) {
  return phoneQuery(query, (typed) => {
    const p = parsePhone(typed);
    return p.ok ? formatPhone(p.e164) : null;
  });
}

/**
 * The households (ids) with a phone number matching `token`, in the scope: one query per building (the
 * head: one), at most SEARCH_PAGE each.
 */
export async function householdIdsByPhone(token: string, scope: SearchScope): Promise<string[]> {
  const b = await getBackend();
  const lists = await Promise.all(
    (scope ?? [null]).map(async (buildingId) => {
      const q = b.query(
        b.collection(b.db, 'householdPrivate'),
        ...(buildingId ? [b.where('buildingId', '==', buildingId)] : []),
        b.where('search', 'array-contains', token),
        b.limit(SEARCH_PAGE),
      );
      return (await b.getDocs(q)).docs.map((d) => d.id);
    }),
  );
  return [...new Set(lists.flat())];
}

export interface HouseholdSearchResult {
  households: Household[];
  /** Some query came back full: there may be more than shown (say so, ask for more words). */
  more: boolean;
}

export const householdSearchQueries = {
  search: (query: string, scope: SearchScope) =>
    queryOptions({
      queryKey: ['households', 'search', query, scope] as const,
      queryFn: async (): Promise<HouseholdSearchResult> => {
        const b = await getBackend();
        const tokens = queryTokens(query);
        const lead = leadToken(tokens);
        const phone = phoneToken(query);
        let more = false;
        const byWords = lead
          ? await Promise.all(
              (scope ?? [null]).map(async (buildingId) => {
                const q = b.query(
                  b.collection(b.db, 'households').withConverter(householdConverter),
                  ...(buildingId ? [b.where('buildingId', '==', buildingId)] : []),
                  b.where('search', 'array-contains', lead),
                  b.limit(SEARCH_PAGE),
                );
                const docs = (await b.getDocs(q)).docs.map((d) => d.data());
                if (docs.length >= SEARCH_PAGE) more = true;
                return docs.filter((h) => matchesAll(householdTokens(h), tokens));
              }),
            )
          : [];
        const found = new Map(byWords.flat().map((h) => [h.id, h]));
        if (phone) {
          const ids = (await householdIdsByPhone(phone, scope)).filter((id) => !found.has(id));
          const homes = await Promise.all(
            ids.map((id) => b.getDoc(b.doc(b.db, 'households', id).withConverter(householdConverter))),
          );
          for (const h of homes) if (h.exists()) found.set(h.id, h.data());
        }
        // by address: building, entrance, flat (the ids sort so: h-1-2-401)
        const households = [...found.values()].sort(
          (x, y) =>
            x.buildingId.localeCompare(y.buildingId) ||
            x.entrance - y.entrance ||
            x.flat.localeCompare(y.flat),
        );
        return { households, more };
      },
      staleTime: 30_000,
    }),
};
