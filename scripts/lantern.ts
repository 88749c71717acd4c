/**
 * `npm run lantern -- DIR/PORT_page-N`: how Lighthouse simulated one page's LCP, from a report and the
 * artifacts `npm run bench -- --only 2 --lhr DIR --artifacts` kept. Lighthouse does not time the throttled
 * page: it replays the trace's requests and main-thread tasks on a simulated phone (Lantern: 150 ms round
 * trips, 1.6 Mbit/s, one HTTP/2 connection carrying one response at a time, tasks × 4) and takes the LCP
 * from that. This prints the simulated graph behind the LCP — each request and task with its simulated
 * start and end — so a change can be judged by what it moves there. A developer's tool, not a test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const stem = process.argv[2]?.replace(/(\.artifacts)?\.json$/, '');
if (!stem) {
  console.error(
    'usage: npm run lantern -- DIR/PORT_page-N   (files from npm run bench -- --lhr DIR --artifacts)',
  );
  process.exit(2);
}
// Lighthouse's own modules for the computation (not part of its public API: pinned with the package).
const core = createRequire(import.meta.url)
  .resolve('lighthouse')
  .replace(/index\.js$/, '');
const { LanternLargestContentfulPaint } = (await import(
  `${core}computed/metrics/lantern-largest-contentful-paint.js`
)) as { LanternLargestContentfulPaint: { request: (d: unknown, c: unknown) => Promise<Result> } };

interface SimNode {
  type: 'network' | 'cpu';
  request: { url: string; transferSize: number; priority: string };
  startTime: number;
  endTime: number;
  childEvents: { name: string; args?: { data?: { url?: string } } }[];
  didPerformLayout(): boolean;
}
interface Estimate {
  timeInMs: number;
  nodeTimings: Map<SimNode, { startTime: number; endTime: number }>;
}
interface Result {
  timing: number;
  optimisticEstimate: Estimate;
  pessimisticEstimate: Estimate;
}

const artifacts = JSON.parse(readFileSync(`${stem}.artifacts.json`, 'utf8'));
const lhr = JSON.parse(readFileSync(`${stem}.json`, 'utf8'));
const settings = lhr.configSettings;
const result = await LanternLargestContentfulPaint.request(
  {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings,
    URL: artifacts.URL,
    SourceMaps: [],
    simulator: null,
  },
  { computedCache: new Map(), settings },
);
const ms = (n: number) => String(Math.round(n)).padStart(6);
console.log(
  `LCP ${Math.round(result.timing)} ms (optimistic ${Math.round(result.optimisticEstimate.timeInMs)}, ` +
    `pessimistic ${Math.round(result.pessimisticEstimate.timeInMs)}; the report says ` +
    `${Math.round(lhr.audits['largest-contentful-paint'].numericValue)})`,
);
console.log(' start    end  what (pessimistic graph)');
const path = (url = '') => url.replace(/^https?:\/\/[^/]+/, '');
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
