/**
 * FOR THE EMULATORS ONLY — a VAPID key pair committed so that `npm start` and the tests work without
 * configuration. It is public (it is in this repository), so it protects nothing: a real project makes its
 * own (`npx web-push generate-vapid-keys`, docs/deployment.md §4a) and never uses this one. The app holds
 * the same public key (src/features/notify/vapid.ts; a unit test keeps them equal) and uses it only when it
 * talks to the emulators.
 */
export const DEV_VAPID = {
  publicKey: 'BGDd24FOgJ5bjKIEkfaHMwZ-U9CN0NHh45mbdiKip5erJXV7EU_GAbxn49lGam51l9oAMT7auKJ5LZ2SB09ncQU',
  privateKey: 'eJUSZU5dqj0iast58HHiOXlBJS7qyrS16aJKr3aDDKA',
} as const;
