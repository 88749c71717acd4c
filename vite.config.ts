import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checkChunkGroups, codeSplittingGroups } from './scripts/lib/chunk-groups.ts';
import { MANIFEST_HREF } from './src/app/install.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * src/boot.ts as the page's first script, beside (not inside) the app's entry: a script in index.html would
 * be bundled into the entry and wait for React's chunk like the rest of it. In the build it is a second
 * entry, referenced from the page with its imports preloaded; the dev server serves the source.
 */
function bootScript(): Plugin {
  const source = 'src/boot.ts';
  return {
    name: 'shequ-boot-script',
    config: () => ({
      build: {
        rolldownOptions: {
          input: {
            index: fileURLToPath(new URL('./index.html', import.meta.url)),
            boot: fileURLToPath(new URL(`./${source}`, import.meta.url)),
          },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle)
          return [{ tag: 'script', attrs: { type: 'module', src: `/${source}` }, injectTo: 'head' }];
        const boot = Object.values(ctx.bundle).find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(source),
        );
        if (boot?.type !== 'chunk') throw new Error(`${source} is missing from the build`);
        // React's chunk, by far the largest, is asked for last: the small files the start-up script and
        // the first screen need arrive first instead of queueing behind it on the one HTTP/2 connection.
        const vendor = /\s*<link rel="modulepreload"[^>]*href="\/assets\/vendor-[^"]+\.js">/.exec(html);
        if (!vendor) throw new Error("React's chunk is not preloaded by index.html");
        const reordered = html.replace(vendor[0], '').replace('</head>', `  ${vendor[0].trim()}\n  </head>`);
        return {
          html: reordered,
          tags: [
            // (what the app's entry imports too is preloaded by Vite already)
            ...boot.imports
              .filter((file) => !html.includes(`/${file}"`))
              .map((file) => ({
                tag: 'link',
                attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
                injectTo: 'head-prepend' as const,
              })),
            {
              tag: 'script',
              attrs: { type: 'module', async: true, crossorigin: true, src: `/${boot.fileName}` },
              injectTo: 'head-prepend',
            },
          ],
        };
      },
    },
  };
}

/**
 * The web app manifest's `<link>` (added by vite-plugin-pwa) comes out of the page: a phone's browser fetches
 * the manifest and its 192 px icon (~3.5 KB) as soon as it sees the link, beside the code the first screen
 * needs. `linkManifest` (src/app/install.ts) adds it back once the page is idle after the first screen.
 */
function manifestAfterPaint(): Plugin {
  return {
    name: 'shequ-manifest-after-paint',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const link = `<link rel="manifest" href="${MANIFEST_HREF}">`;
        if (!html.includes(link)) throw new Error(`vite-plugin-pwa no longer links ${MANIFEST_HREF}`);
        return html.replace(link, '');
      },
    },
  };
}

/**
 * The reads counter (src/lib/reads.ts, `window.__shequReads`) is for the benchmarks on the emulators: a build
 * for anything else fails if it still carries it (the callers count behind `VITE_USE_EMULATORS === 'true'`,
 * which such a build folds to false, and the module then drops out).
 */
function readsCounterOnlyForEmulators(): Plugin {
  let forEmulators = false;
  return {
    name: 'shequ-reads-counter-only-for-emulators',
    apply: 'build',
    configResolved(config) {
      forEmulators = config.env.VITE_USE_EMULATORS === 'true';
    },
    generateBundle(_options, bundle) {
      if (forEmulators) return;
      const counter = fileURLToPath(new URL('./src/lib/reads.ts', import.meta.url));
      const carrying = Object.values(bundle).filter(
        (c) => c.type === 'chunk' && (c.moduleIds.includes(counter) || c.code.includes('__shequReads')),
      );
      if (carrying.length)
        this.error(
          `The reads counter is in a build not for the emulators: ${carrying.map((c) => c.fileName).join(', ')}`,
        );
    },
  };
}

export default defineConfig({
  plugins: [
    bootScript(),
    react(),
    tailwindcss(),
    // Installable app: the service worker precaches the app shell and every route's code (Firebase too), so
    // the app opens offline and shows what Firestore's cache holds. Registered after first paint (App.tsx).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: '社区服务',
        short_name: '社区服务',
        description: '报事报修、进度查询、社区公告与活动报名',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f5f3',
        theme_color: '#a51b1b',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Phone notifications: the push and notificationclick handlers (public/push-sw.js).
        importScripts: ['/push-sw.js'],
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
    manifestAfterPaint(), // after VitePWA: removes the link it adds
    checkChunkGroups(ROOT),
    readsCounterOnlyForEmulators(),
  ],
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
    // Maps are written for debugging but not referenced from the files (a comment per chunk is ~40 bytes
    // gzip of every phone's first load).
    sourcemap: 'hidden',
    // Firebase is split out of the first-load bundle and fetched after first paint (src/lib/backend.ts).
    modulePreload: {
      polyfill: false,
      // What index.html preloads for every page need not be listed again for each lazy chunk (the page
      // itself keeps its preloads: without them React's chunk is found only once the entry has arrived).
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((d) => !/(^|\/)(vendor|ui|rolldown-runtime)-/.test(d)),
    },
    manifest: true,
    rolldownOptions: {
      // The policy's limits (src/lib/policy.ts, in the shared ui chunk) are written into the code that reads
      // them instead of being exported from the ui chunk: a limit only a staff form reads costs the residents'
      // first load nothing.
      optimization: { inlineConst: { mode: 'all', pass: 1 } },
      output: {
        // One vendor chunk for what every screen needs (compresses better than many small pieces), one for
        // the app's shared UI and the helpers the first screen uses, the start-up script's, the resident's
        // ticket screens'. Listed by file in scripts/lib/chunk-groups.ts (a renamed file fails a test instead
        // of silently leaving its chunk); Firebase stays in its own lazily loaded chunk.
        codeSplitting: { groups: codeSplittingGroups(ROOT) },
      },
    },
  },
});
