/**
 * Searching tickets (docs/data-model.md "Search"): by number, the reporter's name, the flat and the words
 * of the report (`tickets.search`), newest first; and by a phone number through the register (the
 * households with that number, then their tickets — the number itself is never copied onto a ticket). A
 * worker searches each of their buildings (the rules let them list tickets by building), the head
 * everywhere; each query asks for at most SEARCH_PAGE documents.
 */
import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { ticketConverter } from '@/lib/converters/tickets';
import { SEARCH_PAGE } from '@/lib/policy';
import { leadToken, matchesAll, queryTokens, ticketTokens } from '@/lib/search';
import type { Ticket } from '../types';

/** Whose tickets: the head's (everything, `null`) or a worker's buildings. */
export type TicketSearchScope = string[] | null;

export interface TicketSearchResult {
  tickets: Ticket[];
  /** Some query came back full: there may be more than shown. */
  more: boolean;
}

/**
 * The tickets matching `query`; `householdsByPhone` (the register's, passed in by the route) gives the
 * households with a phone number the query is part of, or none when it is no phone number.
 */
export const ticketSearchQueries = {
  search: (
    query: string,
    scope: TicketSearchScope,
    householdsByPhone: (query: string, scope: TicketSearchScope) => Promise<string[]>,
  ) =>
    queryOptions({
      queryKey: ['tickets', 'search', query, scope] as const,
      queryFn: async (): Promise<TicketSearchResult> => {
        const b = await getBackend();
        const tokens = queryTokens(query);
        const lead = leadToken(tokens);
        let more = false;
        const run = async (buildingId: string | null, filter: ReturnType<typeof b.where>) => {
          const q = b.query(
            b.collection(b.db, 'tickets').withConverter(ticketConverter),
            ...(buildingId ? [b.where('buildingId', '==', buildingId)] : []),
            filter,
            b.orderBy('createdAt', 'desc'),
            b.limit(SEARCH_PAGE),
          );
          const docs = (await b.getDocs(q)).docs.map((d) => d.data());
          if (docs.length >= SEARCH_PAGE) more = true;
          return docs;
        };
        const buildings = scope ?? [null];
        const [byWords, households] = await Promise.all([
          lead
            ? Promise.all(buildings.map((id) => run(id, b.where('search', 'array-contains', lead))))
            : Promise.resolve([]),
          householdsByPhone(query, scope),
        ]);
        const found = new Map(
          byWords
            .flat()
            .filter((t) => matchesAll(ticketTokens(t), tokens))
            .map((t) => [t.id, t]),
        );
        if (households.length) {
          // (`in` takes up to 30 values; the register's search gives at most SEARCH_PAGE per building)
          const ids = households.slice(0, 30);
          const byPhone = await Promise.all(
            buildings.map((id) => run(id, b.where('householdId', 'in', ids))),
          );
          for (const t of byPhone.flat()) found.set(t.id, t);
        }
        const tickets = [...found.values()].sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime());
        return { tickets, more };
      },
      staleTime: 30_000,
    }),
};
