/**
 * The sign-up race: 200 independent clients press "sign up" for a 50-place event at the same moment, through
 * the app's own transaction code (src/features/events/api/signup.ts) and the rules. Then 10 of the confirmed
 * cancel, and exactly the next 10 in line are promoted.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelAll, race, racers, raceState, seedRace } from '../../scripts/lib/signup-race';
import { makeEnv } from '../rules/support';

let env: RulesTestEnvironment;
const N = 200;
const CAPACITY = 50;
const uids = racers(N);

beforeAll(async () => {
  env = await makeEnv('race');
  await seedRace(env, uids, CAPACITY);
}, 60_000);
afterAll(() => env.cleanup());
const state = () => raceState(env);

describe('sign-up race', () => {
  it('200 simultaneous sign-ups for 50 places: exactly 50 confirmed, 150 waiting in arrival order', async () => {
    const started = Date.now();
    const tally = { attempts: 0 };
    const results = await race(env, uids, tally);
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed, String((failed[0] as PromiseRejectedResult | undefined)?.reason)).toHaveLength(0);
    console.log(`[race] ${N} sign-ups settled in ${Date.now() - started} ms, ${tally.attempts} attempts`);

    const { event, signups } = await state();
    expect(signups).toHaveLength(N);
    expect(signups.map((s) => s.seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1)); // one arrival each
    const confirmed = signups.filter((s) => s.status === 'confirmed');
    const waiting = signups.filter((s) => s.status === 'waitlisted');
    expect(confirmed).toHaveLength(CAPACITY);
    expect(waiting).toHaveLength(N - CAPACITY);
    // the first 50 arrivals got the places; the line is the order of arrival
    expect(confirmed.map((s) => s.seq)).toEqual(Array.from({ length: CAPACITY }, (_, i) => i + 1));
    expect(event.waitlist).toEqual(waiting.map((s) => s.uid));
    // counters equal the documents
    expect(event.confirmed).toBe(confirmed.length);
    expect(event.seq).toBe(N);
  }, 240_000);

  it('10 confirmed people cancel: exactly the next 10 in line are promoted, in order', async () => {
    const before = await state();
    const leaving = before.signups
      .filter((s) => s.status === 'confirmed')
      .slice(0, 10)
      .map((s) => s.uid as string);
    const nextInLine = (before.event.waitlist as string[]).slice(0, 10);
    const results = await cancelAll(env, leaving);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(0);
    const promoted = results.map(
      (r) => (r as PromiseFulfilledResult<{ promoted: string | null }>).value.promoted,
    );
    expect(new Set(promoted)).toEqual(new Set(nextInLine));

    const after = await state();
    const confirmed = after.signups.filter((s) => s.status === 'confirmed');
    expect(confirmed).toHaveLength(CAPACITY);
    expect(after.event.confirmed).toBe(CAPACITY);
    for (const uid of nextInLine) expect(confirmed.some((s) => s.uid === uid)).toBe(true);
    for (const uid of leaving) expect(after.signups.some((s) => s.uid === uid)).toBe(false);
    expect(after.event.waitlist).toEqual((before.event.waitlist as string[]).slice(10));
    expect(
      after.signups
        .filter((s) => s.status === 'waitlisted')
        .sort((a, b) => a.seq - b.seq)
        .map((s) => s.uid),
    ).toEqual(after.event.waitlist);
  }, 120_000);
});
