import { QueryClient } from '@tanstack/react-query';
import { manageLiveQueries } from './live-query';
import { shareEqual } from './share-equal';

export function makeQueryClient() {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: 1,
        refetchOnWindowFocus: false,
        networkMode: 'offlineFirst',
        structuralSharing: shareEqual, // dates compared by time: an unchanged ticket keeps its object
      },
      mutations: { networkMode: 'offlineFirst' },
    },
  });
  manageLiveQueries(client);
  return client;
}
