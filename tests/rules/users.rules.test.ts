/**
 * users/{uid}: who may read a profile, who may create one, and that nobody can raise their own privileges.
 * Every deny is paired with the nearest allowed write, so a deny cannot pass because the rule errored.
 */
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
  updateDoc,
  deleteDoc,
  deleteField,
  writeBatch,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activeWrites, roleWrites } from '../../src/features/staff/api/writes';
import { linkReasonMax } from '../../src/lib/policy';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, STAFF_ACTORS, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('users');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

describe('get users/{uid}', () => {
  // [principal, profile read, allowed?]
  const cells: [Principal, string, boolean][] = [
    ['anonymous', 'rA', false],
    ['noProfile', 'rA', false],
    ['residentA', 'rA', true], // own profile
    ['residentA2', 'rA', false], // same household still may not read another person's profile
    ['residentB', 'rA', false],
    ['workerX', 'rA', true], // rA lives in worker X's building
    ['workerY', 'rA', false],
    ['workerX', 'rP', true], // rP asked to be linked to a flat in X's building
    ['workerY', 'rP', false],
    ['workerOff', 'rA', false], // deactivated staff have no role
    ['workerOff', 'wOff', true], // but can still read their own profile
    ['head', 'rA', true],
    ['head', 'rP', true],
    ['noProfile', 'ghost', false], // no document: reading one's own missing profile is allowed but returns nothing
  ];
  it.each(cells)('%s reading users/%s → %s', async (who, target, allowed) => {
    const read = getDoc(doc(db(env, who), 'users', target));
    if (target === 'ghost') {
      await assertSucceeds(read); // own, missing
      return;
    }
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
});

describe('list users', () => {
  it('a worker lists pending links of their own building, not of another', async () => {
    const mine = query(
      collection(db(env, 'workerX'), 'users'),
      where('link.buildingId', '==', 'b1'),
      where('linkStatus', '==', 'pending'),
      limit(200),
    );
    await assertSucceeds(getDocs(mine));
    const other = query(
      collection(db(env, 'workerY'), 'users'),
      where('link.buildingId', '==', 'b1'),
      where('linkStatus', '==', 'pending'),
      limit(200),
    );
    await assertFails(getDocs(other));
  });
  it('a worker lists the accounts of their building', async () => {
    await assertSucceeds(
      getDocs(query(collection(db(env, 'workerX'), 'users'), where('buildingId', '==', 'b1'), limit(200))),
    );
    await assertFails(
      getDocs(query(collection(db(env, 'workerX'), 'users'), where('buildingId', '==', 'b2'), limit(200))),
    );
  });
  it('only the head lists everyone; residents list nobody', async () => {
    await assertSucceeds(getDocs(query(collection(db(env, 'head'), 'users'), limit(200))));
    await assertFails(getDocs(collection(db(env, 'head'), 'users'))); // no limit: every account at once
    await assertFails(getDocs(collection(db(env, 'workerX'), 'users')));
    await assertFails(getDocs(collection(db(env, 'residentA'), 'users')));
    await assertFails(
      getDocs(query(collection(db(env, 'residentA'), 'users'), where('buildingId', '==', 'b1'))),
    );
  });
});

describe('create users/{uid}', () => {
  const valid = (over: Record<string, unknown> = {}) => ({
    displayName: '新居民',
    role: 'resident',
    active: true,
    phone: '+8613800000009',
    email: null,
    householdId: null,
    buildingId: null,
    linkStatus: 'pending',
    link: { buildingId: 'b1', entrance: 2, flat: '601' },
    volunteer: false,
    locale: 'zh-CN',
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...over,
  });
  const create = (who: Principal, data: Record<string, unknown>, uid = 'ghost') =>
    setDoc(doc(db(env, who), 'users', uid), data);

  it('a signed-in person creates their own resident profile (pending link, or none)', async () => {
    await assertSucceeds(create('noProfile', valid()));
  });
  it('…also without an address', async () => {
    await assertSucceeds(create('noProfile', valid({ linkStatus: 'none', link: null })));
  });
  it.each<[string, Record<string, unknown>]>([
    ['role worker', { role: 'worker' }],
    ['role head', { role: 'head' }],
    ['a household of their choosing', { householdId: 'hA', linkStatus: 'confirmed', buildingId: 'b1' }],
    ['a confirmed link', { linkStatus: 'confirmed' }],
    ['inactive', { active: false }],
    ['someone else’s phone number', { phone: '+8613800000001' }],
    ['a client createdAt', { createdAt: new Date('2020-01-01') }],
    ['an extra key', { isAdmin: true }],
    ['a blank name', { displayName: '   ' }],
    ['an ideographic-space name', { displayName: '\u3000\u3000' }],
    ['a 41-character name', { displayName: '名'.repeat(41) }],
    ['an entrance the building does not have', { link: { buildingId: 'b1', entrance: 3, flat: '601' } }],
    ['a building that does not exist', { link: { buildingId: 'nope', entrance: 1, flat: '601' } }],
    ['a flat that is not 3–4 digits', { link: { buildingId: 'b1', entrance: 1, flat: '6-01' } }],
    ['entrance as a string', { link: { buildingId: 'b1', entrance: '1', flat: '601' } }],
    ['volunteer as a string', { volunteer: 'yes' }],
    ['an unknown locale', { locale: 'fr' }],
  ])('is refused with %s', async (_, over) => {
    await assertFails(create('noProfile', valid(over)));
  });
  it('nobody creates a profile for someone else, and anonymous creates none', async () => {
    await assertFails(create('residentA', valid({ phone: '+8613800000001' }), 'someoneElse'));
    await assertFails(create('anonymous', valid({ phone: null })));
  });
});

describe('update users/{uid}', () => {
  it('a person changes their name, language and volunteering', async () => {
    await assertSucceeds(
      updateDoc(doc(db(env, 'residentA'), 'users', 'rA'), {
        displayName: '王阿姨',
        locale: 'en',
        volunteer: true,
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it.each<[string, Record<string, unknown>]>([
    ['role', { role: 'head' }],
    ['active', { active: false }],
    ['householdId', { householdId: 'hB' }],
    ['buildingId', { buildingId: 'b2' }],
    ['phone', { phone: '+8613800000003' }],
  ])('…but never their own %s', async (_, over) => {
    await assertFails(
      updateDoc(doc(db(env, 'residentA'), 'users', 'rA'), { ...over, updatedAt: serverTimestamp() }),
    );
  });
  it('a pending resident cannot confirm their own link', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'pending'), 'users', 'rP'), {
        linkStatus: 'confirmed',
        householdId: 'hP',
        buildingId: 'b1',
        updatedAt: serverTimestamp(),
      }),
    );
    // nearest allowed: the same person renewing the pending request
    await assertSucceeds(
      updateDoc(doc(db(env, 'pending'), 'users', 'rP'), {
        link: { buildingId: 'b1', entrance: 2, flat: '602' },
        linkStatus: 'pending',
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it('a worker cannot promote themselves to head', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'workerX'), 'users', 'wX'), { role: 'head', updatedAt: serverTimestamp() }),
    );
  });
  it('a person asks to be linked to another flat (and loses the old household until confirmed)', async () => {
    await assertSucceeds(
      updateDoc(doc(db(env, 'residentA'), 'users', 'rA'), {
        link: { buildingId: 'b2', entrance: 1, flat: '201' },
        linkStatus: 'pending',
        householdId: null,
        buildingId: null,
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it('…but cannot keep the old household while asking', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'residentA'), 'users', 'rA'), {
        link: { buildingId: 'b2', entrance: 1, flat: '201' },
        linkStatus: 'pending',
        updatedAt: serverTimestamp(),
      }),
    );
  });

  const confirm = (who: Principal, householdId: string, buildingId = 'b1') =>
    updateDoc(doc(db(env, who), 'users', 'rP'), {
      linkStatus: 'confirmed',
      householdId,
      buildingId,
      updatedAt: serverTimestamp(),
    });
  it('the building’s worker confirms a pending link to the household at that flat', async () => {
    await assertSucceeds(confirm('workerX', 'hP'));
  });
  it('the head may confirm it too', async () => {
    await assertSucceeds(confirm('head', 'hP'));
  });
  it('a worker of another building may not', async () => {
    await assertFails(confirm('workerY', 'hP'));
  });
  it('a deactivated worker may not', async () => {
    await assertFails(confirm('workerOff', 'hP'));
  });
  it('nobody confirms a link to a different flat’s household', async () => {
    await assertFails(confirm('workerX', 'hA'));
  });
  it('nobody confirms into another building', async () => {
    await assertFails(confirm('head', 'hB', 'b2'));
  });
  it('the worker may refuse the link, saying why (the resident reads it)', async () => {
    const refuse = (over: Record<string, unknown>) =>
      updateDoc(doc(db(env, 'workerX'), 'users', 'rP'), {
        linkStatus: 'refused',
        linkReason: '房号不对，请核对门牌',
        updatedAt: serverTimestamp(),
        ...over,
      });
    await assertFails(refuse({ linkReason: deleteField() })); // no reason
    await assertFails(refuse({ linkReason: '\u3000 ' }));
    await assertFails(refuse({ linkReason: '因'.repeat(linkReasonMax + 1) }));
    await assertFails(refuse({ linkReason: 5 }));
    await assertSucceeds(refuse({}));
    const read = await getDoc(doc(db(env, 'pending'), 'users', 'rP'));
    expect(read.data()?.linkReason).toBe('房号不对，请核对门牌');
    // the resident asks again: the old reason stays (shown only while refused), they cannot write one
    await assertFails(
      updateDoc(doc(db(env, 'pending'), 'users', 'rP'), {
        linkReason: '我自己写的',
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it('a worker cannot change a resident’s role or name', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'workerX'), 'users', 'rP'), { role: 'worker', updatedAt: serverTimestamp() }),
    );
    await assertFails(
      updateDoc(doc(db(env, 'workerX'), 'users', 'rA'), { displayName: 'x', updatedAt: serverTimestamp() }),
    );
  });
  it('the head grants and revokes the worker role and deactivates staff, each with its audit entry', async () => {
    const commit = (
      w: { update: Record<string, unknown>; audit: { id: string; data: Record<string, unknown> } },
      uid: string,
    ) => {
      const f = db(env, 'head');
      const batch = writeBatch(f);
      batch.update(doc(f, 'users', uid), w.update);
      batch.set(doc(f, 'auditLog', w.audit.id), w.audit.data);
      return batch.commit();
    };
    await assertSucceeds(
      commit(roleWrites({ serverTimestamp }, STAFF_ACTORS.head, { id: 'rB', name: '居民B' }, 'worker'), 'rB'),
    );
    await assertSucceeds(
      commit(activeWrites({ serverTimestamp }, STAFF_ACTORS.head, { id: 'wY', name: '网格Y' }, false), 'wY'),
    );
    // without the entry: refused (tests/rules/audit.rules.test.ts has every variant)
    await assertFails(
      updateDoc(doc(db(env, 'head'), 'users', 'wX'), { active: false, updatedAt: serverTimestamp() }),
    );
  });
  it('…but not their own role or activation', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'head'), 'users', 'head'), { active: false, updatedAt: serverTimestamp() }),
    );
  });
  it('…and only to a known role', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'head'), 'users', 'rB'), { role: 'admin', updatedAt: serverTimestamp() }),
    );
  });
  it('a deactivated head-to-be cannot act: the deactivated worker cannot grant roles', async () => {
    await assertFails(
      updateDoc(doc(db(env, 'workerOff'), 'users', 'rB'), { role: 'worker', updatedAt: serverTimestamp() }),
    );
  });
  it('nobody deletes a profile from the client', async () => {
    await assertFails(deleteDoc(doc(db(env, 'head'), 'users', 'rB')));
    await assertFails(deleteDoc(doc(db(env, 'residentA'), 'users', 'rA')));
  });
});
