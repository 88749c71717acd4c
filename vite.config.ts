import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Only Firestore Pipelines use re2js; we never do, so ship a stub instead of ~50 KB gzip.
      re2js: fileURLToPath(new URL('./src/lib/re2js-stub.ts', import.meta.url)),
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // Firebase is imported dynamically, so the dev optimiser would only find it late and bundle the
  // packages apart ("Component firestore has not been registered yet"); bundle them together up front.
  optimizeDeps: { include: ['firebase/app', 'firebase/auth', 'firebase/firestore'] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Firebase is split out of the first-load bundle and fetched after first paint (src/lib/backend.ts).
    modulePreload: { polyfill: false },
    manifest: true,
    rolldownOptions: {
      output: {
        // One vendor chunk for what every screen needs (compresses better than many small pieces), one for
        // the app's shared UI; Firebase stays in its own lazily loaded chunk.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|rosetta|dlv|templite|use-sync-external-store)[\\/]/,
            },
            {
              name: 'ui',
              test: /src[\\/](components[\\/]ui[\\/](Button|Card|Icon|Loading|PageTitle|OfflineBanner|ErrorBoundary)|lib[\\/](?!firebase)|i18n[\\/](format|index|react|zh-CN)|config)/,
            },
          ],
        },
      },
    },
  },
});
