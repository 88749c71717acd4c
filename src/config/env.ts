/**
 * The app's configuration, read once from `VITE_*` variables and checked. A real deployment that forgets a
 * value fails loudly at start instead of talking to the wrong project.
 */
export interface AppEnv {
  projectId: string;
  apiKey: string;
  authDomain: string;
  appId: string | undefined;
  emulators: { firestoreHost: string; firestorePort: number; authUrl: string } | null;
  /**
   * Where Firestore is reached when not directly (`VITE_BACKEND_HOST`): a proxy residents can reach that
   * forwards to Google's endpoint (docs/deployment.md §5), as `host[:port]`, or `same-origin` for the host
   * that serves the app. On the emulators, Auth goes through it too. Null: directly.
   */
  proxyHost: string | null;
}

type RawEnv = Partial<Record<keyof ImportMetaEnv, string | undefined>>;

export function parseEnv(raw: RawEnv): AppEnv {
  const projectId = raw.VITE_FIREBASE_PROJECT_ID || 'demo-shequ';
  const useEmulators =
    raw.VITE_USE_EMULATORS === 'true' ||
    (raw.VITE_USE_EMULATORS !== 'false' && projectId.startsWith('demo-'));
  if (!useEmulators) {
    const missing = (
      ['VITE_FIREBASE_API_KEY', 'VITE_FIREBASE_AUTH_DOMAIN', 'VITE_FIREBASE_APP_ID'] as const
    ).filter((k) => !raw[k]);
    if (missing.length)
      throw new Error(`Missing configuration for project "${projectId}": ${missing.join(', ')}`);
  }
  let emulators: AppEnv['emulators'] = null;
  if (useEmulators) {
    const [host = '127.0.0.1', port = '8080'] = (raw.VITE_FIRESTORE_EMULATOR_HOST || '127.0.0.1:8080').split(
      ':',
    );
    const firestorePort = Number(port);
    if (!Number.isInteger(firestorePort))
      throw new Error(`Bad VITE_FIRESTORE_EMULATOR_HOST: ${raw.VITE_FIRESTORE_EMULATOR_HOST}`);
    emulators = {
      firestoreHost: host,
      firestorePort,
      authUrl: raw.VITE_AUTH_EMULATOR_URL || 'http://127.0.0.1:9099',
    };
  }
  const proxyHost = raw.VITE_BACKEND_HOST?.trim() || null;
  return {
    projectId,
    apiKey: raw.VITE_FIREBASE_API_KEY || 'demo-api-key',
    authDomain: raw.VITE_FIREBASE_AUTH_DOMAIN || `${projectId}.firebaseapp.com`,
    appId: raw.VITE_FIREBASE_APP_ID,
    emulators,
    proxyHost,
  };
}

// (`import.meta.env` is Vite's: undefined where a Node script such as `npm run deploy` imports parseEnv)
export const env: AppEnv = parseEnv((import.meta.env as RawEnv | undefined) ?? {});
