// @vitest-environment node
/**
 * The one converter per collection that several features read (users, tickets, visits): a well-formed
 * document gives every field typed; a malformed or old one gives safe defaults, never a raw value.
 */
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { ticketConverter } from './tickets';
import { userConverter } from './users';
import { visitConverter } from './visits';

const at = (iso: string) => ({ toDate: () => new Date(iso) });
const read = <T>(c: { fromFirestore: (s: QueryDocumentSnapshot) => T }, id: string, data: object) =>
  c.fromFirestore({ id, data: () => data } as unknown as QueryDocumentSnapshot);

describe('users', () => {
  it('a profile as stored', () => {
    // every field comes through as it is stored; the time as a Date
    const fields = {
      displayName: '王秀英',
      role: 'worker',
      active: true,
      phone: '+8613800000001',
      email: null,
      householdId: 'h-1-1-101',
      buildingId: 'b1',
      linkStatus: 'confirmed',
      link: { buildingId: 'b1', entrance: 1, flat: '101' },
      linkReason: null,
      volunteer: true,
      locale: 'en',
    };
    expect(read(userConverter, 'u1', { ...fields, createdAt: at('2026-01-02T03:04:05Z') })).toEqual({
      id: 'u1',
      ...fields,
      createdAt: new Date('2026-01-02T03:04:05Z'),
    });
  });

  it('anything else: a resident with nothing', () => {
    expect(
      read(userConverter, 'u2', { displayName: 7, role: 'admin', active: 'yes', phone: 138, link: 'b1' }),
    ).toEqual({
      id: 'u2',
      displayName: '',
      role: 'resident',
      active: false,
      phone: null,
      email: null,
      householdId: null,
      buildingId: null,
      linkStatus: 'none',
      link: null,
      linkReason: null,
      volunteer: false,
      locale: 'zh-CN',
      createdAt: null,
    });
  });
});

describe('tickets', () => {
  it('a ticket as stored', () => {
    const t = read(ticketConverter, 't1', {
      categoryId: 'water',
      description: '漏水',
      location: { kind: 'common', area: 'stairwell' },
      buildingId: 'b1',
      buildingNumber: 1,
      home: { buildingNumber: 1, entrance: 2, flat: '401' },
      householdId: 'h1',
      urgency: 'urgent',
      status: 'in_progress',
      open: true,
      assigneeId: 'w1',
      assigneeName: '黄网格',
      createdAt: at('2026-01-01T00:00:00Z'),
      dueAt: at('2026-01-02T00:00:00Z'),
      rating: { score: 5, comment: '好' },
      reopenCount: 1,
      closeReason: 'auto',
    });
    expect(t).toMatchObject({
      id: 't1',
      location: { kind: 'common', area: 'stairwell' },
      home: { buildingNumber: 1, entrance: 2, flat: '401' },
      urgency: 'urgent',
      status: 'in_progress',
      open: true,
      assigneeName: '黄网格',
      createdAt: new Date('2026-01-01T00:00:00Z'),
      dueAt: new Date('2026-01-02T00:00:00Z'),
      acceptedAt: null,
      rating: { score: 5, comment: '好' },
      reopenCount: 1,
      closeReason: 'auto',
      pending: false,
    });
  });

  it('anything else: defaults, never a raw value', () => {
    expect(read(ticketConverter, 't2', { status: 'lost', urgency: 'very', reopenCount: '3' })).toMatchObject({
      status: 'submitted',
      urgency: 'normal',
      reopenCount: 0,
      location: { kind: 'flat', area: null },
      createdAt: new Date(0),
      dueAt: null,
      rating: null,
      closeReason: null,
    });
  });
});

describe('visits', () => {
  it('a visit as stored, and defaults', () => {
    expect(
      read(visitConverter, 'v1', {
        householdId: 'h1',
        buildingId: 'b1',
        workerId: 'w1',
        workerName: '黄网格',
        visitedAt: at('2026-03-01T08:00:00Z'),
        metWith: '本人',
        findings: '身体还好',
        followUp: true,
        ticketId: null,
      }),
    ).toMatchObject({ visitedAt: new Date('2026-03-01T08:00:00Z'), followUp: true, ticketId: null });
    expect(read(visitConverter, 'v2', { followUp: 'yes' })).toMatchObject({
      visitedAt: new Date(0),
      followUp: false,
      metWith: '',
    });
  });
});
