/**
 * Rules-test harness: a fresh project per test file, a small seeded world (seeded with rules disabled), and
 * one Firestore client per principal.
 */
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import type { Firestore, WriteBatch } from 'firebase/firestore';
import { doc, serverTimestamp, setDoc, setLogLevel, Timestamp } from 'firebase/firestore';
import { auditEntry, type AuditInput } from '../../src/lib/audit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject } from 'vitest';
import { directoryDoc } from '../../src/features/buildings/directory';
import { profile, T0 } from './fixtures';

export { assertFails, assertSucceeds };

// Denied requests are the point of these tests; keep the SDK from logging each one (FIRESTORE_LOG=warn or
// =debug shows its log when a test needs looking into).
setLogLevel((process.env.FIRESTORE_LOG as Parameters<typeof setLogLevel>[0] | undefined) ?? 'silent');

export async function makeEnv(name: string): Promise<RulesTestEnvironment> {
  return initializeTestEnvironment({
    projectId: `demo-rules-${name}`,
    firestore: {
      host: '127.0.0.1',
      port: inject('firestorePort'),
      rules: readFileSync(resolve(import.meta.dirname, '../../firestore.rules'), 'utf8'),
    },
  });
}

/** Everyone the rules distinguish. Tokens carry phone/email like real sign-ins. */
export const P = {
  head: { uid: 'head', token: { email: 'head@x.test' } },
  workerX: { uid: 'wX', token: { email: 'wx@x.test' } },
  workerY: { uid: 'wY', token: { email: 'wy@x.test' } },
  workerOff: { uid: 'wOff', token: { email: 'off@x.test' } },
  residentA: { uid: 'rA', token: { phone_number: '+8613800000001' } },
  residentA2: { uid: 'rA2', token: { phone_number: '+8613800000002' } },
  residentB: { uid: 'rB', token: { phone_number: '+8613800000003' } },
  pending: { uid: 'rP', token: { phone_number: '+8613800000004' } },
  volunteer: { uid: 'rV', token: { phone_number: '+8613800000005' } },
  noProfile: { uid: 'ghost', token: { phone_number: '+8613800000009' } },
} as const;
export type Principal = keyof typeof P | 'anonymous';

export function db(env: RulesTestEnvironment, who: Principal): Firestore {
  if (who === 'anonymous') return env.unauthenticatedContext().firestore() as unknown as Firestore;
  const p = P[who];
  return env.authenticatedContext(p.uid, p.token).firestore() as unknown as Firestore;
}

export { profile, T0 };

/**
 * The world: building b1 (worker X), b2 (worker Y), b3 (unowned); households hA (b1, A and A2),
 * hB (b2, B), hV (b2, volunteer), hP (b1 2-601, where the pending resident asked to be linked); tickets
 * tA (hA, owned by X) and tB (hB, owned by Y), each with a public and an internal timeline entry.
 */
export async function seedWorld(env: RulesTestEnvironment) {
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as Firestore;
    const set = (path: string, data: Record<string, unknown>) => setDoc(doc(f, path), data);
    await set('users/head', profile({ displayName: '主任', role: 'head', email: 'head@x.test' }));
    await set('users/wX', profile({ displayName: '网格X', role: 'worker', email: 'wx@x.test' }));
    await set('users/wY', profile({ displayName: '网格Y', role: 'worker', email: 'wy@x.test' }));
    await set(
      'users/wOff',
      profile({ displayName: '停用', role: 'worker', active: false, email: 'off@x.test' }),
    );
    const link = (buildingId: string, entrance: number, flat: string) => ({ buildingId, entrance, flat });
    await set(
      'users/rA',
      profile({
        displayName: '居民A',
        phone: '+8613800000001',
        householdId: 'hA',
        buildingId: 'b1',
        linkStatus: 'confirmed',
        link: link('b1', 1, '101'),
      }),
    );
    await set(
      'users/rA2',
      profile({
        displayName: '居民A2',
        phone: '+8613800000002',
        householdId: 'hA',
        buildingId: 'b1',
        linkStatus: 'confirmed',
        link: link('b1', 1, '101'),
      }),
    );
    await set(
      'users/rB',
      profile({
        displayName: '居民B',
        phone: '+8613800000003',
        householdId: 'hB',
        buildingId: 'b2',
        linkStatus: 'confirmed',
        link: link('b2', 1, '201'),
      }),
    );
    await set(
      'users/rP',
      profile({
        displayName: '待核对',
        phone: '+8613800000004',
        linkStatus: 'pending',
        link: link('b1', 2, '601'),
      }),
    );
    await set(
      'users/rV',
      profile({
        displayName: '志愿者',
        phone: '+8613800000005',
        householdId: 'hV',
        buildingId: 'b2',
        linkStatus: 'confirmed',
        link: link('b2', 2, '302'),
        volunteer: true,
      }),
    );
    const building = (number: number, workerId: string | null, workerName: string | null) => ({
      number,
      entrances: 2,
      floors: 6,
      commonAreas: ['stairwell', 'lift'],
      workerId,
      workerName,
      householdCount: 2,
      updatedAt: T0,
    });
    const buildings = {
      b1: building(1, 'wX', '网格X'),
      b2: building(2, 'wY', '网格Y'),
      b3: building(3, null, null),
    };
    for (const [id, b] of Object.entries(buildings)) await set(`buildings/${id}`, b);
    await set(
      'config/buildings',
      directoryDoc(
        Object.entries(buildings).map(([id, b]) => ({ id, ...b })),
        T0,
      ),
    );
    const household = (buildingId: string, entrance: number, flat: string) => ({
      buildingId,
      entrance,
      flat,
      interestGroup: 'tuixiu',
      members: [{ name: '户主', relation: '户主' }],
      createdAt: T0,
      updatedAt: T0,
    });
    const priv = (buildingId: string) => ({
      buildingId,
      careTags: ['elderlyAlone'],
      phones: [{ name: '户主', phone: '+8613800000000' }],
      idNumbers: [{ name: '户主', idNumber: '430602194001011234' }],
      notes: '',
      visitIntervalDays: 30,
      lastVisitId: 'v0',
      lastVisitAt: T0,
      nextVisitDue: Timestamp.fromMillis(T0.toMillis() + 30 * 86_400_000),
      updatedAt: T0,
    });
    for (const [id, b, e, flat] of [
      ['hA', 'b1', 1, '101'],
      ['hB', 'b2', 1, '201'],
      ['hV', 'b2', 2, '302'],
      ['hP', 'b1', 2, '601'],
    ] as const) {
      await set(`households/${id}`, household(b, e, flat));
      await set(`householdPrivate/${id}`, priv(b));
    }
    await set('config/community', {
      name: '社区',
      officePhone: '0730-1',
      officeHours: '工作日',
      officeHoursEn: 'Working days',
      updatedAt: T0,
    });
    await set('config/categories', {
      items: {
        water: {
          parent: null,
          zh: '水',
          en: 'Water',
          order: 1,
          responseHours: 4,
          resolutionHours: 48,
          canned: [],
          active: true,
          shared: true,
        },
        // a person's own matter: no public "me too" mirror
        pension: {
          parent: null,
          zh: '养老金',
          en: 'Pension',
          order: 2,
          responseHours: 24,
          resolutionHours: 240,
          canned: [],
          active: true,
          shared: false,
          // asked about, not somewhere: a report asks no place
          noLocation: true,
        },
      },
      lastCategory: null,
      updatedAt: T0,
      updatedBy: 'head',
    });
    const ticket = (
      householdId: string,
      buildingId: string,
      assigneeId: string | null,
      reporterId: string,
    ) => ({
      categoryId: 'water',
      description: '漏水',
      location: { kind: 'flat', area: null },
      buildingId,
      buildingNumber: Number(buildingId.slice(1)),
      home: {
        buildingNumber: Number(buildingId.slice(1)),
        entrance: 1,
        flat: householdId === 'hA' ? '101' : '201',
      },
      householdId,
      urgency: 'normal',
      status: 'accepted',
      open: true,
      reporterId,
      reporterName: '居民',
      viaProxy: false,
      assigneeId,
      assigneeName: assigneeId,
      clientCreatedAt: T0,
      createdAt: T0,
      updatedAt: T0,
      responseDueAt: T0,
      resolutionDueAt: T0,
      dueAt: T0,
      acceptedAt: T0,
      resolvedAt: null,
      closedAt: null,
      photoCount: 0,
      rating: null,
      reopenCount: 0,
      rejectReason: null,
      closeReason: null,
      lastEventId: 'pub',
    });
    await set('tickets/tA', ticket('hA', 'b1', 'wX', 'rA'));
    await set('tickets/tB', ticket('hB', 'b2', 'wY', 'rB'));
    for (const t of ['tA', 'tB']) {
      const entry = (visibility: string, type: string) => ({
        type,
        visibility,
        authorId: 'wX',
        authorRole: 'worker',
        authorName: '网格',
        text: type,
        toName: null,
        score: null,
        createdAt: T0,
      });
      await set(`tickets/${t}/timeline/pub`, entry('public', 'reply'));
      await set(`tickets/${t}/timeline/int`, entry('internal', 'note'));
      await set(`tickets/${t}/photos/p1`, {
        dataUrl: 'data:image/jpeg;base64,AAAA',
        width: 1,
        height: 1,
        authorId: 'rA',
        createdAt: T0,
      });
    }
    const notice = (status: string) => ({
      title: '通知',
      body: '内容',
      status,
      pinned: false,
      audience: ['all'],
      publishedAt: T0,
      createdBy: 'head',
      updatedAt: T0,
    });
    await set('notices/pub', notice('published'));
    await set('notices/draft', notice('draft'));
    const event = (status: string) => ({
      title: '活动',
      status,
      startAt: T0,
      endAt: T0,
      signupDeadline: T0,
      capacity: 10,
      confirmed: 0,
      waitlist: [],
      seq: 0,
      roles: {},
    });
    await set('events/pub', event('published'));
    await set('events/draft', event('draft'));
  });
}

/** The staff the audit entries name (as the seeded profiles do). */
export const STAFF_ACTORS = {
  head: { id: 'head', name: '主任' },
  workerX: { id: 'wX', name: '网格X' },
  workerY: { id: 'wY', name: '网格Y' },
  workerOff: { id: 'wOff', name: '停用' },
} as const;

/**
 * Adds to `batch` the audit entry an audited write needs (built as the app builds it) and returns its id, for
 * the target's `lastAuditId`.
 */
export function addAudit(f: Firestore, batch: WriteBatch, who: Principal, input: AuditInput) {
  const actor = STAFF_ACTORS[who as keyof typeof STAFF_ACTORS] ?? {
    id: who === 'anonymous' ? 'nobody' : P[who].uid,
    name: '测试',
  };
  const entry = auditEntry({ serverTimestamp }, actor, input);
  batch.set(doc(f, 'auditLog', entry.id), entry.data);
  return entry.id;
}
