/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_FIREBASE_API_KEY?: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
  readonly VITE_USE_EMULATORS?: string;
  readonly VITE_FIRESTORE_EMULATOR_HOST?: string;
  readonly VITE_AUTH_EMULATOR_URL?: string;
  readonly VITE_BACKEND_HOST?: string;
  /** Where `reportError` sends error reports (src/lib/errors.ts); unset: none are sent. */
  readonly VITE_ERROR_REPORT_URL?: string;
  /** The VAPID public key phones subscribe to notifications with (docs/deployment.md); emulators: a dev key. */
  readonly VITE_VAPID_PUBLIC_KEY?: string;
}
