/** Mediation cases are confidential: the parties (their own case), the mediator, the head — nobody else. */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  limit,
  collection,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { kase } from './fixtures';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('mediation');
});
afterAll(() => env.cleanup());

beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
  await setDoc(doc(db(env, 'head'), 'mediationCases/m1'), kase());
});

describe('mediation cases', () => {
  it.each<[Principal, boolean]>([
    ['head', true],
    ['workerX', true], // the mediator
    ['residentA', true], // a party
    ['residentB', true], // the other party
    ['residentA2', false], // same household as a party, but not a party
    ['workerY', false],
    ['volunteer', false],
    ['anonymous', false],
  ])('%s reads the case → %s', async (who, allowed) => {
    const read = getDoc(doc(db(env, who), 'mediationCases/m1'));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('a party lists only their own cases; an unfiltered list is refused', async () => {
    await assertSucceeds(
      getDocs(
        query(
          collection(db(env, 'residentA'), 'mediationCases'),
          where('partyUids', 'array-contains', 'rA'),
          limit(50),
        ),
      ),
    );
    await assertFails(getDocs(query(collection(db(env, 'residentA'), 'mediationCases'), limit(50))));
    await assertFails(
      getDocs(
        query(
          collection(db(env, 'volunteer'), 'mediationCases'),
          where('partyUids', 'array-contains', 'rA'),
          limit(50),
        ),
      ),
    );
  });
  it('only the head opens a case, with a staff mediator', async () => {
    await assertFails(setDoc(doc(db(env, 'workerX'), 'mediationCases/m2'), kase({ createdBy: 'wX' })));
    await assertFails(
      setDoc(doc(db(env, 'head'), 'mediationCases/m2'), kase({ mediatorId: 'rB', mediatorName: '居民B' })),
    );
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'mediationCases/m2'), kase()));
  });
  it('the mediator records sessions and the outcome; a party cannot', async () => {
    const session = (who: Principal, uid: string, name: string) =>
      setDoc(doc(db(env, who), 'mediationCases/m1/sessions/s1'), {
        at: Timestamp.now(),
        agreed: '晚上八点后不施工。',
        createdBy: uid,
        createdByName: name,
        createdAt: serverTimestamp(),
      });
    await assertFails(session('residentA', 'rA', '居民A'));
    await assertSucceeds(session('workerX', 'wX', '网格X'));
    await assertFails(updateDoc(doc(db(env, 'workerX'), 'mediationCases/m1/sessions/s1'), { agreed: '改' }));
    await assertFails(
      updateDoc(doc(db(env, 'residentA'), 'mediationCases/m1'), {
        status: 'closed',
        outcome: 'agreement',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(db(env, 'workerX'), 'mediationCases/m1'), {
        status: 'closed',
        outcome: null,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      updateDoc(doc(db(env, 'workerX'), 'mediationCases/m1'), {
        status: 'closed',
        outcome: 'agreement',
        followUpAt: Timestamp.fromMillis(Date.now() + 30 * 86_400_000),
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it('the mediator cannot add parties or hand the case to someone else', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'workerX'), 'mediationCases/m1'), {
        partyUids: ['rA', 'rB', 'rV'],
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(
      updateDoc(doc(db(env, 'workerX'), 'mediationCases/m1'), {
        mediatorId: 'wY',
        mediatorName: '网格Y',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  // Names are copied once and frozen: a mediator who renamed themselves still records the outcome.
  it('a rename breaks no case: the mediator and the head still record the outcome', async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      await updateDoc(doc(ctx.firestore() as unknown as Firestore, 'users/wX'), { displayName: '网格新名' });
    });
    const close = (who: Principal) =>
      updateDoc(doc(db(env, who), 'mediationCases/m1'), {
        status: 'closed',
        outcome: 'agreement',
        updatedAt: serverTimestamp(),
      });
    await assertSucceeds(close('workerX'));
    await assertSucceeds(
      updateDoc(doc(db(env, 'head'), 'mediationCases/m1'), {
        followUpAt: null,
        updatedAt: serverTimestamp(),
      }),
    );
    // …and a newly assigned mediator is named as they are called now
    await assertFails(
      updateDoc(doc(db(env, 'head'), 'mediationCases/m1'), {
        mediatorId: 'wY',
        mediatorName: '网格X',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      updateDoc(doc(db(env, 'head'), 'mediationCases/m1'), {
        mediatorId: 'wY',
        mediatorName: '网格Y',
        updatedAt: serverTimestamp(),
      }),
    );
  });
  // Who may read a case is exactly its parties' accounts (audit finding 10: nested values shape-checked).
  it.each<[string, Record<string, unknown>]>([
    ['a reader who is not a party', { partyUids: ['rA', 'rB', 'rV'] }],
    ['a party’s account left out of the readers', { partyUids: ['rA'] }],
    ['the same reader twice', { partyUids: ['rA', 'rA'] }],
    [
      'a party with an extra field',
      {
        parties: [
          { name: '居民A', uid: 'rA', phone: '1' },
          { name: '居民B', uid: 'rB' },
        ],
      },
    ],
    [
      'a party with a blank name',
      {
        parties: [
          { name: '\u3000', uid: 'rA' },
          { name: '居民B', uid: 'rB' },
        ],
      },
    ],
    ['a party that is a string', { parties: ['居民A', { name: '居民B', uid: 'rB' }], partyUids: ['rB'] }],
    ['no parties', { parties: [], partyUids: [] }],
  ])('the head may not open a case with %s', async (_, over) => {
    await assertFails(setDoc(doc(db(env, 'head'), 'mediationCases/m3'), kase(over)));
  });
  it('…a party without the app has no account and reads nothing', async () => {
    await assertSucceeds(
      setDoc(
        doc(db(env, 'head'), 'mediationCases/m3'),
        kase({
          parties: [
            { name: '居民A', uid: 'rA' },
            { name: '楼下住户', uid: null },
          ],
          partyUids: ['rA'],
        }),
      ),
    );
  });
});
