import { QueryClient } from '@tanstack/react-query';
import { manageLiveQueries } from './live-query';

export function makeQueryClient() {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, networkMode: 'offlineFirst' },
      mutations: { networkMode: 'offlineFirst' },
    },
  });
  manageLiveQueries(client);
  return client;
}
