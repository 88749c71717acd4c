// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('configuration', () => {
  it('a demo project talks to the local emulators', () => {
    const env = parseEnv({
      VITE_FIREBASE_PROJECT_ID: 'demo-shequ',
      VITE_FIRESTORE_EMULATOR_HOST: '127.0.0.1:8181',
    });
    expect(env.emulators).toEqual({
      firestoreHost: '127.0.0.1',
      firestorePort: 8181,
      authUrl: 'http://127.0.0.1:9099',
    });
  });
  it('a real project without its keys fails loudly', () => {
    expect(() => parseEnv({ VITE_FIREBASE_PROJECT_ID: 'shequ-prod' })).toThrow(/VITE_FIREBASE_API_KEY/);
  });
  it('a real project with its keys does not use emulators', () => {
    const env = parseEnv({
      VITE_FIREBASE_PROJECT_ID: 'shequ-prod',
      VITE_FIREBASE_API_KEY: 'k',
      VITE_FIREBASE_AUTH_DOMAIN: 'shequ-prod.firebaseapp.com',
      VITE_FIREBASE_APP_ID: '1:2:web:3',
    });
    expect(env.emulators).toBeNull();
  });
});
