/** Head-only paths: notices, staff invitations — against workers and residents. */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  deleteDoc,
  doc,
  FieldPath,
  getDoc,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildingTaken, directoryTaken, workerProfile } from '../../src/features/account/api/join-writes';
import { inviteBuildingsMax } from '../../src/lib/policy';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('head');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

const notice = (createdBy: string, over: Record<string, unknown> = {}) => ({
  title: '停水通知',
  body: '周六上午停水。',
  status: 'published',
  pinned: false,
  audience: ['b1'],
  publishedAt: serverTimestamp(),
  createdBy,
  updatedAt: serverTimestamp(),
  ...over,
});

describe('notices', () => {
  it('the head publishes a notice for chosen buildings', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'notices/n1'), notice('head')));
  });
  it.each<Principal>(['workerX', 'residentA', 'workerOff'])('%s may not', async (who) => {
    await assertFails(setDoc(doc(db(env, who), 'notices/n1'), notice('wX')));
  });
  it.each<[string, Record<string, unknown>]>([
    ['a backdated publication time', { publishedAt: Timestamp.fromDate(new Date('2020-01-01')) }],
    ['an empty audience', { audience: [] }],
    ['a blank body', { body: '  ' }],
    ['an extra key', { author: 'x' }],
    ['another author', { createdBy: 'wX' }],
  ])('a notice with %s is refused', async (_, over) => {
    await assertFails(setDoc(doc(db(env, 'head'), 'notices/n1'), { ...notice('head'), ...over }));
  });
  it('the head pins and withdraws; a withdrawn notice is no longer readable by residents', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'notices/n1'), notice('head')));
    await assertSucceeds(
      updateDoc(doc(db(env, 'head'), 'notices/n1'), { pinned: true, updatedAt: serverTimestamp() }),
    );
    await assertSucceeds(
      updateDoc(doc(db(env, 'head'), 'notices/n1'), { status: 'withdrawn', updatedAt: serverTimestamp() }),
    );
    await assertFails(getDoc(doc(db(env, 'residentA'), 'notices/n1')));
    await assertSucceeds(getDoc(doc(db(env, 'workerX'), 'notices/n1')));
  });
  it('only drafts can be deleted', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'notices/n1'), notice('head')));
    await assertFails(deleteDoc(doc(db(env, 'head'), 'notices/n1')));
    await assertSucceeds(
      setDoc(doc(db(env, 'head'), 'notices/n2'), notice('head', { status: 'draft', publishedAt: null })),
    );
    await assertSucceeds(deleteDoc(doc(db(env, 'head'), 'notices/n2')));
  });
});

describe('staff invitations', () => {
  const invite = (createdBy = 'head', buildingIds: string[] = []) => ({
    role: 'worker',
    name: '新网格员',
    buildingIds,
    createdBy,
    createdAt: serverTimestamp(),
  });
  /** The profile an invited person writes on first sign-in (the app's payload). */
  const ownProfile = (phone: string | null, email: string | null, role = 'worker', name = '新网格员') => ({
    ...workerProfile({ phone, email }, name, 'zh-CN', serverTimestamp()),
    role,
  });
  const PHONE = '+8613900000099';
  const asInvited = (uid = 'newW', token: Record<string, unknown> = { phone_number: PHONE }) =>
    env.authenticatedContext(uid, token).firestore() as unknown as Firestore;
  /**
   * The joining batch as the app writes it (src/features/account/api/join.ts): the profile, the invitation
   * deleted, each building taken and its directory entry; `opts` leave a part out or change it.
   */
  function join(
    f: Firestore,
    uid: string,
    key: string,
    take: string[],
    opts: {
      keepInvite?: boolean;
      name?: string;
      role?: string;
      skipDirectory?: boolean;
      profile?: boolean;
    } = {},
  ) {
    const now = serverTimestamp();
    const name = opts.name ?? '新网格员';
    const batch = writeBatch(f);
    if (opts.profile !== false)
      batch.set(doc(f, 'users', uid), {
        ...workerProfile(
          { phone: key.startsWith('+') ? key : null, email: key.startsWith('+') ? null : key },
          name,
          'zh-CN',
          now,
        ),
        role: opts.role ?? 'worker',
      });
    if (!opts.keepInvite) batch.delete(doc(f, 'invites', key));
    for (const id of take) batch.update(doc(f, 'buildings', id), buildingTaken(uid, name, now));
    if (take.length && !opts.skipDirectory) {
      const [first, ...rest] = directoryTaken(uid, name, take, now).map(
        ([path, value]) => [new FieldPath(...path), value] as const,
      );
      batch.update(doc(f, 'config/buildings'), first![0], first![1], ...rest.flat());
    }
    return batch.commit();
  }
  it('only the head invites, naming at most inviteBuildingsMax buildings, each once', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/+8613900000099'), invite('head', ['b3'])));
    await assertFails(setDoc(doc(db(env, 'workerX'), 'invites/+8613900000098'), invite('wX')));
    await assertFails(setDoc(doc(db(env, 'head'), 'invites/not-a-key'), invite()));
    const many = Array.from({ length: inviteBuildingsMax + 1 }, (_, i) => `b${i + 1}`);
    await assertSucceeds(
      setDoc(doc(db(env, 'head'), 'invites/+8613900000098'), invite('head', many.slice(1))),
    );
    await assertFails(setDoc(doc(db(env, 'head'), 'invites/+8613900000098'), invite('head', many)));
    await assertFails(setDoc(doc(db(env, 'head'), 'invites/+8613900000098'), invite('head', ['b3', 'b3'])));
    await assertFails(
      setDoc(doc(db(env, 'head'), 'invites/+8613900000098'), { ...invite(), buildingIds: 'b3' }),
    );
  });
  it('an invited phone joins as a worker in one batch, taking the invitation’s unowned building', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), `invites/${PHONE}`), invite('head', ['b3'])));
    await assertSucceeds(join(asInvited(), 'newW', PHONE, ['b3']));
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      expect((await getDoc(doc(f, 'users/newW'))).data()).toMatchObject({
        role: 'worker',
        displayName: '新网格员',
      });
      expect((await getDoc(doc(f, `invites/${PHONE}`))).exists()).toBe(false);
      expect((await getDoc(doc(f, 'buildings/b3'))).data()).toMatchObject({
        workerId: 'newW',
        workerName: '新网格员',
      });
      expect((await getDoc(doc(f, 'config/buildings'))).data()!.items.b3).toMatchObject({
        workerId: 'newW',
        workerName: '新网格员',
      });
    });
  });
  it('…and with no building named, just the profile and the invitation', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), `invites/${PHONE}`), invite()));
    await assertSucceeds(join(asInvited(), 'newW', PHONE, []));
  });
  it('an uninvited phone cannot join as a worker, only as a resident', async () => {
    const other = asInvited('newX', { phone_number: '+8613900000097' });
    await assertFails(setDoc(doc(other, 'users/newX'), ownProfile('+8613900000097', null)));
    await assertSucceeds(setDoc(doc(other, 'users/newX'), ownProfile('+8613900000097', null, 'resident')));
  });
  it('joining without deleting the invitation, or under another name, is refused', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), `invites/${PHONE}`), invite('head', ['b3'])));
    await assertFails(join(asInvited(), 'newW', PHONE, [], { keepInvite: true }));
    await assertFails(join(asInvited(), 'newW', PHONE, [], { name: '自己起的名' }));
    await assertFails(join(asInvited(), 'newW', PHONE, [], { role: 'head' }));
  });
  it('the invitee cannot take a building not in the invitation, or one another worker has', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), `invites/${PHONE}`), invite('head', ['b1', 'b3'])));
    await assertFails(join(asInvited(), 'newW', PHONE, ['b2'])); // not named
    await assertFails(join(asInvited(), 'newW', PHONE, ['b1'])); // named, but worker X has it
    await assertFails(join(asInvited(), 'newW', PHONE, ['b3', 'b1']));
    await assertSucceeds(join(asInvited(), 'newW', PHONE, ['b3']));
  });
  it('the building and its directory entry are taken together, and nothing else in the directory changes', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), `invites/${PHONE}`), invite('head', ['b3'])));
    await assertFails(join(asInvited(), 'newW', PHONE, ['b3'], { skipDirectory: true }));
    // the directory entry of a building it does not take
    const f = asInvited();
    const batch = writeBatch(f);
    batch.set(doc(f, 'users/newW'), ownProfile(PHONE, null));
    batch.delete(doc(f, `invites/${PHONE}`));
    batch.update(doc(f, 'config/buildings'), {
      'items.b1.workerId': 'newW',
      'items.b1.workerName': '新网格员',
      lastBuilding: 'b3',
      updatedAt: serverTimestamp(),
    });
    await assertFails(batch.commit());
  });
  it('only by joining: the invitation is not deleted, nor a building taken, apart from the profile', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), `invites/${PHONE}`), invite('head', ['b3'])));
    await assertFails(deleteDoc(doc(asInvited(), `invites/${PHONE}`)));
    await assertFails(join(asInvited(), 'newW', PHONE, ['b3'], { profile: false }));
    // someone already signed up (a resident) cannot use an invitation to take a building
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/+8613800000001'), invite('head', ['b3'])));
    await assertFails(join(db(env, 'residentA'), 'rA', '+8613800000001', ['b3'], { profile: false }));
  });
  it('an invited email counts only once verified, and never as head', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/new@x.test'), invite('head', ['b3'])));
    const unverified = asInvited('e1', { email: 'New@x.test', email_verified: false });
    await assertFails(join(unverified, 'e1', 'new@x.test', ['b3']));
    const verified = asInvited('e2', { email: 'new@x.test', email_verified: true });
    await assertFails(join(verified, 'e2', 'new@x.test', ['b3'], { role: 'head' }));
    await assertSucceeds(join(verified, 'e2', 'new@x.test', ['b3']));
  });
  it('the invited person reads their own invitation, nobody else does', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/+8613900000099'), invite()));
    const invited = env.authenticatedContext('newW', { phone_number: '+8613900000099' }).firestore();
    await assertSucceeds(getDoc(doc(invited, 'invites/+8613900000099')));
    await assertFails(getDoc(doc(db(env, 'workerX'), 'invites/+8613900000099')));
  });
  it('an email invitation is read only with that email verified (its name is not for anyone who types it)', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/new@x.test'), invite()));
    const as = (token: Record<string, unknown>) =>
      getDoc(doc(env.authenticatedContext('e3', token).firestore(), 'invites/new@x.test'));
    await assertSucceeds(as({ email: 'New@x.test', email_verified: true }));
    await assertFails(as({ email: 'New@x.test', email_verified: false }));
    await assertFails(as({ email: 'New@x.test' }));
    await assertFails(as({ email: 'other@x.test', email_verified: true }));
  });
});
