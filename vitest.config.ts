import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * Three projects, one command (`vitest run`):
 *  - unit:  components in jsdom (Firebase mocked at its one door, src/lib/backend.ts); pure logic in node
 *           (files marked `// @vitest-environment node`: jsdom's start-up is most of a small file's time),
 *           the build's own tooling (eslint/, scripts/) too
 *  - rules: firestore.rules and the app's real queries against the Firestore emulator (node)
 *  - e2e:   the built app in Debian chromium on a phone viewport, against seeded emulators
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: [
              'src/**/*.test.{ts,tsx}',
              'eslint/**/*.test.ts',
              'scripts/**/*.test.ts',
              'functions/src/**/*.test.ts',
            ],
            setupFiles: ['src/testing/setup.ts'],
            css: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'rules',
            environment: 'node',
            include: ['tests/**/*.test.ts'],
            globalSetup: ['tests/setup/firestore.ts'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['e2e/**/*.spec.ts'],
            globalSetup: ['e2e/setup/global.ts'],
            testTimeout: 90_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  }),
);
