/**
 * `npm run size`: builds the app and the bare React + router + query shell, then prints each route's
 * first-load JS (gzip) and its ratio to the shell. Fails if the sign-in or resident routes exceed 120 KB.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/emulators';
import { BUDGET, firstLoadJs, kb, lazyBackendJs, routeSizes } from './lib/bundle-size';

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
console.log(`\nFirst-load JS (gzip -9)              size      × shell   budget`);
console.log(`bare React+router+query shell     ${kb(shell).padStart(9)}     1.00`);
const sizes = routeSizes(dist);
for (const { route, bytes, budgeted, over } of sizes) {
  console.log(
    `${route.padEnd(32)} ${kb(bytes).padStart(9)}   ${(bytes / shell).toFixed(2).padStart(6)}   ${
      budgeted ? (over ? `OVER ${BUDGET / 1024} KB` : `≤ ${BUDGET / 1024} KB`) : ''
    }`,
  );
}
console.log(`Firebase SDK (after first paint)  ${kb(lazyBackendJs(dist)).padStart(9)}`);
if (sizes.some((s) => s.over)) {
  console.error(`\nA budgeted route is over ${BUDGET / 1024} KB gzip.`);
  process.exit(1);
}
