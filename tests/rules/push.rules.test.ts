/**
 * Phone notifications: the phones a person receives them on (`pushSubscriptions/{uid}/devices/{slot}`),
 * theirs alone, in exactly the shape a browser's subscription has, at most `pushDevicesMax` of them; and
 * their choice of channel per kind in `notifyPrefs` (`push`, optional: documents saved before it parse).
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { notifyPrefsWrite, pushDeviceWrite } from '../../src/features/notify/api/writes';
import { DEFAULT_NOTIFY_PREFS } from '../../src/features/notify/types';
import { pushDevices, pushDevicesMax, pushEndpointMax, pushLabelMax } from '../../src/lib/policy';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('push');
});
afterAll(() => env.cleanup());

/** A subscription as Chrome's `PushSubscription.toJSON()` gives it (keys: 65 and 16 bytes, base64url). */
const sub = {
  endpoint: 'https://fcm.googleapis.com/fcm/send/dXJsLXNhZmUtYmFzZTY0:APA91bH-example',
  keys: {
    p256dh: 'BGDd24FOgJ5bjKIEkfaHMwZ-U9CN0NHh45mbdiKip5erJXV7EU_GAbxn49lGam51l9oAMT7auKJ5LZ2SB09ncQU',
    auth: 'tBHItJI5svbpez7KI4CCXg',
  },
};
const app = pushDeviceWrite({ serverTimestamp }, sub, 'Android · Chrome');

beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore();
    await setDoc(
      doc(f, 'pushSubscriptions/rB/devices/d0'),
      pushDeviceWrite({ serverTimestamp: () => Timestamp.now() }, sub, 'iPhone · Safari'),
    );
  });
});

describe('pushSubscriptions: one’s own phones', () => {
  it('a person adds this phone, sees their list, and takes a phone off it', async () => {
    const f = db(env, 'residentA');
    await assertSucceeds(setDoc(doc(f, 'pushSubscriptions/rA/devices/d0'), app));
    await assertSucceeds(getDoc(doc(f, 'pushSubscriptions/rA/devices/d0')));
    await assertSucceeds(
      getDocs(query(collection(f, 'pushSubscriptions/rA/devices'), limit(pushDevicesMax))),
    );
    await assertSucceeds(deleteDoc(doc(f, 'pushSubscriptions/rA/devices/d0')));
    // staff receive them too
    await assertSucceeds(setDoc(doc(db(env, 'workerX'), 'pushSubscriptions/wX/devices/d1'), app));
  });

  const others: Principal[] = ['anonymous', 'noProfile', 'residentA', 'residentA2', 'workerX', 'head'];
  it.each(others)('%s neither reads, lists, adds to nor removes another person’s', async (who) => {
    const f = db(env, who);
    await assertFails(getDoc(doc(f, 'pushSubscriptions/rB/devices/d0')));
    await assertFails(getDocs(query(collection(f, 'pushSubscriptions/rB/devices'), limit(1))));
    await assertFails(setDoc(doc(f, 'pushSubscriptions/rB/devices/d1'), app));
    await assertFails(deleteDoc(doc(f, 'pushSubscriptions/rB/devices/d0')));
  });

  it(`at most ${pushDevicesMax} phones: only the slots ${pushDevices.join(', ')}; a list asks for no more`, async () => {
    const f = db(env, 'residentA');
    for (const slot of pushDevices)
      await assertSucceeds(setDoc(doc(f, `pushSubscriptions/rA/devices/${slot}`), app));
    for (const slot of [`d${pushDevicesMax}`, 'd9', 'phone', 'D0', 'd00'])
      await assertFails(setDoc(doc(f, `pushSubscriptions/rA/devices/${slot}`), app));
    await assertFails(
      getDocs(query(collection(f, 'pushSubscriptions/rA/devices'), limit(pushDevicesMax + 1))),
    );
    await assertFails(getDocs(collection(f, 'pushSubscriptions/rA/devices')));
  });

  it('refuses every other shape: an http address, extra keys, keys of the wrong size, oversize, an old date', async () => {
    const f = db(env, 'residentA');
    const ref = doc(f, 'pushSubscriptions/rA/devices/d0');
    const bad: Record<string, unknown>[] = [
      { ...app, endpoint: 'http://fcm.googleapis.com/fcm/send/x' },
      { ...app, endpoint: 'javascript:alert(1)' },
      { ...app, endpoint: 'https://push.example/ with space' },
      { ...app, endpoint: `https://push.example/${'a'.repeat(pushEndpointMax)}` },
      { ...app, endpoint: 42 },
      { ...app, extra: true },
      { ...app, keys: sub.keys },
      { ...app, p256dh: `${sub.keys.p256dh}A` },
      { ...app, p256dh: sub.keys.p256dh.slice(1) },
      { ...app, p256dh: `${sub.keys.p256dh.slice(1)}=` },
      { ...app, p256dh: 'x'.repeat(100_000) },
      { ...app, auth: `${sub.keys.auth}AA` },
      { ...app, auth: 'tBHItJI5svbpez7KI4CC+g' },
      { ...app, label: '' },
      { ...app, label: '   ' },
      { ...app, label: 'x'.repeat(pushLabelMax + 1) },
      { ...app, createdAt: Timestamp.fromMillis(0) },
      Object.fromEntries(Object.entries(app).filter(([k]) => k !== 'label')),
    ];
    for (const data of bad) await assertFails(setDoc(ref, data));
    await assertSucceeds(setDoc(ref, { ...app, label: 'x'.repeat(pushLabelMax) }));
    // a phone is added and removed, never changed (another subscription: remove, then add)
    await assertFails(updateDoc(ref, { endpoint: 'https://evil.example/x' }));
    await assertFails(setDoc(ref, app));
  });
});

describe('notifyPrefs: text message and notification per kind', () => {
  it('saves the choice with `push`, and still the shape saved before there was push', async () => {
    const f = db(env, 'residentA');
    const prefs = {
      ...DEFAULT_NOTIFY_PREFS,
      push: { ...DEFAULT_NOTIFY_PREFS.push, events: false },
    };
    const write = notifyPrefsWrite({ serverTimestamp }, prefs);
    await assertSucceeds(setDoc(doc(f, 'notifyPrefs/rA'), write));
    const { push: _push, ...old } = write;
    await assertSucceeds(setDoc(doc(f, 'notifyPrefs/rA'), old));
  });

  it('refuses a malformed `push`', async () => {
    const f = db(env, 'residentA');
    const write = notifyPrefsWrite({ serverTimestamp }, DEFAULT_NOTIFY_PREFS);
    const bad: Record<string, unknown>[] = [
      { ...write, push: true },
      { ...write, push: { ...write.push, sms: true } },
      { ...write, push: { myTickets: true, buildingNew: true, escalations: true } },
      { ...write, push: { ...write.push, events: 'yes' } },
      { ...write, push: null },
      { ...write, pushes: write.push },
    ];
    for (const data of bad) await assertFails(setDoc(doc(f, 'notifyPrefs/rA'), data));
  });
});
