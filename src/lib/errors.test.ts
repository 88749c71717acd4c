import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/i18n';
import { errorKind, errorMessage, recentErrors, reportError } from './errors';

const firebase = (code: string) => Object.assign(new Error(`Firebase: ${code}`), { code });

describe('every error the app can meet becomes words', () => {
  it.each([
    ['permission-denied', 'denied'],
    ['invalid-argument', 'denied'],
    ['unavailable', 'offline'],
    ['deadline-exceeded', 'offline'],
    ['auth/network-request-failed', 'offline'],
    ['resource-exhausted', 'busy'],
    ['auth/too-many-requests', 'busy'],
    ['aborted', 'conflict'],
    ['failed-precondition', 'conflict'],
    ['already-exists', 'conflict'],
    ['not-found', 'gone'],
    ['unauthenticated', 'signedOut'],
    ['auth/user-token-expired', 'signedOut'],
    ['internal', 'unknown'],
  ])('%s → %s', (code, kind) => {
    expect(errorKind(firebase(code))).toBe(kind);
  });

  it.each([
    'Failed to fetch dynamically imported module: http://127.0.0.1:5173/src/features/tickets/api/mutations.ts',
    'Importing a module script failed.',
    'error loading dynamically imported module: https://x/assets/report-abc.js',
  ])('a screen whose code did not arrive needs a connection: %s', (message) => {
    expect(errorKind(new TypeError(message))).toBe('needsConnection');
  });

  it('a failed request with no code is offline; anything else is unknown', () => {
    expect(errorKind(new TypeError('Failed to fetch'))).toBe('offline');
    expect(errorKind(new Error('x is undefined'))).toBe('unknown');
    expect(errorKind('boom')).toBe('unknown');
    expect(errorKind(null)).toBe('unknown');
  });

  it('the words never hold the code, the message or a URL, in either language', async () => {
    const errors = [
      firebase('permission-denied'),
      firebase('unavailable'),
      new TypeError('Failed to fetch dynamically imported module: http://h/src/x.ts'),
      new Error('Cannot read properties of undefined'),
    ];
    for (const lang of ['zh-CN', 'en'] as const) {
      await setLanguage(lang);
      for (const e of errors) {
        const words = errorMessage(e);
        expect(words.length).toBeGreaterThan(10);
        expect(words).not.toMatch(/permission|unavailable|http|\.ts|undefined|Firebase/);
      }
    }
    await setLanguage('zh-CN');
  });
});

describe('reporting', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('keeps the last reports with their kind and code, and sends nothing unless a deployment asks', () => {
    const beacon = vi.fn(() => true);
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportError(firebase('permission-denied'), 'test');
    expect(recentErrors().at(-1)).toMatchObject({ kind: 'denied', code: 'permission-denied', where: 'test' });
    expect(beacon).not.toHaveBeenCalled();
    vi.stubEnv('VITE_ERROR_REPORT_URL', 'https://errors.example/report');
    reportError(new Error('x'), 'test');
    expect(beacon).toHaveBeenCalledWith(
      'https://errors.example/report',
      expect.stringContaining('"kind":"unknown"'),
    );
    quiet.mockRestore();
  });
});
