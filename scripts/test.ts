/**
 * `npm test`: every check, as two lanes.
 *  - checks:  typecheck → lint → formatting → the unit and rules projects (two workers), stopping at the
 *             first that fails;
 *  - browser: the e2e project (its own emulators, build and chromium; its files one at a time).
 * By default the lanes run one after the other (checks first). `npm test -- --parallel` runs them at the
 * same time: on this 2-core machine that took 1076 s against 1433 s in turn, but the browser tests then share the
 * cores with the rules tests and one of them (a push reaching the service worker within 15 s) missed its
 * time once in such a run — so the command CI runs stays sequential, and `--parallel` is for a machine with
 * cores to spare. Each line is printed whole, tagged with its lane; the exit code is non-zero if anything
 * failed, and the end lists every step's time.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Step {
  name: string;
  cmd: string[];
}

const LANES: Record<string, Step[]> = {
  checks: [
    { name: 'typecheck', cmd: ['tsc', '-b'] },
    { name: 'lint', cmd: ['eslint', '.', '--max-warnings', '0'] },
    { name: 'format', cmd: ['prettier', '--check', '.', '--log-level', 'warn'] },
    { name: 'unit + rules', cmd: ['vitest', 'run', '--project', 'unit', '--project', 'rules'] },
  ],
  browser: [{ name: 'e2e', cmd: ['vitest', 'run', '--project', 'e2e'] }],
};

const children = new Set<ChildProcess>();
// Ctrl-C or CI's timeout: stop both lanes (the e2e lane's emulators stop with its vitest).
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const c of children) c.kill(signal);
    process.exit(130);
  });
const width = Math.max(...Object.keys(LANES).map((l) => l.length));

function run(lane: string, step: Step): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(`node_modules/.bin/${step.cmd[0]}`, step.cmd.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      // (colours when a person watches; the children's own stdout is a pipe)
      env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    const tag = `[${lane.padEnd(width)}] `;
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) process.stdout.write(tag + line + '\n');
      });
      stream.on('end', () => rest && process.stdout.write(tag + rest + '\n'));
    }
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

interface Outcome {
  lane: string;
  step: string;
  code: number | null; // null: not run (an earlier step failed)
  seconds: number;
}

async function lane(name: string, steps: Step[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  let failed = false;
  for (const step of steps) {
    if (failed) {
      out.push({ lane: name, step: step.name, code: null, seconds: 0 });
      continue;
    }
    const start = performance.now();
    const code = await run(name, step);
    out.push({ lane: name, step: step.name, code, seconds: (performance.now() - start) / 1000 });
    failed = code !== 0;
  }
  return out;
}

const start = performance.now();
const lanes = Object.entries(LANES).map(
  ([n, s]) =>
    () =>
      lane(n, s),
);
const outcomes = process.argv.includes('--parallel')
  ? (await Promise.all(lanes.map((run) => run()))).flat()
  : [...(await lanes[0]!()), ...(await lanes[1]!())];
const total = (performance.now() - start) / 1000;
console.log('\nnpm test:');
for (const o of outcomes)
  console.log(
    `  ${o.lane.padEnd(width)}  ${o.step.padEnd(13)} ${o.code === null ? 'not run' : o.code === 0 ? 'passed ' : 'FAILED '} ${o.seconds.toFixed(0).padStart(5)} s`,
  );
console.log(`  total ${total.toFixed(0)} s`);
process.exit(outcomes.some((o) => o.code !== 0) ? 1 : 0);
