/**
 * 50 residents and 5 grid workers at once against the emulator with the rules on (scripts/lib/load.ts):
 * nothing acknowledged is lost, nothing is duplicated, every timeline agrees with its ticket, and the
 * monthly counters equal the documents. `npm run load` runs the same for a minute and prints figures.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLoad, runLoad, seedLoad, type LoadOptions } from '../../scripts/lib/load';
import { makeEnv } from '../rules/support';

/** The run does real work of every sort: reports, the whole workflow, remarks. */
const KINDS = ['report', 'accept', 'start', 'resolve', 'confirm', 'comment', 'reply'] as const;
// 15 s of it, and on a busy machine longer, until every sort has happened (at most 2 minutes).
const OPTIONS: LoadOptions = {
  residents: 50,
  workers: 5,
  durationMs: 15_000,
  untilKinds: KINDS,
  maxDurationMs: 120_000,
};
let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('load');
  await seedLoad(env, OPTIONS);
});
afterAll(() => env.cleanup());

describe('load', () => {
  it('50 residents and 5 workers at once: nothing lost or duplicated, every timeline consistent', async () => {
    const outcome = await runLoad(env, OPTIONS);
    expect(outcome.errors).toEqual([]);
    const kinds = new Set(outcome.acks.map((a) => a.kind));
    for (const k of KINDS) expect(kinds).toContain(k);
    const check = await checkLoad(env, outcome);
    expect(check.problems).toEqual([]);
    expect(check.tickets).toBe(outcome.acks.filter((a) => a.kind === 'report').length);
    expect(check.entries).toBe(outcome.acks.length);
    // (Usually ~25 s. Under this load the emulator now and then garbles a gRPC frame on a listen stream
    // — "RESOURCE_EXHAUSTED: message larger than max (1.6 GB)" — and the SDK waits out its backoff, up to a
    // minute, before it listens again; nothing is lost, it is only slower.)
  }, 360_000);
});
