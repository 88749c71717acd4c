/**
 * `npm run load -- [--residents 50] [--workers 5] [--seconds 60]`: residents and grid workers using the app
 * at once against a Firestore emulator with the rules on (started here, on free ports), then a full
 * consistency check. Prints what happened and exits 1 if anything was lost, duplicated or inconsistent.
 */
import { initializeTestEnvironment } from '@firebase/rules-unit-testing';
import { setLogLevel } from 'firebase/firestore';
import { parseArgs } from 'node:util';
import { readRules, startTestEmulators } from './lib/emulators';
import { checkLoad, percentile, runLoad, seedLoad, type LoadOptions } from './lib/load';

setLogLevel('silent'); // refused writes are part of the run; they are counted below
const { values } = parseArgs({
  options: { residents: { type: 'string' }, workers: { type: 'string' }, seconds: { type: 'string' } },
});
const options: LoadOptions = {
  residents: Number(values.residents ?? 50),
  workers: Number(values.workers ?? 5),
  durationMs: Number(values.seconds ?? 60) * 1000,
};
const projectId = 'demo-load';
const emulators = await startTestEmulators({ projectId, auth: false });
let failed = true;
try {
  const env = await initializeTestEnvironment({
    projectId,
    firestore: { host: '127.0.0.1', port: emulators.firestorePort, rules: readRules() },
  });
  await seedLoad(env, options);
  console.log(
    `${options.residents} residents and ${options.workers} workers for ${options.durationMs / 1000} s (rules on)…`,
  );
  const outcome = await runLoad(env, options);
  const check = await checkLoad(env, outcome);
  const byKind: Record<string, number> = {};
  for (const a of outcome.acks) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  const refused = Object.values(outcome.refused).reduce((a, b) => a + b, 0);
  const ms = (p: number) => `${percentile(outcome.latenciesMs, p).toFixed(0)} ms`;
  console.log(`
acknowledged writes  ${outcome.acks.length} (${(outcome.acks.length / (outcome.wallMs / 1000)).toFixed(1)}/s)
  by kind            ${Object.entries(byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}
refused by the rules ${refused} ${JSON.stringify(outcome.refused)} (someone else moved the ticket first)
errors               ${outcome.errors.length}${outcome.errors.length ? `\n  ${outcome.errors.slice(0, 10).join('\n  ')}` : ''}
commit latency       p50 ${ms(50)}, p95 ${ms(95)}, max ${ms(100)}
after the run        ${check.tickets} tickets, ${check.entries} timeline entries
consistency          ${check.problems.length ? `${check.problems.length} PROBLEMS\n  ${check.problems.slice(0, 20).join('\n  ')}` : 'nothing lost, nothing duplicated, every timeline agrees with its ticket, counters equal the documents'}`);
  failed = check.problems.length > 0 || outcome.errors.length > 0;
  await env.cleanup();
} finally {
  await emulators.stop();
}
process.exit(failed ? 1 : 0);
