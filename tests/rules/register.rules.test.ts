/**
 * The grid and the household register: buildings, households, householdPrivate, config. Sensitive household
 * data is readable only by the building's worker and the head — never residents, not even the household.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  limit,
  collection,
  deleteDoc,
  deleteField,
  doc,
  FieldPath,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, T0, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('register');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

describe('buildings', () => {
  it.each<[Principal, boolean]>([
    ['anonymous', false],
    ['noProfile', true], // a new resident picks their building before having a profile
    ['residentA', true],
    ['workerX', true],
    ['head', true],
  ])('%s lists buildings, and reads the building directory → %s', async (who, allowed) => {
    const list = getDocs(collection(db(env, who), 'buildings'));
    await (allowed ? assertSucceeds(list) : assertFails(list));
    const directory = getDoc(doc(db(env, who), 'config', 'buildings'));
    await (allowed ? assertSucceeds(directory) : assertFails(directory));
  });
  /** Assigns b3 as the app does: the building and its directory entry in one batch (or the building alone). */
  const assign = (who: Principal, workerId: string | null, opts: { directory?: boolean } = {}) => {
    const f = db(env, who);
    const batch = writeBatch(f);
    const workerName = workerId ? '网格X' : null;
    batch.update(doc(f, 'buildings', 'b3'), { workerId, workerName, updatedAt: serverTimestamp() });
    if (opts.directory !== false) {
      batch.update(
        doc(f, 'config', 'buildings'),
        new FieldPath('items', 'b3', 'workerId'),
        workerId,
        new FieldPath('items', 'b3', 'workerName'),
        workerName,
        'updatedAt',
        serverTimestamp(),
      );
    }
    return batch.commit();
  };
  it('the head assigns an unowned building to a worker, in the building and the directory', async () => {
    await assertSucceeds(assign('head', 'wX'));
    const entry = (await getDoc(doc(db(env, 'residentA'), 'config', 'buildings'))).data()?.items.b3;
    expect(entry).toMatchObject({ number: 3, workerId: 'wX', workerName: '网格X' });
  });
  it('the head may not assign a building without its directory entry', async () => {
    await assertFails(assign('head', 'wX', { directory: false }));
  });
  it('the head may not make the directory entry differ from the building', async () => {
    const f = db(env, 'head');
    const batch = writeBatch(f);
    batch.update(doc(f, 'buildings', 'b3'), {
      workerId: 'wX',
      workerName: '网格X',
      updatedAt: serverTimestamp(),
    });
    batch.update(doc(f, 'config', 'buildings'), {
      'items.b3.workerId': 'wY',
      'items.b3.workerName': '网格Y',
      updatedAt: serverTimestamp(),
    });
    await assertFails(batch.commit());
  });
  it.each<Principal>(['workerX', 'residentA', 'workerOff'])('%s may not assign buildings', async (who) => {
    await assertFails(assign(who, 'wX'));
  });
  it('the head may not assign a building to a resident', async () => {
    await assertFails(assign('head', 'rA'));
  });
  const b9 = {
    number: 9,
    entrances: 2,
    floors: 6,
    commonAreas: [],
    workerId: null,
    workerName: null,
    householdCount: 0,
  };
  const create = (building: Record<string, unknown>, entry: Record<string, unknown> | null) => {
    const f = db(env, 'head');
    const batch = writeBatch(f);
    batch.set(doc(f, 'buildings', 'b9'), { ...building, updatedAt: serverTimestamp() });
    if (entry)
      batch.update(doc(f, 'config', 'buildings'), { 'items.b9': entry, updatedAt: serverTimestamp() });
    return batch.commit();
  };
  it('the head may not write a malformed building', async () => {
    await assertFails(create({ ...b9, number: '9' }, { ...b9, number: '9' }));
    await assertSucceeds(create(b9, b9));
  });
  it('the head may not add a building that the directory does not list', async () => {
    await assertFails(create(b9, null));
    await assertFails(create(b9, { ...b9, floors: 7 }));
  });
  it('the head removes a building with its directory entry, not without', async () => {
    const f = db(env, 'head');
    await assertFails(deleteDoc(doc(f, 'buildings', 'b3')));
    const batch = writeBatch(f);
    batch.delete(doc(f, 'buildings', 'b3'));
    batch.update(doc(f, 'config', 'buildings'), { 'items.b3': deleteField(), updatedAt: serverTimestamp() });
    await assertSucceeds(batch.commit());
  });
  it('only the head writes the directory, whole and with the server time', async () => {
    const write = (who: Principal, data: Record<string, unknown>) =>
      setDoc(doc(db(env, who), 'config', 'buildings'), data);
    const valid = { items: { b1: b9 }, updatedAt: serverTimestamp() };
    for (const who of ['residentA', 'workerX', 'noProfile'] as const) await assertFails(write(who, valid));
    await assertFails(write('head', { ...valid, extra: true }));
    await assertFails(write('head', { items: [], updatedAt: serverTimestamp() }));
    await assertFails(write('head', { items: {}, updatedAt: T0 }));
    await assertSucceeds(write('head', valid));
  });
});

describe('households', () => {
  const cells: [Principal, string, boolean][] = [
    ['anonymous', 'hA', false],
    ['noProfile', 'hA', false],
    ['residentA', 'hA', true], // own household
    ['residentA2', 'hA', true], // same household
    ['residentB', 'hA', false],
    ['pending', 'hP', false], // not yet confirmed
    ['workerX', 'hA', true],
    ['workerY', 'hA', false],
    ['workerOff', 'hA', false],
    ['head', 'hB', true],
  ];
  it.each(cells)('%s reads households/%s → %s', async (who, id, allowed) => {
    const read = getDoc(doc(db(env, who), 'households', id));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('a worker lists the households of their own building only', async () => {
    await assertSucceeds(
      getDocs(query(collection(db(env, 'workerX'), 'households'), where('buildingId', '==', 'b1'))),
    );
    await assertFails(
      getDocs(query(collection(db(env, 'workerX'), 'households'), where('buildingId', '==', 'b2'))),
    );
    await assertFails(getDocs(collection(db(env, 'workerX'), 'households')));
  });
  it('residents cannot list households, not even filtered on their building', async () => {
    await assertFails(
      getDocs(query(collection(db(env, 'residentA'), 'households'), where('buildingId', '==', 'b1'))),
    );
  });
  const household = (over: Record<string, unknown> = {}) => ({
    buildingId: 'b1',
    entrance: 2,
    flat: '502',
    interestGroup: 'neitui',
    members: [{ name: '新户', relation: '户主' }],
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...over,
  });
  it('the building’s worker registers a household there', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'workerX'), 'households', 'hNew'), household()));
  });
  it('…but not in another building', async () => {
    await assertFails(setDoc(doc(db(env, 'workerY'), 'households', 'hNew'), household()));
  });
  it.each<[string, Record<string, unknown>]>([
    ['an unknown interest group', { interestGroup: 'vip' }],
    ['a flat with letters', { flat: '5A2' }],
    ['an entrance the building lacks', { entrance: 9 }],
    ['members as a map', { members: { a: 1 } }],
    ['an extra key', { careTags: ['elderlyAlone'] }], // care tags belong in householdPrivate
  ])('a household with %s is refused', async (_, over) => {
    await assertFails(setDoc(doc(db(env, 'workerX'), 'households', 'hNew'), household(over)));
  });
  it('residents cannot edit their household record', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'residentA'), 'households', 'hA'), {
        interestGroup: 'lixiu',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      updateDoc(doc(db(env, 'workerX'), 'households', 'hA'), {
        interestGroup: 'lixiu',
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it('only the head deletes a household', async () => {
    await assertFails(deleteDoc(doc(db(env, 'workerX'), 'households', 'hA')));
    await assertSucceeds(deleteDoc(doc(db(env, 'head'), 'households', 'hA')));
  });
});

describe('householdPrivate (care tags, phone and ID numbers)', () => {
  const cells: [Principal, string, boolean][] = [
    ['residentA', 'hA', false], // not even the household itself
    ['residentA2', 'hA', false],
    ['residentB', 'hA', false],
    ['volunteer', 'hV', false],
    ['workerX', 'hA', true],
    ['workerY', 'hA', false],
    ['workerOff', 'hA', false],
    ['head', 'hA', true],
  ];
  it.each(cells)('%s reads householdPrivate/%s → %s', async (who, id, allowed) => {
    const read = getDoc(doc(db(env, who), 'householdPrivate', id));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('no resident can list it by any query', async () => {
    await assertFails(getDocs(query(collection(db(env, 'residentA'), 'householdPrivate'), limit(50))));
    await assertFails(
      getDocs(
        query(
          collection(db(env, 'residentA'), 'householdPrivate'),
          where('buildingId', '==', 'b1'),
          limit(50),
        ),
      ),
    );
    await assertSucceeds(
      getDocs(
        query(collection(db(env, 'workerX'), 'householdPrivate'), where('buildingId', '==', 'b1'), limit(50)),
      ),
    );
  });
  const priv = (over: Record<string, unknown> = {}) => ({
    buildingId: 'b1',
    careTags: ['elderlyAlone', 'difficulty'],
    phones: [],
    idNumbers: [],
    notes: '独居，腿脚不便',
    visitIntervalDays: 30,
    lastVisitAt: T0,
    nextVisitDue: T0,
    updatedAt: serverTimestamp(),
    ...over,
  });
  it('the worker records care tags for a household of their building', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'workerX'), 'householdPrivate', 'hA'), priv()));
  });
  it.each<[string, Record<string, unknown>, Principal]>([
    ['an unknown care tag', { careTags: ['rich'] }, 'workerX'],
    ['a building different from the household’s', { buildingId: 'b2' }, 'workerY'],
    ['a float interval', { visitIntervalDays: 30.5 }, 'workerX'],
    ['oversized notes', { notes: 'x'.repeat(2001) }, 'workerX'],
  ])('…refused with %s', async (_, over, who) => {
    await assertFails(setDoc(doc(db(env, who), 'householdPrivate', 'hA'), priv(over)));
  });
  it('a resident cannot write care data', async () => {
    await assertFails(setDoc(doc(db(env, 'residentA'), 'householdPrivate', 'hA'), priv()));
  });
});

describe('config', () => {
  it('the community office contact is public (shown on the sign-in page)', async () => {
    await assertSucceeds(getDoc(doc(db(env, 'anonymous'), 'config', 'community')));
  });
  it('categories need a profile', async () => {
    await assertFails(getDoc(doc(db(env, 'anonymous'), 'config', 'categories')));
    await assertSucceeds(getDoc(doc(db(env, 'residentA'), 'config', 'categories')));
  });
  it('only the head edits categories', async () => {
    const write = (who: Principal) =>
      setDoc(doc(db(env, who), 'config', 'categories'), {
        items: {},
        updatedAt: serverTimestamp(),
        updatedBy: who === 'head' ? 'head' : 'wX',
      });
    await assertFails(write('workerX'));
    await assertSucceeds(write('head'));
  });
  it('only the head edits the office contact', async () => {
    const write = (who: Principal) =>
      setDoc(doc(db(env, who), 'config', 'community'), {
        name: '社区',
        officePhone: '0730-2',
        officeHours: '全天',
        updatedAt: serverTimestamp(),
      });
    await assertFails(write('workerX'));
    await assertSucceeds(write('head'));
  });
  it('other config documents do not exist for anyone', async () => {
    await assertFails(getDoc(doc(db(env, 'head'), 'config', 'secrets')));
  });
});

describe('home visits (走访)', () => {
  function visit(who: Principal, over: Record<string, unknown> = {}, withSchedule = true) {
    const f = db(env, who);
    const when = Timestamp.fromDate(new Date(Date.now() - 3_600_000));
    const names: Record<string, string> = {
      workerX: '网格X',
      workerY: '网格Y',
      head: '主任',
      residentA: '居民A',
    };
    const uids: Record<string, string> = { workerX: 'wX', workerY: 'wY', head: 'head', residentA: 'rA' };
    const batch = writeBatch(f);
    batch.set(doc(f, 'visits/v1'), {
      householdId: 'hA',
      buildingId: 'b1',
      workerId: uids[who],
      workerName: names[who],
      visitedAt: when,
      metWith: '户主本人',
      findings: '身体还好，暖气不太热。',
      followUp: true,
      ticketId: null,
      createdAt: serverTimestamp(),
      ...over,
    });
    if (withSchedule) {
      batch.update(doc(f, 'householdPrivate/hA'), {
        lastVisitAt: over.visitedAt ?? when,
        nextVisitDue: Timestamp.fromMillis(when.toMillis() + 30 * 86_400_000),
        updatedAt: serverTimestamp(),
      });
    }
    return batch.commit();
  }
  it('the building’s worker logs a visit and moves the schedule in the same batch', async () => {
    await assertSucceeds(visit('workerX'));
    await assertSucceeds(getDoc(doc(db(env, 'workerX'), 'visits/v1')));
    await assertFails(getDoc(doc(db(env, 'residentA'), 'visits/v1')));
    await assertFails(getDoc(doc(db(env, 'workerY'), 'visits/v1')));
  });
  it('…not without moving the schedule, not for another building, not by a resident', async () => {
    await assertFails(visit('workerX', {}, false));
    await assertFails(visit('workerY'));
    await assertFails(visit('residentA'));
  });
  it.each<[string, Record<string, unknown>]>([
    ['another worker’s name', { workerName: '网格Y' }],
    ['a visit in the future', { visitedAt: Timestamp.fromMillis(Date.now() + 86_400_000) }],
    ['a visit two months ago', { visitedAt: Timestamp.fromMillis(Date.now() - 60 * 86_400_000) }],
    ['blank findings', { findings: '   ' }],
    ['a household in another building', { householdId: 'hB' }],
    ['an extra key', { rating: 5 }],
  ])('…refused with %s', async (_, over) => {
    await assertFails(visit('workerX', over));
  });
  it('visit records are never edited or deleted', async () => {
    await assertSucceeds(visit('workerX'));
    await assertFails(updateDoc(doc(db(env, 'workerX'), 'visits/v1'), { findings: '改' }));
    await assertFails(deleteDoc(doc(db(env, 'head'), 'visits/v1')));
  });
});

describe('confirming a link to a flat not yet in the register', () => {
  it('the worker registers the household and confirms the link in one batch', async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      await updateDoc(doc(f, 'users/rP'), { link: { buildingId: 'b1', entrance: 2, flat: '602' } });
    });
    const f = db(env, 'workerX');
    const batch = writeBatch(f);
    batch.set(doc(f, 'households/h-1-2-602'), {
      buildingId: 'b1',
      entrance: 2,
      flat: '602',
      interestGroup: 'jumin',
      members: [{ name: '待核对', relation: '户主' }],
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    batch.update(doc(f, 'users/rP'), {
      linkStatus: 'confirmed',
      householdId: 'h-1-2-602',
      buildingId: 'b1',
      updatedAt: serverTimestamp(),
    });
    await assertSucceeds(batch.commit());
  });
});
