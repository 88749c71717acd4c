/** Head-only paths: notices, staff invitations — against workers and residents. */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteDoc, doc, getDoc, serverTimestamp, setDoc, Timestamp, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { profile } from './fixtures';
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
  const invite = (createdBy = 'head') => ({
    role: 'worker',
    name: '新网格员',
    createdBy,
    createdAt: serverTimestamp(),
  });
  /** The profile an invited person writes on first sign-in. */
  const ownProfile = (phone: string | null, email: string | null, role = 'worker') =>
    profile({
      displayName: '新网格员',
      role,
      phone,
      email,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
  it('only the head invites', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/+8613900000099'), invite()));
    await assertFails(setDoc(doc(db(env, 'workerX'), 'invites/+8613900000098'), invite('wX')));
    await assertFails(setDoc(doc(db(env, 'head'), 'invites/not-a-key'), invite()));
  });
  it('an invited phone starts as a worker; an uninvited one cannot', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/+8613900000099'), invite()));
    const invited = env.authenticatedContext('newW', { phone_number: '+8613900000099' }).firestore();
    await assertSucceeds(setDoc(doc(invited, 'users/newW'), ownProfile('+8613900000099', null)));
    const other = env.authenticatedContext('newX', { phone_number: '+8613900000097' }).firestore();
    await assertFails(setDoc(doc(other, 'users/newX'), ownProfile('+8613900000097', null)));
    await assertSucceeds(setDoc(doc(other, 'users/newX'), ownProfile('+8613900000097', null, 'resident')));
  });
  it('an invited email counts only once verified, and never as head', async () => {
    await assertSucceeds(setDoc(doc(db(env, 'head'), 'invites/new@x.test'), invite()));
    const unverified = env
      .authenticatedContext('e1', { email: 'New@x.test', email_verified: false })
      .firestore();
    await assertFails(setDoc(doc(unverified, 'users/e1'), ownProfile(null, 'New@x.test')));
    const verified = env
      .authenticatedContext('e2', { email: 'New@x.test', email_verified: true })
      .firestore();
    await assertFails(setDoc(doc(verified, 'users/e2'), ownProfile(null, 'New@x.test', 'head')));
    await assertSucceeds(setDoc(doc(verified, 'users/e2'), ownProfile(null, 'New@x.test')));
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
