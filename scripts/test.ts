/**
 * `npm test`: every check, in two lanes that run at the same time.
 *  - browser: the e2e project (its own emulators, build and chromium; its files one at a time);
 *  - checks:  typecheck → lint → formatting → the unit and rules projects (two workers), in that order,
 *             stopping at the first that fails.
 * Vitest runs a project whose files go one at a time (e2e) only after every other project has finished, so in
 * one `vitest run` the browser tests waited for the rules tests with a core idle for most of their run. Two
 * processes let them overlap. Each line is printed whole, tagged with its lane; the exit code is non-zero if
 * anything failed, and the figures at the end say which lane took how long.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Step {
  name: string;
  cmd: string[];
}

const LANES: Record<string, Step[]> = {
  browser: [{ name: 'e2e', cmd: ['vitest', 'run', '--project', 'e2e'] }],
  checks: [
    { name: 'typecheck', cmd: ['tsc', '-b'] },
    { name: 'lint', cmd: ['eslint', '.', '--max-warnings', '0'] },
    { name: 'format', cmd: ['prettier', '--check', '.', '--log-level', 'warn'] },
    { name: 'unit + rules', cmd: ['vitest', 'run', '--project', 'unit', '--project', 'rules'] },
  ],
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
const outcomes = (await Promise.all(Object.entries(LANES).map(([n, s]) => lane(n, s)))).flat();
const total = (performance.now() - start) / 1000;
console.log('\nnpm test:');
for (const o of outcomes)
  console.log(
    `  ${o.lane.padEnd(width)}  ${o.step.padEnd(13)} ${o.code === null ? 'not run' : o.code === 0 ? 'passed ' : 'FAILED '} ${o.seconds.toFixed(0).padStart(5)} s`,
  );
console.log(`  total ${total.toFixed(0)} s`);
process.exit(outcomes.some((o) => o.code !== 0) ? 1 : 0);
