/**
 * The worker queue's real queries (src/features/tickets/api/queue.ts) against the emulator, as the worker
 * (so the rules must allow them): order, page size, cursors, filters, counts.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import * as fs from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  QUEUE_PAGE_SIZE,
  queueCountQueries,
  queuePageQuery,
  type QueueFilters,
} from '../../src/features/tickets/api/queue';
import { db, makeEnv, seedWorld } from '../rules/support';

let env: RulesTestEnvironment;
const NOW = new Date('2026-11-22T12:00:00Z');
const HOUR = 3_600_000;
const STATUSES = ['submitted', 'accepted', 'in_progress', 'reopened'] as const;
interface Seeded {
  id: string;
  dueAt: number;
  status: string;
  categoryId: string;
  buildingId: string;
  assigneeId: string;
  open: boolean;
}
const seeded: Seeded[] = [];

beforeAll(async () => {
  env = await makeEnv('queue');
  await seedWorld(env);
  // 45 open tickets for worker X (buildings b1 and b2-owned-by-Y mixed), due from 20 h ago to 24 h ahead,
  // plus closed ones and other workers' tickets that must never appear.
  for (let i = 0; i < 60; i++) {
    const t: Seeded = {
      id: `q${String(i).padStart(3, '0')}`,
      dueAt: NOW.getTime() + (i * 7 - 150) * 0.1 * HOUR,
      status: STATUSES[i % 4]!,
      categoryId: i % 3 === 0 ? 'water' : 'lift',
      buildingId: i % 5 === 0 ? 'b3' : 'b1',
      assigneeId: i < 50 ? 'wX' : 'wY',
      open: i % 10 !== 9,
    };
    seeded.push(t);
  }
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as fs.Firestore;
    const batch = fs.writeBatch(f);
    batch.delete(fs.doc(f, 'tickets/tA')); // the world's own tickets are not part of this queue's data
    batch.delete(fs.doc(f, 'tickets/tB'));
    for (const t of seeded) {
      batch.set(fs.doc(f, 'tickets', t.id), {
        householdId: 'hA',
        buildingId: t.buildingId,
        assigneeId: t.assigneeId,
        status: t.open ? t.status : 'closed',
        open: t.open,
        categoryId: t.categoryId,
        dueAt: t.open ? fs.Timestamp.fromMillis(t.dueAt) : null,
        description: t.id,
      });
    }
    await batch.commit();
  });
});
afterAll(() => env.cleanup());

const sdk = fs as unknown as Parameters<typeof queuePageQuery>[0];

function expected(f: QueueFilters, uid = 'wX') {
  return seeded
    .filter((t) => t.open)
    .filter((t) => f.scope !== 'mine' || t.assigneeId === uid)
    .filter((t) => !f.status || t.status === f.status)
    .filter((t) => !f.categoryId || t.categoryId === f.categoryId)
    .filter((t) => !f.buildingId || t.buildingId === f.buildingId)
    .filter((t) => !f.overdue || t.dueAt < NOW.getTime())
    .sort((a, b) => a.dueAt - b.dueAt)
    .map((t) => t.id);
}

async function allPages(f: QueueFilters) {
  const f0 = db(env, 'workerX');
  const pages: string[][] = [];
  let cursor: fs.QueryDocumentSnapshot | null = null;
  for (;;) {
    const snap: fs.QuerySnapshot = await fs.getDocs(queuePageQuery(sdk, f0, 'wX', f, NOW, cursor));
    expect(snap.docs.length).toBeLessThanOrEqual(QUEUE_PAGE_SIZE + 1);
    const page = snap.docs.slice(0, QUEUE_PAGE_SIZE);
    pages.push(page.map((d) => d.id));
    if (snap.docs.length <= QUEUE_PAGE_SIZE) return pages;
    cursor = page[page.length - 1]!;
  }
}

describe('worker queue', () => {
  it('pages of 20, most urgent deadline first, reading at most 21 documents a page', async () => {
    const pages = await allPages({ scope: 'mine' });
    const want = expected({ scope: 'mine' });
    expect(want.length).toBe(45);
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(want);
  });

  it.each<QueueFilters>([
    { scope: 'mine', status: 'accepted' },
    { scope: 'mine', categoryId: 'water' },
    { scope: 'mine', buildingId: 'b3' },
    { scope: 'mine', overdue: true },
    { scope: 'mine', overdue: true, buildingId: 'b1' },
    { scope: 'mine', status: 'submitted', categoryId: 'lift', buildingId: 'b1' },
  ])('filters %o', async (f) => {
    const pages = await allPages(f);
    expect(pages.flat()).toEqual(expected(f));
    expect(pages.flat().length).toBeGreaterThan(0);
  });

  it('counts per status and overdue come from aggregation queries and match the documents', async () => {
    const f0 = db(env, 'workerX');
    const queries = queueCountQueries(sdk, f0, 'wX', { scope: 'mine', buildingId: 'b1' }, NOW);
    const counts: Record<string, number> = {};
    for (const [k, q] of Object.entries(queries)) counts[k] = (await fs.getCountFromServer(q)).data().count;
    expect(counts.all).toBe(expected({ scope: 'mine', buildingId: 'b1' }).length);
    for (const s of STATUSES)
      expect(counts[s]).toBe(expected({ scope: 'mine', buildingId: 'b1', status: s }).length);
    expect(counts.overdue).toBe(expected({ scope: 'mine', buildingId: 'b1', overdue: true }).length);
  });

  it('another worker’s queue is refused, and the head may see everything', async () => {
    const y = db(env, 'workerY');
    await expect(fs.getDocs(queuePageQuery(sdk, y, 'wX', { scope: 'mine' }, NOW, null))).rejects.toThrow();
    const head = db(env, 'head');
    const snap = await fs.getDocs(
      queuePageQuery(sdk, head, 'head', { scope: 'all', overdue: true }, NOW, null),
    );
    expect(snap.docs.map((d) => d.id)).toEqual(
      seeded
        .filter((t) => t.open && t.dueAt < NOW.getTime())
        .sort((a, b) => a.dueAt - b.dueAt)
        .slice(0, QUEUE_PAGE_SIZE + 1)
        .map((t) => t.id),
    );
  });

  it('the head’s queue of one worker’s tickets (a dashboard row’s link) holds exactly theirs, and counts them', async () => {
    const head = db(env, 'head');
    const f: QueueFilters = { scope: 'all', assigneeId: 'wY' };
    const want = seeded
      .filter((t) => t.open && t.assigneeId === 'wY')
      .sort((a, b) => a.dueAt - b.dueAt)
      .map((t) => t.id);
    const snap = await fs.getDocs(queuePageQuery(sdk, head, 'head', f, NOW, null));
    expect(want.length).toBe(9);
    expect(snap.docs.map((d) => d.id)).toEqual(want);
    const queries = queueCountQueries(sdk, head, 'head', { scope: 'all', assigneeId: 'wY' }, NOW);
    expect((await fs.getCountFromServer(queries.all)).data().count).toBe(
      seeded.filter((t) => t.open && t.assigneeId === 'wY').length,
    );
  });
});
