import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { ticketConverter } from '@/lib/converters/tickets';
import type { Ticket } from '../types';
import { LIST_PAGE_SIZE } from './queries';

/**
 * The tickets a duplicate may be merged into, for the merge picker (staff only, in its own file so residents'
 * screens do not download it): the open tickets of its building, most urgent first, one page (the head and
 * the building's worker may list them). Its keys start with 'tickets', so every ticket change refreshes it.
 */
export const mergeQueries = {
  targets: (buildingId: string) =>
    queryOptions({
      queryKey: ['tickets', 'mergeTargets', buildingId] as const,
      queryFn: async (): Promise<Ticket[]> => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'tickets').withConverter(ticketConverter),
          b.where('open', '==', true),
          b.where('buildingId', '==', buildingId),
          b.orderBy('dueAt'),
          b.limit(LIST_PAGE_SIZE),
        );
        return (await b.getDocs(q)).docs.map((d) => d.data());
      },
      staleTime: 30_000,
    }),
};

/**
 * Which of `open` a duplicate may join, the same kind of problem first (a leak with the leak upstairs): not
 * itself, and only what its household may follow — a shared matter (through the public mirror) or one of its
 * own household (firestore.rules: `joins`).
 */
export function mergeCandidates(duplicate: Ticket, open: readonly Ticket[]): Ticket[] {
  const eligible = open.filter(
    (t) =>
      t.id !== duplicate.id &&
      t.open &&
      t.buildingId === duplicate.buildingId &&
      (t.shared || t.householdId === duplicate.householdId),
  );
  const same = eligible.filter((t) => t.categoryId === duplicate.categoryId);
  return [...same, ...eligible.filter((t) => t.categoryId !== duplicate.categoryId)];
}
