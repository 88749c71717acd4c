/**
 * Removal on request (docs/security.md): the head's operator removes a resident's personal data with the
 * Admin SDK; ticket facts and the monthly summaries stay as they were.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteApp } from 'firebase-admin/app';
import { doc, setDoc, type Firestore as ClientFirestore } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REMOVED_ID, REMOVED_NAME, removeResident } from '../../scripts/lib/remove-resident';
import { adminApp } from '../../scripts/seed/write';
import { makeEnv, seedWorld, T0 } from '../rules/support';
import { householdTokens, ticketTokens } from '../../src/lib/search';

/** tA as seeded (tests/rules/support.ts), reported by 居民A from 101: what it is found by. */
const tA = (reporterName: string) =>
  ticketTokens({
    id: 'tA',
    description: '漏水',
    reporterName,
    home: { flat: '101' },
    location: { flat: null },
  });
const MEMBERS = [
  { name: '王居民A', relation: '户主' },
  { name: '居民A2', relation: '配偶' },
];

let env: RulesTestEnvironment;
const admin = () =>
  adminApp({ projectId: env.projectId, firestorePort: inject('firestorePort'), authPort: null });
const STATS = {
  created: 2,
  ratedAll: 1,
  ratingSumAll: 5,
  createdByBuilding: { b1: 1, b2: 1 },
  lastTicket: 'tB',
};

beforeAll(async () => {
  env = await makeEnv('removal');
  await seedWorld(env);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as ClientFirestore;
    const set = (path: string, data: Record<string, unknown>, merge = false) =>
      setDoc(doc(f, path), data, { merge });
    await set('tickets/tA', { photoCount: 1, voiceSeconds: 8, search: tA('王居民A') }, true);
    await set('users/rA', { displayName: '王居民A' }, true);
    await set('tickets/tA/voice/v1', {
      dataUrl: 'data:audio/webm;base64,AAAA',
      seconds: 8,
      authorId: 'rA',
      createdAt: T0,
    });
    await set(
      'households/hA',
      { members: MEMBERS, search: householdTokens({ flat: '101', members: MEMBERS }) },
      true,
    );
    await set('tickets/tA/timeline/rated', {
      type: 'rating',
      visibility: 'public',
      authorId: 'rA',
      authorRole: 'resident',
      authorName: '居民A',
      text: '修得很好',
      score: 5,
      createdAt: T0,
    });
    await set('publicTickets/tB', { buildingId: 'b2', open: true, followerCount: 1 });
    await set('publicTickets/tB/followers/rA', { uid: 'rA', householdId: 'hA', createdAt: T0 });
    await set('events/pub/signups/rA', { uid: 'rA', name: '居民A', status: 'confirmed', seq: 1, hours: 2 });
    await set('stats/2026-11', STATS);
    // what the messages keep: rA's and, beside them, another person's whose uid starts the same (rA2)
    const prefs = {
      sms: { myTickets: true, buildingNew: true, escalations: true, events: true },
      quiet: true,
      quietStart: 1260,
      quietEnd: 480,
      stopAll: false,
      updatedAt: T0,
    };
    await set('notifyPrefs/rA', prefs);
    await set('notifyPrefs/rA2', prefs);
    const device = (n: string) => ({
      endpoint: `https://fcm.googleapis.com/fcm/send/${n}`,
      p256dh: 'B'.repeat(87),
      auth: 'a'.repeat(22),
      label: 'Android · Chrome',
      createdAt: T0,
    });
    await set('pushSubscriptions/rA/devices/d0', device('a-phone'));
    await set('pushSubscriptions/rA/devices/d1', device('a-tablet'));
    await set('pushSubscriptions/rA2/devices/d0', device('a2-phone'));
    const record = (recipientId: string, channel: string) => ({
      recipientId,
      recipientKey: recipientId,
      householdId: 'hA',
      to: channel === 'sms' ? '+8613800000001' : null,
      channel,
      text: '【社区服务】您家12月3日反映的问题已受理，网格员正在处理。查看进度：https://x/tickets/tA',
      status: 'sent',
      createdAt: T0,
    });
    await set('notifications/t-tA-e1~rA~sms', record('rA', 'sms'));
    await set('notifications/t-tA-e1~rA~push', record('rA', 'push'));
    await set('notifications/t-tA-e1~rA2~sms', record('rA2', 'sms'));
    await set('smsDaily/rA~2026-12-03', { count: 2, updatedAt: T0 });
    await set('smsDaily/rA~2026-12-05', { count: 1, updatedAt: T0 });
    await set('smsDaily/rA2~2026-12-05', { count: 1, updatedAt: T0 });
    await set('smsMonthly/2026-12', { sent: 4, failed: 0, capped: 0 });
  });
});
afterAll(() => env.cleanup());

describe('removing a resident on request', () => {
  it('anonymises their tickets, words, follows and sign-ups, drops their profile and what the messages kept under their uid, keeps the statistics', async () => {
    const { app, db } = admin();
    try {
      const removed = await removeResident(db, 'rA');
      expect(removed).toEqual({
        tickets: 1,
        timelineEntries: 1,
        photos: 1,
        voiceMessages: 1,
        follows: 1,
        signups: 1,
        householdMembers: 1,
        notifyPrefs: 1,
        pushDevices: 2,
        notifications: 2,
        smsDays: 2,
      });
      expect((await db.doc('users/rA').get()).exists).toBe(false);
      const ticket = (await db.doc('tickets/tA').get()).data()!;
      expect(ticket).toMatchObject({ reporterId: REMOVED_ID, reporterName: REMOVED_NAME, photoCount: 0 });
      expect(ticket.status).toBe('accepted'); // the facts stay
      expect((await db.doc('tickets/tA/photos/p1').get()).exists).toBe(false);
      // their recorded voice goes (a voice is personal data), and the ticket says it has none
      expect((await db.doc('tickets/tA/voice/v1').get()).exists).toBe(false);
      expect(ticket.voiceSeconds).toBeNull();
      expect((await db.doc('tickets/tA/timeline/rated').get()).data()).toMatchObject({
        authorId: REMOVED_ID,
        authorName: REMOVED_NAME,
        text: '修得很好',
        score: 5,
      });
      expect((await db.doc('publicTickets/tB/followers/rA').get()).exists).toBe(false);
      expect((await db.doc('publicTickets/tB').get()).get('followerCount')).toBe(0);
      expect((await db.doc('events/pub/signups/rA').get()).data()).toMatchObject({
        name: REMOVED_NAME,
        status: 'confirmed',
        hours: 2,
      });
      expect((await db.doc('households/hA').get()).get('members')).toEqual([
        { name: '居民A2', relation: '配偶' },
      ]);
      // nor is anyone found by the name any more (search tokens worked out again without it)
      expect(ticket.search).toEqual(tA(REMOVED_NAME));
      expect(ticket.search).not.toContain('王居');
      const hSearch = (await db.doc('households/hA').get()).get('search') as string[];
      expect(hSearch).toEqual(householdTokens({ flat: '101', members: [{ name: '居民A2' }] }));
      expect(hSearch).not.toContain('王居');
      expect((await db.doc('stats/2026-11').get()).data()).toEqual(STATS);
      // what the messages kept under their uid goes: choices, phones, what was sent to them, daily counts
      expect((await db.doc('notifyPrefs/rA').get()).exists).toBe(false);
      expect((await db.collection('pushSubscriptions/rA/devices').get()).size).toBe(0);
      expect((await db.collection('notifications').where('recipientId', '==', 'rA').get()).size).toBe(0);
      const days = (await db.collection('smsDaily').get()).docs.map((d) => d.id);
      expect(days).toEqual(['rA2~2026-12-05']);
      // …another person's stay, and so do the month's totals (no person in them)
      expect((await db.doc('notifyPrefs/rA2').get()).exists).toBe(true);
      expect((await db.collection('pushSubscriptions/rA2/devices').get()).size).toBe(1);
      expect((await db.doc('notifications/t-tA-e1~rA2~sms').get()).exists).toBe(true);
      expect((await db.doc('smsMonthly/2026-12').get()).data()).toEqual({ sent: 4, failed: 0, capped: 0 });
      // what others added to other tickets is untouched
      expect((await db.doc('tickets/tB/photos/p1').get()).exists).toBe(true);
    } finally {
      await deleteApp(app);
    }
  });

  it('refuses to remove a staff account (staff are deactivated, their records stay attributable)', async () => {
    const { app, db } = admin();
    try {
      await expect(removeResident(db, 'wX')).rejects.toThrow(/staff/);
      expect((await db.doc('users/wX').get()).exists).toBe(true);
    } finally {
      await deleteApp(app);
    }
  });
});
