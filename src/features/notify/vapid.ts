import { env } from '@/config/env';

/**
 * FOR THE EMULATORS ONLY: the public half of the dev key pair in functions/src/notify/dev-vapid.ts (public,
 * committed, protects nothing). A build for a real project takes `VITE_VAPID_PUBLIC_KEY` instead.
 */
export const DEV_VAPID_PUBLIC_KEY =
  'BGDd24FOgJ5bjKIEkfaHMwZ-U9CN0NHh45mbdiKip5erJXV7EU_GAbxn49lGam51l9oAMT7auKJ5LZ2SB09ncQU';

/** The key phones subscribe with (the functions sign with its private half); null: this build has none. */
export const vapidPublicKey: string | null =
  import.meta.env.VITE_VAPID_PUBLIC_KEY || (env.emulators ? DEV_VAPID_PUBLIC_KEY : null);
