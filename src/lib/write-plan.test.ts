// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeValue, planBatch, type PlanFs } from './plan-commit';
import { newDocId, planSdk, type WritePlan } from './write-plan';
import type { Firestore } from 'firebase/firestore';

/** A Firestore stand-in: sentinels as tagged strings, a batch that records its calls. */
function fakeFs() {
  const calls: unknown[][] = [];
  class FieldPath {
    constructor(...segments: string[]) {
      this.segments = segments;
    }
    segments: string[];
  }
  const fs = {
    doc: (_db: unknown, path: string) => `ref:${path}`,
    writeBatch: () => ({
      set: (...a: unknown[]) => calls.push(['set', ...a]),
      update: (...a: unknown[]) => calls.push(['update', ...a]),
      delete: (...a: unknown[]) => calls.push(['delete', ...a]),
      commit: () => Promise.resolve(),
    }),
    serverTimestamp: () => 'SERVER_TIME',
    increment: (n: number) => `INCREMENT(${n})`,
    FieldPath,
  };
  return { fs: fs as unknown as PlanFs, calls, FieldPath };
}

describe('a write plan', () => {
  it('is plain data: server time and increments as markers, dates as Dates, through structuredClone', () => {
    const at = new Date('2026-12-05T08:00:00Z');
    const plan: WritePlan = [
      {
        op: 'set',
        path: 'stats/2026-12',
        data: {
          createdAll: planSdk.increment(1),
          by: { b1: planSdk.increment(-1) },
          at: planSdk.fromDate(at),
        },
        merge: true,
      },
      {
        op: 'update',
        path: 'users/u1',
        data: { updatedAt: planSdk.serverTimestamp(), list: ['a', 1, null] },
      },
      { op: 'update', path: 'config/buildings', data: {}, fields: [[['items', 'b-1', 'workerId'], 'w1']] },
      { op: 'delete', path: 'invites/+8613800000000' },
    ];
    const copy = structuredClone(plan);
    expect(copy).toEqual(plan);
    expect(copy[0]).toMatchObject({ data: { createdAll: { $increment: 1 }, at } });
    expect((copy[0] as unknown as { data: { at: unknown } }).data.at).toBeInstanceOf(Date);
    expect(planSdk.fromMillis(at.getTime())).toEqual(at);
  });

  it('is decoded into the SDK’s sentinels; Dates and anything not plain pass as they are', () => {
    const { fs } = fakeFs();
    const at = new Date(0);
    class Stamp {}
    const stamp = new Stamp();
    expect(
      decodeValue(fs, {
        a: { $server: 'timestamp' },
        b: [{ $increment: 2 }, { c: { $increment: -1 } }],
        at,
        stamp,
        // a map that merely has such a key among others is data
        d: { $server: 'timestamp', other: 1 },
      }),
    ).toEqual({
      a: 'SERVER_TIME',
      b: ['INCREMENT(2)', { c: 'INCREMENT(-1)' }],
      at,
      stamp,
      d: { $server: 'timestamp', other: 1 },
    });
    expect((decodeValue(fs, { stamp }) as { stamp: unknown }).stamp).toBe(stamp);
  });

  it('runs as one batch: set, set with merge, update (with field paths), delete, in order', () => {
    const { fs, calls, FieldPath } = fakeFs();
    planBatch(fs, {} as Firestore, [
      { op: 'set', path: 'a/1', data: { x: 1 } },
      { op: 'set', path: 'a/2', data: { n: { $increment: 1 } }, merge: true },
      { op: 'update', path: 'a/3', data: { 'items.k': true } },
      {
        op: 'update',
        path: 'a/4',
        data: { updatedAt: { $server: 'timestamp' } },
        fields: [[['items', 'b.1', 'workerId'], 'w1']],
      },
      { op: 'delete', path: 'a/5' },
    ]);
    expect(calls).toEqual([
      ['set', 'ref:a/1', { x: 1 }],
      ['set', 'ref:a/2', { n: 'INCREMENT(1)' }, { merge: true }],
      ['update', 'ref:a/3', { 'items.k': true }],
      ['update', 'ref:a/4', new FieldPath('items', 'b.1', 'workerId'), 'w1', 'updatedAt', 'SERVER_TIME'],
      ['delete', 'ref:a/5'],
    ]);
  });

  it('names new documents as Firestore does: 20 letters and digits, made on the phone', () => {
    const ids = new Set(Array.from({ length: 200 }, newDocId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{20}$/);
  });
});
