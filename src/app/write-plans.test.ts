// @vitest-environment node
/**
 * Every write the app makes is a plan of plain data (src/lib/write-plan.ts) handed to `commitPlan`, so that
 * it can later be posted to a worker that runs Firestore: here each feature's mutations are called with
 * the backend's `commitPlan` caught at the door, and what they hand over must survive `structuredClone` unchanged and hold
 * nothing but plain data — and still be the writes the rules expect.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WritePlan } from '@/lib/commit-plan';

const door = vi.hoisted(() => ({ plans: [] as unknown[] }));
vi.mock('@/lib/backend', () => ({
  getBackend: () =>
    Promise.resolve({
      commitPlan: (plan: unknown) => {
        door.plans.push(plan);
        return Promise.resolve();
      },
      // Only the invitation's join reads before it writes: every building is free.
      db: {},
      doc: (_db: unknown, ...path: string[]) => path.join('/'),
      getDocFromServer: () => Promise.resolve({ exists: () => true, data: () => ({ workerId: null }) }),
    }),
}));

import { joinAsWorker } from '@/features/account/api/join';
import { createProfile, updateOwnProfile } from '@/features/account/api/save-profile';
import { assignBuilding } from '@/features/buildings/api/mutations';
import { confirmHours, createEvent, deleteEvent } from '@/features/events/api/mutations';
import { addHousehold, confirmLink } from '@/features/households/api/mutations';
import { addSession, openCase, recordOutcome } from '@/features/mediation/api/mutations';
import { saveNotice } from '@/features/notices/api/mutations';
import { addPushDevice, saveNotifyPrefs } from '@/features/notify/api/mutations';
import { DEFAULT_NOTIFY_PREFS } from '@/features/notify/types';
import { invite, setRole } from '@/features/staff/api/mutations';
import { changePlan, newTicketPlan } from '@/features/tickets/api/commit';
import { followTicket, transferTickets, unfollowTicket } from '@/features/tickets/api/mutations';
import { ticket } from '@/testing/fixtures';
import { changeWrites, newTicketWrites, photoWrite } from '@/features/tickets/api/writes';
import { logVisit } from '@/features/visits/api/log-visit';
import { planSdk } from '@/lib/commit-plan';

/** Where a value is not plain data (a class instance, a function, a sentinel object): its path; else null. */
function notPlain(v: unknown, at = ''): string | null {
  if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) return null;
  if (v instanceof Date) return null;
  if (Array.isArray(v)) return v.map((x, i) => notPlain(x, `${at}[${i}]`)).find(Boolean) ?? null;
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return (
      Object.entries(v)
        .map(([k, x]) => notPlain(x, `${at}.${k}`))
        .find(Boolean) ?? null
    );
  }
  return at || '(top)';
}

function expectPlain(plan: unknown) {
  expect(notPlain(plan)).toBeNull();
  expect(structuredClone(plan)).toEqual(plan);
  for (const op of plan as WritePlan) expect(op.path.split('/').length % 2).toBe(0); // a document's path
}

const head = { id: 'head', name: '主任' };
const at = new Date('2026-12-05T08:00:00Z');
const SERVER = { $server: 'timestamp' };

beforeEach(() => {
  door.plans = [];
});

describe('every mutation hands the door one plain plan', () => {
  it('the account: a new profile, an own setting, taking up an invitation (with field paths)', async () => {
    await createProfile({ uid: 'u1', phone: '+8613800000000', email: null } as never, {
      displayName: ' 王秀英 ',
      link: null,
      locale: 'zh-CN',
    });
    await updateOwnProfile('u1', { volunteer: true });
    await joinAsWorker(
      { uid: 'w9', phone: '+8613900000000', email: null } as never,
      { key: '+8613900000000', name: '新网格', buildingIds: ['b1'] },
      'zh-CN',
      'config/buildings',
    );
    door.plans.forEach(expectPlain);
    expect(door.plans[0]).toEqual([
      expect.objectContaining({
        op: 'set',
        path: 'users/u1',
        data: expect.objectContaining({ displayName: '王秀英', createdAt: SERVER, updatedAt: SERVER }),
      }),
    ]);
    expect(door.plans[2]).toContainEqual({ op: 'delete', path: 'invites/+8613900000000' });
    expect(door.plans[2]).toContainEqual(
      expect.objectContaining({
        path: 'config/buildings',
        fields: expect.arrayContaining([[['items', 'b1', 'workerId'], 'w9']]),
      }),
    );
  });

  it('staff screens: a building given, an event, the register, mediation, a notice, roles, a visit', async () => {
    await assignBuilding(head, { id: 'b1', number: 1 }, { id: 'wX', name: '网格X' });
    const eventId = await createEvent('head', {
      title: '包饺子',
      description: '',
      place: '活动室',
      coverDataUrl: null,
      startAt: at,
      endAt: new Date(at.getTime() + 3_600_000),
      signupDeadline: at,
      capacity: 10,
      roles: [],
      status: 'draft',
    } as never);
    await confirmHours(eventId, 'v1', 2, 'head');
    await deleteEvent(eventId);
    await confirmLink(
      head,
      { id: 'r1', displayName: '王秀英', entrance: 1, flat: '101', phone: null } as never,
      { id: 'b1', number: 1 },
      false,
    );
    await addHousehold(head, {
      id: 'h-1-1-102',
      buildingId: 'b1',
      buildingNumber: 1,
      entrance: 1,
      flat: '102',
      interestGroup: 'jumin',
      members: [{ name: '李', relation: '户主' }],
      phones: [],
    } as never);
    const caseId = await openCase('head', {
      title: '噪音',
      summary: '楼上',
      buildingId: 'b1',
      parties: [{ name: '甲', uid: null }],
      mediator: head,
      ticketId: null,
    });
    await addSession(caseId, { uid: 'head', name: '主任' }, at, '各退一步');
    await recordOutcome(caseId, 'agreed' as never, at);
    await saveNotice(
      null,
      'head',
      { title: '停水', body: '周一', audience: [], pinned: false },
      'published',
      false,
    );
    await setRole(head, { id: 'u1', name: '王' }, 'worker');
    await invite('head', 'a@b.cn', '新人', ['b1']);
    await logVisit(
      { uid: 'wX', name: '网格X' },
      {
        householdId: 'h-1-1-101',
        buildingId: 'b1',
        visitedAt: at,
        metWith: '本人',
        findings: '好',
        followUp: false,
        intervalDays: 30,
        lastVisitAt: null,
      },
    );
    expect(door.plans).toHaveLength(13);
    door.plans.forEach(expectPlain);
    expect(eventId).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(door.plans[1]).toEqual([
      expect.objectContaining({
        op: 'set',
        path: `events/${eventId}`,
        data: expect.objectContaining({ startAt: at }),
      }),
    ]);
    expect(door.plans[3]).toEqual([{ op: 'delete', path: `events/${eventId}` }]);
    expect((door.plans[4] as WritePlan).map((o) => o.path)).toEqual([
      'households/h-1-1-101',
      'householdPrivate/h-1-1-101',
      expect.stringMatching(/^auditLog\//),
      'users/r1',
    ]);
    expect(door.plans[8]).toEqual([
      expect.objectContaining({
        path: `mediationCases/${caseId}`,
        data: expect.objectContaining({ followUpAt: at }),
      }),
    ]);
  });

  it('residents: message choices, a phone taking a slot, "me too" and its undoing', async () => {
    await saveNotifyPrefs('u1', DEFAULT_NOTIFY_PREFS);
    await addPushDevice(
      'u1',
      'd1',
      true,
      { endpoint: 'https://push', keys: { p256dh: 'k', auth: 'a' } },
      '手机',
    );
    await followTicket('u1', 'h1', 't1');
    await unfollowTicket('u1', 't1');
    door.plans.forEach(expectPlain);
    expect(door.plans[1]).toEqual([{ op: 'delete', path: 'pushSubscriptions/u1/devices/d1' }]);
    expect(door.plans[3]).toEqual([
      { op: 'update', path: 'publicTickets/t1', data: { followerCount: { $increment: 1 } } },
      {
        op: 'set',
        path: 'publicTickets/t1/followers/u1',
        data: { uid: 'u1', householdId: 'h1', createdAt: SERVER },
      },
    ]);
    expect(door.plans[4]).toEqual([
      { op: 'update', path: 'publicTickets/t1', data: { followerCount: { $increment: -1 } } },
      { op: 'delete', path: 'publicTickets/t1/followers/u1' },
    ]);
  });

  it('the desk: ticked tickets handed to a colleague, five to a plan, the closed and the colleague’s own left', async () => {
    const worker = { uid: 'w1', name: '黄网格', role: 'worker' } as const;
    const open = Array.from({ length: 6 }, (_, i) =>
      ticket({ id: `t${i}`, status: 'accepted', open: true, assigneeId: 'w1', assigneeName: '黄网格' }),
    );
    const left = [
      ticket({ id: 'tc', status: 'closed', open: false, assigneeId: 'w1' }),
      ticket({ id: 'th', status: 'accepted', open: true, assigneeId: 'w2', assigneeName: '何网格' }),
    ];
    expect(await transferTickets(worker, [...open, ...left], { id: 'w2', name: '何网格' }, '请协助')).toBe(6);
    door.plans.forEach(expectPlain);
    expect((door.plans as WritePlan[]).map((p) => p.length)).toEqual([10, 2]);
    const paths = (door.plans as WritePlan[]).flat().map((o) => o.path);
    expect(paths.filter((p) => p.split('/').length === 2)).toEqual(open.map((t) => `tickets/${t.id}`));
    expect((door.plans as WritePlan[])[0]![0]).toEqual(
      expect.objectContaining({
        data: expect.objectContaining({ assigneeId: 'w2', assigneeName: '何网格' }),
      }),
    );
  });

  it('a report with a photo, and a change of its ticket', () => {
    const actor = { uid: 'r1', name: '王秀英', role: 'resident' } as const;
    const w = newTicketWrites(planSdk, actor, {
      id: 't1',
      category: { id: 'water', responseHours: 4, resolutionHours: 48, shared: true },
      description: '漏水',
      area: null,
      building: { id: 'b1', number: 1, workerId: 'wX', workerName: '网格X' },
      household: { id: 'h1', buildingId: 'b1', buildingNumber: 1, entrance: 1, flat: '101' },
      urgency: 'normal',
      photoCount: 1,
      writtenAt: at,
    });
    const report = newTicketPlan('t1', w, [
      photoWrite(planSdk, actor, { dataUrl: 'data:', width: 1, height: 1 }),
    ]);
    expectPlain(report);
    expect(report.map((o) => o.path)).toContain('tickets/t1/photos/p1');
    const worker = { uid: 'wX', name: '网格X', role: 'worker' } as const;
    const ticket = {
      id: 't1',
      status: 'submitted',
      responseDueAt: new Date(at.getTime() + 4 * 3_600_000),
      resolutionDueAt: new Date(at.getTime() + 48 * 3_600_000),
      acceptedAt: null,
      reopenCount: 0,
      photoCount: 1,
      createdAt: at,
      buildingId: 'b1',
      categoryId: 'water',
      assigneeId: 'wX',
      shared: true,
    } as const;
    const change = changePlan('t1', changeWrites(planSdk, worker, ticket, { kind: 'accept' }), 'e1');
    expectPlain(change);
    expect(change.map((o) => `${o.op} ${o.path}`)).toEqual([
      'update tickets/t1',
      'set tickets/t1/timeline/e1',
      'update publicTickets/t1',
      expect.stringMatching(/^set stats\//),
    ]);
  });
});
