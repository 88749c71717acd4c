/**
 * The sign-up race, shared by its test (tests/queries/signup-race.test.ts) and the benchmark: independent
 * clients press "sign up" for one event at the same moment, through the app's own transaction code
 * (src/features/events/api/signup.ts) and the rules.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import * as fs from 'firebase/firestore';
import { cancelSignup, signUp, type TxSdk } from '../../src/features/events/api/signup';
import { profile } from '../../tests/rules/fixtures';

export const sdk = fs as unknown as TxSdk;
export const RACE_EVENT = 'race';

export function racers(n: number) {
  return Array.from({ length: n }, (_, i) => `racer${String(i).padStart(3, '0')}`);
}

/** A published event with `capacity` places a week ahead, and a profile for every racer. */
export async function seedRace(env: RulesTestEnvironment, uids: string[], capacity: number) {
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as fs.Firestore;
    const day = 86_400_000;
    await fs.setDoc(fs.doc(f, 'events', RACE_EVENT), {
      title: '重阳节戏曲联欢会',
      description: '',
      place: '礼堂',
      coverDataUrl: null,
      startAt: fs.Timestamp.fromMillis(Date.now() + 7 * day),
      endAt: fs.Timestamp.fromMillis(Date.now() + 7 * day + 3 * 3_600_000),
      signupDeadline: fs.Timestamp.fromMillis(Date.now() + 6 * day),
      status: 'published',
      capacity,
      confirmed: 0,
      waitlist: [],
      seq: 0,
      roles: {},
      createdBy: 'head',
      createdAt: fs.Timestamp.now(),
      updatedAt: fs.Timestamp.now(),
    });
    for (let i = 0; i < uids.length; i += 100) {
      const batch = fs.writeBatch(f);
      for (const uid of uids.slice(i, i + 100))
        batch.set(fs.doc(f, 'users', uid), profile({ displayName: uid }));
      await batch.commit();
    }
  });
}

/** The SDK with its transactions counted: one per attempt the sign-up code makes. */
function counted(tally: { attempts: number }): TxSdk {
  return {
    ...sdk,
    runTransaction: (db, fn, options) => {
      tally.attempts++;
      return sdk.runTransaction(db, fn, options);
    },
  };
}

/** Every racer signs up at once, each from their own client; `tally` counts the transactions tried. */
export function race(env: RulesTestEnvironment, uids: string[], tally = { attempts: 0 }) {
  return Promise.allSettled(
    uids.map((uid) =>
      signUp(
        counted(tally),
        env.authenticatedContext(uid).firestore() as unknown as fs.Firestore,
        RACE_EVENT,
        { uid, name: uid },
        'resident',
      ),
    ),
  );
}

/** `uids` cancel at once; each result says whom their cancellation promoted. */
export function cancelAll(env: RulesTestEnvironment, uids: string[]) {
  return Promise.allSettled(
    uids.map((uid) =>
      cancelSignup(
        sdk,
        env.authenticatedContext(uid).firestore() as unknown as fs.Firestore,
        RACE_EVENT,
        uid,
      ),
    ),
  );
}

/** The event and its sign-ups in arrival order, read past the rules. */
export async function raceState(env: RulesTestEnvironment) {
  let event: fs.DocumentData = {};
  let signups: fs.DocumentData[] = [];
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as fs.Firestore;
    event = (await fs.getDoc(fs.doc(f, 'events', RACE_EVENT))).data()!;
    signups = (await fs.getDocs(fs.collection(f, 'events', RACE_EVENT, 'signups'))).docs.map((d) => d.data());
  });
  return { event, signups: signups.sort((a, b) => a.seq - b.seq) };
}
