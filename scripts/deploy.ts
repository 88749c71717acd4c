/**
 * `npm run deploy -- --project <id> [--dry-run]`: puts the community on a real Firebase project.
 *
 *  1. checks the build's configuration (`.env.production`, from the committed `.env.example`) for that
 *     project — refusing a demo-* project, a missing or malformed value, or any emulator setting;
 *  2. builds the app (typecheck + production build);
 *  3. deploys the rules, the indexes, the app (Firebase Hosting) and the Cloud Functions once the project has
 *     them, with the firebase-tools installed by npm (sign in first: `npx firebase login`);
 *  4. prints what it deployed and what is left to do by hand (docs/deployment.md).
 * `--dry-run` stops after the build and prints the deploy command instead of running it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnv } from 'vite';
import { checkDeploy, deployArgs, deployTargets } from './lib/deploy-plan';
import { ROOT } from './lib/emulators';

const { values } = parseArgs({
  options: { project: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
const project = values.project;

if (!existsSync(join(ROOT, '.env.production')))
  console.error(
    'No .env.production: copy .env.example to .env.production and fill it in (docs/deployment.md).',
  );
const env = loadEnv('production', ROOT, 'VITE_');
const problems = checkDeploy(project, env);
if (problems.length) {
  console.error(`Not deploying:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

const run = (cmd: string, args: string[]) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args[0]} failed (exit ${r.status ?? r.signal}); nothing after it was done.`);
    process.exit(1);
  }
};

run('npm', ['run', 'build']);
const dist = join(ROOT, 'dist');
const files: string[] = [];
const walk = (d: string) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(dist);
const built = files.map((f) => readFileSync(f, 'utf8')).join('\n');
// The build must carry this project's configuration (Vite writes the VITE_* values into the code).
if (!built.includes(env.VITE_FIREBASE_API_KEY!) || !new RegExp(`["'\`]${project}["'\`]`).test(built)) {
  console.error(`The build in dist/ does not carry the configuration for ${project}: not deploying it.`);
  process.exit(1);
}

const targets = deployTargets(existsSync(join(ROOT, 'functions/package.json')));
const args = deployArgs(project!, targets);
const firebase = join(ROOT, 'node_modules/.bin/firebase');
if (values['dry-run']) {
  console.log(`\nDry run: would now run\n  ${firebase} ${args.join(' ')}`);
  process.exit(0);
}
run(firebase, args);

const rules = readFileSync(join(ROOT, 'firestore.rules'), 'utf8');
const indexes = JSON.parse(readFileSync(join(ROOT, 'firestore.indexes.json'), 'utf8')) as {
  indexes: unknown[];
  fieldOverrides?: unknown[];
};
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
console.log(`
Deployed to ${project}:
  firestore.rules        sha256 ${createHash('sha256').update(rules).digest('hex').slice(0, 12)}
  firestore.indexes.json ${indexes.indexes.length} composite indexes, ${indexes.fieldOverrides?.length ?? 0} field overrides (they build in the background: Firebase console → Firestore → Indexes)
  hosting                ${files.length} files, ${(bytes / 1024).toFixed(0)} KB → https://${project}.web.app${targets.includes('functions') ? '\n  functions              functions/' : ''}
Next (once): make the first head — npm run admin:make-head -- --project ${project} --phone +86… (docs/deployment.md).`);
