// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { proxyOf } from './proxy';

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

  it('no VITE_BACKEND_HOST: Firestore (and the Auth emulator) directly', () => {
    expect(proxyOf(parseEnv({}), { host: 'app.example.cn', protocol: 'https:' })).toBeNull();
  });
  it('same-origin: the host that serves the app, over its protocol', () => {
    const e = parseEnv({ VITE_BACKEND_HOST: 'same-origin' });
    expect(proxyOf(e, { host: 'shequ.example.cn', protocol: 'https:' })).toEqual({
      host: 'shequ.example.cn',
      ssl: true,
      origin: 'https://shequ.example.cn',
    });
    expect(proxyOf(e, { host: '127.0.0.1:4173', protocol: 'http:' })?.origin).toBe('http://127.0.0.1:4173');
  });
  it('a named proxy host is reached over HTTPS (plain HTTP only on this machine)', () => {
    expect(
      proxyOf(parseEnv({ VITE_BACKEND_HOST: 'fs.example.hk' }), { host: 'a', protocol: 'https:' }),
    ).toEqual({
      host: 'fs.example.hk',
      ssl: true,
      origin: 'https://fs.example.hk',
    });
    expect(
      proxyOf(parseEnv({ VITE_BACKEND_HOST: 'localhost:8443' }), { host: 'a', protocol: 'http:' })?.ssl,
    ).toBe(false);
  });
  it('a proxy given as a URL or with a path fails loudly', () => {
    const page = { host: 'a', protocol: 'https:' };
    expect(() => proxyOf(parseEnv({ VITE_BACKEND_HOST: 'https://fs.example.hk' }), page)).toThrow(
      /VITE_BACKEND_HOST/,
    );
    expect(() => proxyOf(parseEnv({ VITE_BACKEND_HOST: 'fs.example.hk/firestore' }), page)).toThrow(
      /VITE_BACKEND_HOST/,
    );
  });
});
