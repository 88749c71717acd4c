import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { startSession, sessionHinted } from '@/features/account/api/session';
import { whenIdle } from '@/lib/backend';
import { makeQueryClient } from '@/lib/query-client';
import { linkManifest } from './install';
import { AppRoutes } from './router';

export function App() {
  const [queryClient] = useState(makeQueryClient);
  useEffect(() => {
    // First paint is done: start Firebase at once if someone was signed in on this phone, else when idle
    // (the sign-in screen works without it until the user presses a button).
    if (sessionHinted()) startSession();
    else whenIdle(startSession);
    // The service worker (offline app shell) and the manifest (installable app) once the page is idle
    // (the manifest only in a build: the dev server has none; the mode, since NODE_ENV may say "test").
    whenIdle(() => {
      if (import.meta.env.MODE === 'production') linkManifest();
      void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
    });
  }, []);
  return (
    <ErrorBoundary where="app">
      <QueryClientProvider client={queryClient}>
        <AppRoutes />
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
