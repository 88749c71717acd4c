/**
 * `npm run size`: builds the app and the bare React + router + query shell, then prints each route's
 * first-load JS (gzip) and its ratio to the shell. Fails if the sign-in or resident routes exceed 120 KB.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/emulators';
import { firstLoadJs, lazyBackendJs, ROUTE_MODULES } from './lib/bundle-size';

const BUDGET = 120 * 1024;
/** Sign-in and every route a resident uses. */
const BUDGETED = [
  'sign-in',
  'welcome',
  'home (resident)',
  'home (volunteer)',
  'ticket',
  'report',
  'notices',
  'notice',
  'events',
  'event',
  'profile',
];

const vite = join(ROOT, 'node_modules/.bin/vite');
if (!process.argv.includes('--no-build')) {
  execFileSync(vite, ['build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(vite, ['build', '-c', 'bench/shell/vite.config.ts', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
const dist = join(ROOT, 'dist');
const shell = firstLoadJs(join(ROOT, 'dist-shell'), []).bytes;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`\nFirst-load JS (gzip -9)              size      × shell   budget`);
console.log(`bare React+router+query shell     ${kb(shell).padStart(9)}     1.00`);
let failed = false;
for (const [route, modules] of Object.entries(ROUTE_MODULES)) {
  const { bytes } = firstLoadJs(dist, modules);
  const over = BUDGETED.includes(route) && bytes > BUDGET;
  failed ||= over;
  console.log(
    `${route.padEnd(32)} ${kb(bytes).padStart(9)}   ${(bytes / shell).toFixed(2).padStart(6)}   ${
      BUDGETED.includes(route) ? (over ? 'OVER 120 KB' : '≤ 120 KB') : ''
    }`,
  );
}
console.log(`Firebase SDK (after first paint)  ${kb(lazyBackendJs(dist)).padStart(9)}`);
if (failed) {
  console.error('\nA budgeted route is over 120 KB gzip.');
  process.exit(1);
}
