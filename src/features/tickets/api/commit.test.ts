// @vitest-environment node
import type { Firestore } from 'firebase/firestore';
import { describe, expect, it, vi } from 'vitest';
import { commitChange, commitNewTicket, commitRemark, type CommitSdk } from './commit';
import type { NewTicketInput, TicketState } from './writes';

/**
 * A Firestore stand-in whose commits fail with `commitError` and whose server holds the paths in
 * `onServer`; `looked` lists what was read back from the server.
 */
function fakeSdk(
  commitError: { code: string } | null,
  onServer: Set<string>,
  serverData: Record<string, Record<string, unknown>> = {},
  failures = Infinity,
) {
  let n = 0;
  let failed = 0;
  const looked: string[] = [];
  const ref = (segments: string[]) => {
    const path = segments.length % 2 === 1 ? [...segments, `auto${++n}`] : segments;
    return { id: path.at(-1)!, path: path.join('/'), firestore: {} };
  };
  const commit = vi.fn(() =>
    commitError && failed++ < failures ? Promise.reject(commitError) : Promise.resolve(),
  );
  const sdk = {
    doc: (parent: unknown, ...segments: string[]) =>
      ref(
        parent && typeof parent === 'object' && 'path' in parent
          ? (parent as { path: string }).path.split('/')
          : segments,
      ),
    collection: (_db: unknown, ...segments: string[]) => ({ path: segments.join('/') }),
    writeBatch: () => ({ set: vi.fn(), update: vi.fn(), commit }),
    setDoc: commit,
    runTransaction: (_db: unknown, fn: (tx: unknown) => Promise<unknown>) =>
      fn({
        get: (r: { path: string }) => {
          looked.push(r.path);
          return Promise.resolve({ exists: () => onServer.has(r.path), data: () => serverData[r.path] });
        },
      }),
    serverTimestamp: () => 'now',
    Timestamp: { fromDate: (d: Date) => d },
    increment: (x: number) => x,
  };
  return { sdk: sdk as unknown as CommitSdk, looked, commit };
}

const db = {} as Firestore;
const actor = { uid: 'r1', name: '王秀英', role: 'resident' } as const;
const input: NewTicketInput = {
  id: 't1',
  category: { id: 'water', responseHours: 4, resolutionHours: 48, shared: true },
  description: '厨房水管漏水',
  area: null,
  building: { id: 'b1', number: 1, workerId: 'w1', workerName: '黄网格' },
  household: { id: 'h1', buildingId: 'b1', buildingNumber: 1, entrance: 1, flat: '101' },
  urgency: 'normal',
  photoCount: 0,
  writtenAt: new Date('2026-11-23T08:00:00Z'),
};

describe('committing ticket writes', () => {
  it('a refused resend of a report that had already arrived counts as sent', async () => {
    const f = fakeSdk({ code: 'permission-denied' }, new Set(['tickets/t1']));
    await expect(commitNewTicket(f.sdk, db, actor, input, [])).resolves.toBeUndefined();
    expect(f.looked).toEqual(['tickets/t1']);
  });

  it('a refusal of a report that is not on the server stays a refusal', async () => {
    const f = fakeSdk({ code: 'permission-denied' }, new Set());
    await expect(commitNewTicket(f.sdk, db, actor, input, [])).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });

  it('other failures are not second-guessed', async () => {
    const f = fakeSdk({ code: 'unavailable' }, new Set(['tickets/t1']));
    await expect(commitNewTicket(f.sdk, db, actor, input, [])).rejects.toMatchObject({ code: 'unavailable' });
    expect(f.looked).toEqual([]);
  });

  it('a remark checks its own new entry', async () => {
    const refused = fakeSdk({ code: 'permission-denied' }, new Set());
    await expect(commitRemark(refused.sdk, db, actor, 't1', 'comment', '还在漏')).rejects.toBeTruthy();
    const path = refused.looked[0]!;
    expect(path).toMatch(/^tickets\/t1\/timeline\/auto\d+$/);
    const arrived = fakeSdk({ code: 'permission-denied' }, new Set([path]));
    await expect(commitRemark(arrived.sdk, db, actor, 't1', 'comment', '还在漏')).resolves.toBe(
      path.split('/').at(-1),
    );
  });

  describe('a counted change that waited on the phone', () => {
    const worker = { uid: 'w1', name: '黄网格', role: 'worker' } as const;
    const ticket: TicketState & { photoCount: number } = {
      id: 't1',
      status: 'submitted',
      responseDueAt: new Date('2026-11-30T20:00:00Z'),
      resolutionDueAt: new Date('2026-12-02T16:00:00Z'),
      acceptedAt: null,
      reopenCount: 0,
      photoCount: 0,
      createdAt: new Date('2026-11-30T15:30:00Z'),
      buildingId: 'b1',
      categoryId: 'water',
      assigneeId: 'w1',
      shared: true,
    };
    const asItWas = { 'tickets/t1': { status: 'submitted', assigneeId: 'w1', photoCount: 0 } };

    it('is made again as of now when the ticket is still as it was', async () => {
      const f = fakeSdk({ code: 'permission-denied' }, new Set(), asItWas, 1);
      await expect(commitChange(f.sdk, db, worker, ticket, { kind: 'accept' })).resolves.toMatch(/^auto/);
      expect(f.commit).toHaveBeenCalledTimes(2);
    });

    it('stays refused when someone else changed the ticket meanwhile', async () => {
      const moved = { 'tickets/t1': { status: 'accepted', assigneeId: 'w1', photoCount: 0 } };
      const f = fakeSdk({ code: 'permission-denied' }, new Set(), moved, 1);
      await expect(commitChange(f.sdk, db, worker, ticket, { kind: 'accept' })).rejects.toMatchObject({
        code: 'permission-denied',
      });
      expect(f.commit).toHaveBeenCalledTimes(1);
    });

    it('is made again once only, and an uncounted change not at all', async () => {
      const always = fakeSdk({ code: 'permission-denied' }, new Set(), asItWas);
      await expect(commitChange(always.sdk, db, worker, ticket, { kind: 'accept' })).rejects.toBeTruthy();
      expect(always.commit).toHaveBeenCalledTimes(2);
      const started = { ...ticket, status: 'accepted' as const, acceptedAt: new Date() };
      const uncounted = fakeSdk({ code: 'permission-denied' }, new Set(), asItWas, 1);
      await expect(commitChange(uncounted.sdk, db, worker, started, { kind: 'start' })).rejects.toBeTruthy();
      expect(uncounted.commit).toHaveBeenCalledTimes(1);
    });
  });
});
