/** Tickets (read side), notices, events, and the default deny for anything not matched. */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  limit,
  collection,
  collectionGroup,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  setDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('content');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

describe('tickets: who reads what', () => {
  const cells: [Principal, string, boolean][] = [
    ['anonymous', 'tA', false],
    ['noProfile', 'tA', false],
    ['residentA', 'tA', true], // reporter
    ['residentA2', 'tA', true], // same household
    ['residentB', 'tA', false], // another household
    ['pending', 'tA', false],
    ['workerX', 'tA', true], // owner / building worker
    ['workerY', 'tA', false],
    ['workerOff', 'tA', false],
    ['head', 'tB', true],
  ];
  it.each(cells)('%s gets tickets/%s → %s', async (who, id, allowed) => {
    const read = getDoc(doc(db(env, who), 'tickets', id));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('a resident lists their household’s tickets, and only with that filter', async () => {
    const f = db(env, 'residentA');
    await assertSucceeds(
      getDocs(
        query(collection(f, 'tickets'), where('householdId', '==', 'hA'), orderBy('createdAt', 'desc')),
      ),
    );
    await assertFails(getDocs(query(collection(f, 'tickets'), where('householdId', '==', 'hB'))));
    await assertFails(getDocs(collection(f, 'tickets')));
    await assertFails(getDocs(query(collection(f, 'tickets'), where('buildingId', '==', 'b1'))));
  });
  it('a worker lists the tickets they own, and their buildings’ tickets', async () => {
    const f = db(env, 'workerX');
    await assertSucceeds(
      getDocs(
        query(
          collection(f, 'tickets'),
          where('assigneeId', '==', 'wX'),
          where('open', '==', true),
          orderBy('dueAt'),
        ),
      ),
    );
    await assertSucceeds(getDocs(query(collection(f, 'tickets'), where('buildingId', '==', 'b1'))));
    await assertFails(getDocs(query(collection(f, 'tickets'), where('assigneeId', '==', 'wY'))));
    await assertFails(getDocs(query(collection(f, 'tickets'), where('buildingId', '==', 'b2'))));
  });
  it('the head lists all tickets; a deactivated worker lists none', async () => {
    await assertSucceeds(getDocs(collection(db(env, 'head'), 'tickets')));
    await assertFails(
      getDocs(query(collection(db(env, 'workerOff'), 'tickets'), where('assigneeId', '==', 'wOff'))),
    );
  });
});

describe('ticket timeline: internal notes never reach residents', () => {
  it('the household reads public entries', async () => {
    await assertSucceeds(getDoc(doc(db(env, 'residentA'), 'tickets/tA/timeline/pub')));
    await assertSucceeds(
      getDocs(
        query(
          collection(db(env, 'residentA'), 'tickets/tA/timeline'),
          where('visibility', '==', 'public'),
          orderBy('createdAt'),
          limit(500),
        ),
      ),
    );
  });
  it('…but not an internal note, by get or by an unfiltered list', async () => {
    await assertFails(getDoc(doc(db(env, 'residentA'), 'tickets/tA/timeline/int')));
    await assertFails(getDocs(query(collection(db(env, 'residentA'), 'tickets/tA/timeline'), limit(500))));
    await assertFails(
      getDocs(
        query(
          collection(db(env, 'residentA'), 'tickets/tA/timeline'),
          where('visibility', '==', 'internal'),
          limit(500),
        ),
      ),
    );
  });
  it('another household reads nothing of the timeline', async () => {
    await assertFails(getDoc(doc(db(env, 'residentB'), 'tickets/tA/timeline/pub')));
  });
  it('staff of the building read everything', async () => {
    const timeline = (who: Principal) => query(collection(db(env, who), 'tickets/tA/timeline'), limit(500));
    await assertSucceeds(getDocs(timeline('workerX')));
    await assertFails(getDocs(timeline('workerY')));
    await assertSucceeds(getDocs(timeline('head')));
    await assertFails(getDocs(collection(db(env, 'head'), 'tickets/tA/timeline'))); // no limit
  });
  it('a collection-group query cannot reach any timeline', async () => {
    await assertFails(
      getDocs(query(collectionGroup(db(env, 'residentA'), 'timeline'), where('visibility', '==', 'public'))),
    );
    await assertFails(getDocs(collectionGroup(db(env, 'head'), 'timeline')));
  });
  it('photos follow the ticket', async () => {
    const photos = (who: Principal) => query(collection(db(env, who), 'tickets/tA/photos'), limit(6));
    await assertSucceeds(getDocs(photos('residentA2')));
    await assertFails(getDocs(photos('residentB')));
  });
});

describe('notices and events', () => {
  it.each<[Principal, string, boolean]>([
    ['anonymous', 'pub', false],
    ['residentA', 'pub', true],
    ['residentA', 'draft', false],
    ['workerX', 'draft', true],
    ['head', 'draft', true],
  ])('%s reads notices/%s → %s', async (who, id, allowed) => {
    const read = getDoc(doc(db(env, who), 'notices', id));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('residents list published notices only when they ask for published ones', async () => {
    await assertSucceeds(
      getDocs(
        query(collection(db(env, 'residentA'), 'notices'), where('status', '==', 'published'), limit(50)),
      ),
    );
    await assertFails(getDocs(query(collection(db(env, 'residentA'), 'notices'), limit(50))));
  });
  it.each<[Principal, string, boolean]>([
    ['anonymous', 'pub', false],
    ['volunteer', 'pub', true],
    ['volunteer', 'draft', false],
    ['workerX', 'draft', true],
  ])('%s reads events/%s → %s', async (who, id, allowed) => {
    const read = getDoc(doc(db(env, who), 'events', id));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('residents and workers write neither notices nor events directly', async () => {
    await assertFails(setDoc(doc(db(env, 'residentA'), 'notices', 'x'), { title: 'x' }));
    await assertFails(setDoc(doc(db(env, 'workerX'), 'notices', 'x'), { title: 'x' }));
    await assertFails(setDoc(doc(db(env, 'residentA'), 'events', 'x'), { title: 'x' }));
  });
});

describe('default deny', () => {
  it.each<Principal>(['anonymous', 'residentA', 'workerX', 'head'])(
    '%s can neither read nor write an unknown path',
    async (who) => {
      await assertFails(getDoc(doc(db(env, who), 'secrets', 'x')));
      await assertFails(setDoc(doc(db(env, who), 'secrets', 'x'), { a: 1 }));
      await assertFails(getDocs(collection(db(env, who), 'anything')));
      await assertFails(getDoc(doc(db(env, who), 'tickets/tA/unknown/x')));
    },
  );
});
