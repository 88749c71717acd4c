// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  // Features never import each other or the app; they meet in src/app/routes. Shared code flows one way.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            firebaseOnlyInLib,
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Features do not import other features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/components/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
      'src/i18n/**/*.{ts,tsx}',
      'src/config/**/*.{ts,tsx}',
    ],
    ignores: ['src/lib/firebase.ts', 'src/lib/firebase-auth.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            firebaseOnlyInLib,
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared code does not depend on features or the app.',
            },
          ],
        },
      ],
    },
  },
);
