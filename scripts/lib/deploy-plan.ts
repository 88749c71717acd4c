/**
 * What `npm run deploy` checks and runs (scripts/deploy.ts), as pure functions so tests can hold them to it.
 */
import { DEV_VAPID } from '../../functions/src/notify/dev-vapid';
import { parseEnv } from '../../src/config/env';
import { proxyOf } from '../../src/config/proxy';

/** The `VITE_*` values a production build must have, with where to find each. */
export const REQUIRED_ENV = {
  VITE_FIREBASE_PROJECT_ID: 'Firebase console → Project settings → General → Project ID',
  VITE_FIREBASE_API_KEY: 'Project settings → General → Your apps → Web app → apiKey',
  VITE_FIREBASE_AUTH_DOMAIN: 'the same place → authDomain (usually <project>.firebaseapp.com)',
  VITE_FIREBASE_APP_ID: 'the same place → appId (1:…:web:…)',
  VITE_VAPID_PUBLIC_KEY:
    'npx web-push generate-vapid-keys → Public Key (its Private Key is the functions’ secret VAPID_PRIVATE_KEY; docs/deployment.md §4a)',
} as const;

/** Problems with deploying `project` with these build variables; empty when it may go ahead. */
export function checkDeploy(project: string | undefined, env: Record<string, string | undefined>): string[] {
  if (!project) return ['No project: npm run deploy -- --project <your-project-id>'];
  const problems: string[] = [];
  if (project.startsWith('demo-'))
    problems.push(`"${project}" is a demo project id: demo-* projects exist only on the emulators.`);
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(project))
    problems.push(`"${project}" is not a Firebase project id (6–30 lower-case letters, digits, hyphens).`);
  for (const [key, where] of Object.entries(REQUIRED_ENV))
    if (!env[key]) problems.push(`${key} is missing in .env.production (${where}).`);
  if (env.VITE_FIREBASE_PROJECT_ID && env.VITE_FIREBASE_PROJECT_ID !== project)
    problems.push(
      `VITE_FIREBASE_PROJECT_ID is "${env.VITE_FIREBASE_PROJECT_ID}" but --project is "${project}": the app would talk to another project than the rules are deployed to.`,
    );
  if (env.VITE_USE_EMULATORS === 'true')
    problems.push('VITE_USE_EMULATORS=true: a production build must not talk to the emulators (remove it).');
  for (const key of ['VITE_FIRESTORE_EMULATOR_HOST', 'VITE_AUTH_EMULATOR_URL'])
    if (env[key]) problems.push(`${key} is set: remove it for production.`);
  if (env.VITE_FIREBASE_API_KEY && !/^AIza[0-9A-Za-z_-]{35}$/.test(env.VITE_FIREBASE_API_KEY))
    problems.push('VITE_FIREBASE_API_KEY does not look like a Firebase Web API key (AIza… , 39 characters).');
  if (env.VITE_FIREBASE_APP_ID && !/^1:\d+:web:[0-9a-f]+$/.test(env.VITE_FIREBASE_APP_ID))
    problems.push('VITE_FIREBASE_APP_ID does not look like a web app id (1:<number>:web:<hex>).');
  if (env.VITE_VAPID_PUBLIC_KEY && !/^[A-Za-z0-9_-]{87}$/.test(env.VITE_VAPID_PUBLIC_KEY))
    problems.push(
      'VITE_VAPID_PUBLIC_KEY does not look like a VAPID public key (87 base64url characters, from npx web-push generate-vapid-keys).',
    );
  if (env.VITE_VAPID_PUBLIC_KEY === DEV_VAPID.publicKey)
    problems.push(
      'VITE_VAPID_PUBLIC_KEY is the emulators’ committed dev key (its private half is public): generate your own.',
    );
  if (env.VITE_ERROR_REPORT_URL && !/^https:\/\//.test(env.VITE_ERROR_REPORT_URL))
    problems.push('VITE_ERROR_REPORT_URL must be an https:// address.');
  if (problems.length === 0) {
    // The app's own check, as it runs in the browser.
    try {
      const parsed = parseEnv(env);
      proxyOf(parsed, { host: 'app.example', protocol: 'https:' }); // (throws on a malformed VITE_BACKEND_HOST)
      if (parsed.emulators) problems.push('The app would start on the emulators with these values.');
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return problems;
}

/** What is deployed: rules and indexes, the app, and the functions once the project has them. */
export function deployTargets(hasFunctions: boolean): string[] {
  return ['firestore:rules', 'firestore:indexes', 'hosting', ...(hasFunctions ? ['functions'] : [])];
}

export function deployArgs(project: string, targets: string[]): string[] {
  return ['deploy', '--project', project, '--only', targets.join(','), '--non-interactive'];
}
