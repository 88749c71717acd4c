import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { startSession, sessionHinted } from '@/features/account/api/session';
import { whenIdle } from '@/lib/backend';
import { makeQueryClient } from '@/lib/query-client';
import { AppRoutes } from './router';

export function App() {
  const [queryClient] = useState(makeQueryClient);
  useEffect(() => {
    // First paint is done: start Firebase at once if someone was signed in on this phone, else when idle
    // (the sign-in screen works without it until the user presses a button).
    if (sessionHinted()) startSession();
    else whenIdle(startSession);
    // The service worker (offline app shell) is registered once the page is idle.
    whenIdle(
      () => void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true })),
    );
  }, []);
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <AppRoutes />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
