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
import {
  caseWrite,
  sessionCorrection,
  sessionWrite,
  type CaseInput,
  type MediationSdk,
} from '../../src/features/mediation/api/writes';
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

  const sdk: MediationSdk = { serverTimestamp, fromDate: (d) => Timestamp.fromDate(d) };
  const X = { uid: 'wX', name: '网格X' };
  const HOUR = 3_600_000;
  const newSession = (who: Principal, id: string, write: Record<string, unknown>) =>
    setDoc(doc(db(env, who), `mediationCases/m1/sessions/${id}`), write);
  const correct = (who: Principal, id: string, write: Record<string, unknown>) =>
    updateDoc(doc(db(env, who), `mediationCases/m1/sessions/${id}`), write);

  it('a session is dated when it took place: today (server time) or a past day, never ahead', async () => {
    await assertSucceeds(newSession('workerX', 's1', sessionWrite(sdk, X, 'now', '双方见面谈了一次。')));
    await assertSucceeds(
      newSession('workerX', 's2', sessionWrite(sdk, X, new Date(Date.now() - 3 * 24 * HOUR), '上周谈过。')),
    );
    await assertFails(
      newSession('workerX', 's3', sessionWrite(sdk, X, new Date(Date.now() + 24 * HOUR), '明天的调解。')),
    );
    await assertFails(
      newSession('workerX', 's4', sessionWrite(sdk, X, new Date(Date.now() + 5 * 60_000), '五分钟后。')),
    );
  });

  it('a session’s record is corrected by its author, the mediator or the head, signed; never by others', async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      // s1 by the mediator; s2 by worker Y, who mediated before the case was handed to X
      await setDoc(doc(f, 'mediationCases/m1/sessions/s1'), {
        ...sessionWrite(sdk, X, new Date(Date.now() - 24 * HOUR), '晚上八点后不施工。'),
        createdAt: Timestamp.now(),
      });
      await setDoc(doc(f, 'mediationCases/m1/sessions/s2'), {
        ...sessionWrite(sdk, { uid: 'wY', name: '网格Y' }, new Date(Date.now() - 48 * HOUR), '第一次谈话。'),
        createdAt: Timestamp.now(),
      });
    });
    const fix = (
      who: { uid: string; name: string },
      when: Date | 'now' = 'now',
      words = '晚上九点后不施工。',
    ) => sessionCorrection(sdk, who, when, words);
    await assertSucceeds(correct('workerX', 's1', fix(X)));
    await assertSucceeds(correct('head', 's1', fix({ uid: 'head', name: '主任' })));
    await assertSucceeds(correct('workerY', 's2', fix({ uid: 'wY', name: '网格Y' }))); // its author
    await assertFails(correct('workerY', 's1', fix({ uid: 'wY', name: '网格Y' }))); // neither author nor mediator
    await assertFails(correct('residentA', 's1', fix({ uid: 'rA', name: '居民A' }))); // a party
    await assertFails(correct('workerX', 's1', fix(X, new Date(Date.now() + 24 * HOUR)))); // into the future
    await assertFails(correct('workerX', 's1', fix(X, 'now', '  '))); // blanked
    await assertFails(correct('workerX', 's1', fix({ uid: 'wX', name: '别人' }))); // signed as someone else
    await assertFails(correct('workerX', 's1', { ...fix(X), createdBy: 'head' })); // its author rewritten
    await assertFails(correct('workerX', 's1', { agreed: '悄悄改掉。' })); // unsigned
  });

  const fromTicket = (over: Partial<CaseInput> = {}): CaseInput => ({
    title: '邻里纠纷：楼上漏水不肯修',
    summary: '',
    buildingId: 'b1',
    parties: [
      { name: '居民A', uid: 'rA' },
      { name: '楼上住户', uid: null },
    ],
    mediator: { id: 'wX', name: '网格X' },
    ticketId: 'tA',
    ...over,
  });

  it('a grid worker opens a case from a ticket of their own building, as its mediator', async () => {
    await assertSucceeds(
      setDoc(doc(db(env, 'workerX'), 'mediationCases/c1'), caseWrite(sdk, 'wX', fromTicket())),
    );
    // the head, from any ticket, with any mediator
    await assertSucceeds(
      setDoc(
        doc(db(env, 'head'), 'mediationCases/c2'),
        caseWrite(
          sdk,
          'head',
          fromTicket({ ticketId: 'tB', buildingId: 'b2', mediator: { id: 'wY', name: '网格Y' } }),
        ),
      ),
    );
  });

  it.each<[string, Principal, string, Partial<CaseInput>]>([
    ['without a ticket', 'workerX', 'wX', { ticketId: null }],
    [
      'from a ticket of another worker’s building',
      'workerY',
      'wY',
      { mediator: { id: 'wY', name: '网格Y' } },
    ],
    ['naming another building than the ticket’s', 'workerX', 'wX', { ticketId: 'tB' }],
    ['with someone else as mediator', 'workerX', 'wX', { mediator: { id: 'wY', name: '网格Y' } }],
    ['from a ticket that does not exist', 'workerX', 'wX', { ticketId: 'nope' }],
    ['(the head) from a ticket that does not exist', 'head', 'head', { ticketId: 'nope' }],
    ['(a deactivated worker)', 'workerOff', 'wOff', { mediator: { id: 'wOff', name: '停用' } }],
  ])('no case is opened %s', async (_, who, uid, over) => {
    await assertFails(setDoc(doc(db(env, who), 'mediationCases/c3'), caseWrite(sdk, uid, fromTicket(over))));
  });

  it('the ticket a case came from stays with it', async () => {
    await setDoc(doc(db(env, 'workerX'), 'mediationCases/c1'), caseWrite(sdk, 'wX', fromTicket()));
    await assertFails(
      updateDoc(doc(db(env, 'head'), 'mediationCases/c1'), { ticketId: null, updatedAt: serverTimestamp() }),
    );
  });
});
