// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint/import-zones.js';

const firebaseOnlyInLib = {
  group: ['firebase/*', '@firebase/*', 'firebase'],
  allowTypeImports: true,
  message:
    'Only src/lib/firebase.ts and firebase-auth.ts import Firebase (loaded lazily); use getBackend() or getAuthBackend() from @/lib/backend.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-shell',
      '.test-artifacts',
      '.bench',
      '.emulator-data',
      'coverage',
      'node_modules',
      'scratch',
      'functions/lib',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },
  // One door to Firebase.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/firebase.ts', 'src/lib/firebase-auth.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [firebaseOnlyInLib] }] },
  },
  // Features never import each other or the app; they meet in src/app. Shared code flows one way. Checked by
  // path, so a relative import is held to the same boundary as an `@/` one (eslint/import-zones.js).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/import-zones': 'error' },
  },
);
