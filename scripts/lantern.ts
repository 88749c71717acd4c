/**
 * `npm run lantern -- DIR/PORT_page-N [--tbt]`: how Lighthouse simulated one page's LCP (or, with --tbt,
 * its Total Blocking Time), from a report and the
 * artifacts `npm run bench -- --only 2 --lhr DIR --artifacts` kept. Lighthouse does not time the throttled
 * page: it replays the trace's requests and main-thread tasks on a simulated phone (Lantern: 150 ms round
 * trips, 1.6 Mbit/s, one HTTP/2 connection carrying one response at a time, tasks × 4) and takes the LCP
 * from that. This prints the simulated graph behind the LCP — each request and task with its simulated
 * start and end — so a change can be judged by what it moves there. With --tbt: each simulated task that
 * blocks between the simulated FCP and TTI, with what it ran and the blocking time Lighthouse counts for it.
 * A developer's tool, not a test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const stem = process.argv
  .slice(2)
  .find((a) => !a.startsWith('--'))
  ?.replace(/(\.artifacts)?\.json$/, '');
const tbt = process.argv.includes('--tbt');
if (!stem) {
  console.error(
    'usage: npm run lantern -- DIR/PORT_page-N [--tbt]   (files from npm run bench -- --lhr DIR --artifacts)',
  );
  process.exit(2);
}
// Lighthouse's own modules for the computation (not part of its public API: pinned with the package).
const core = createRequire(import.meta.url)
  .resolve('lighthouse')
  .replace(/index\.js$/, '');
type Metric = { request: (d: unknown, c: unknown) => Promise<Result> };
const metric = async (file: string, name: string) =>
  ((await import(`${core}computed/metrics/${file}.js`)) as Record<string, Metric>)[name]!;

interface SimNode {
  type: 'network' | 'cpu';
  request: { url: string; transferSize: number; priority: string };
  startTime: number;
  endTime: number;
  childEvents: { name: string; dur?: number; args?: { data?: { url?: string; functionName?: string } } }[];
  didPerformLayout(): boolean;
}
interface Estimate {
  timeInMs: number;
  nodeTimings: Map<SimNode, { startTime: number; endTime: number; duration: number }>;
}
interface Result {
  timing: number;
  optimisticEstimate: Estimate;
  pessimisticEstimate: Estimate;
}

const artifacts = JSON.parse(readFileSync(`${stem}.artifacts.json`, 'utf8'));
const lhr = JSON.parse(readFileSync(`${stem}.json`, 'utf8'));
const settings = lhr.configSettings;
const data = {
  trace: artifacts.Trace,
  devtoolsLog: artifacts.DevtoolsLog,
  gatherContext: artifacts.GatherContext,
  settings,
  URL: artifacts.URL,
  SourceMaps: [],
  simulator: null,
};
const context = { computedCache: new Map(), settings };
const ms = (n: number) => String(Math.round(n)).padStart(6);
const path = (url = '') => url.replace(/^https?:\/\/[^/]+/, '');
if (tbt) await printTbt();
else await printLcp();

async function printLcp() {
  const result = await (
    await metric('lantern-largest-contentful-paint', 'LanternLargestContentfulPaint')
  ).request(data, context);
  console.log(
    `LCP ${Math.round(result.timing)} ms (optimistic ${Math.round(result.optimisticEstimate.timeInMs)}, ` +
      `pessimistic ${Math.round(result.pessimisticEstimate.timeInMs)}; the report says ` +
      `${Math.round(lhr.audits['largest-contentful-paint'].numericValue)})`,
  );
  console.log(' start    end  what (pessimistic graph)');
  const rows = [...result.pessimisticEstimate.nodeTimings].sort(([, a], [, b]) => a.startTime - b.startTime);
  for (const [node, t] of rows) {
    const what =
      node.type === 'network'
        ? `${path(node.request.url).slice(0, 60)}  ${(node.request.transferSize / 1024).toFixed(1)} KB`
        : `task ${((node.endTime - node.startTime) / 1000).toFixed(0)} ms as traced${
            node.didPerformLayout() ? ', layout' : ''
          }${node.childEvents
            .filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url)
            .map((e) => `, runs ${path(e.args?.data?.url)}`)
            .join('')}`;
    console.log(`${ms(t.startTime)} ${ms(t.endTime)}  ${what}`);
  }
}

/** What a task ran: the scripts it evaluated or called into (most time first), else its largest event. */
function taskWhat(node: SimNode) {
  const byUrl = new Map<string, number>();
  for (const e of node.childEvents) {
    const url = e.args?.data?.url;
    if (
      !url ||
      !['EvaluateScript', 'FunctionCall', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire'].includes(
        e.name,
      )
    )
      continue;
    const key = `${e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' ? 'runs' : 'calls'} ${path(url).replace(/^\/assets\//, '')}`;
    byUrl.set(key, (byUrl.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const scripts = [...byUrl].sort((a, b) => b[1] - a[1]).map(([k, d]) => `${k} ${d.toFixed(0)}`);
  if (scripts.length) return scripts.slice(0, 3).join(', ');
  const biggest = [...node.childEvents].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  return biggest ? `${biggest.name} ${((biggest.dur ?? 0) / 1000).toFixed(0)}` : '';
}

async function printTbt() {
  const [tbtResult, fcp, tti] = await Promise.all([
    metric('lantern-total-blocking-time', 'LanternTotalBlockingTime').then((m) => m.request(data, context)),
    metric('lantern-first-contentful-paint', 'LanternFirstContentfulPaint').then((m) =>
      m.request(data, context),
    ),
    metric('lantern-interactive', 'LanternInteractive').then((m) => m.request(data, context)),
  ]);
  console.log(
    `TBT ${Math.round(tbtResult.timing)} ms (optimistic ${Math.round(tbtResult.optimisticEstimate.timeInMs)}, ` +
      `pessimistic ${Math.round(tbtResult.pessimisticEstimate.timeInMs)}; the report says ` +
      `${Math.round(lhr.audits['total-blocking-time'].numericValue)})`,
  );
  // As Lantern counts it: each simulated task's part beyond 50 ms between FCP and TTI (the optimistic
  // estimate takes the pessimistic FCP and the optimistic TTI, and the other way round).
  for (const [label, estimate, from, to] of [
    [
      'optimistic',
      tbtResult.optimisticEstimate,
      fcp.pessimisticEstimate.timeInMs,
      tti.optimisticEstimate.timeInMs,
    ],
    [
      'pessimistic',
      tbtResult.pessimisticEstimate,
      fcp.optimisticEstimate.timeInMs,
      tti.pessimisticEstimate.timeInMs,
    ],
  ] as const) {
    console.log(`\n${label}: counted from FCP ${Math.round(from)} to TTI ${Math.round(to)} ms`);
    console.log(' start    end  sim ms  traced  blocks  what');
    const rows = [...estimate.nodeTimings]
      .filter(([node, t]) => node.type === 'cpu' && t.duration >= 50)
      .sort(([, a], [, b]) => a.startTime - b.startTime);
    for (const [node, t] of rows) {
      const clipped = Math.min(t.endTime, to) - Math.max(t.startTime, from);
      const blocks = t.endTime < from || t.startTime > to || clipped < 50 ? 0 : clipped - 50;
      const traced = (node.endTime - node.startTime) / 1000;
      console.log(
        `${ms(t.startTime)} ${ms(t.endTime)}  ${ms(t.duration)}  ${ms(traced)}  ${ms(blocks)}  ` +
          `${node.didPerformLayout() ? 'layout; ' : ''}${taskWhat(node)}`,
      );
    }
  }
}
