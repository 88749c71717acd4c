import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';

/**
 * A ticket's voice message: part of the ticket queries (its key starts with 'tickets'), in a file of its own
 * so that only the player (a chunk fetched when a ticket has a voice message) downloads it.
 */
export const voiceQueries = {
  /** A report's voice message (`voice/v1`: written once, never changed), as a data URL; null if none. */
  message: (id: string) =>
    queryOptions({
      queryKey: ['tickets', 'detail', id, 'voice'] as const,
      queryFn: async () => {
        const b = await getBackend();
        const d = await b.getDoc(b.doc(b.db, 'tickets', id, 'voice', 'v1'));
        const url: unknown = d.get('dataUrl');
        return typeof url === 'string' ? url : null;
      },
      staleTime: Infinity,
    }),
};
