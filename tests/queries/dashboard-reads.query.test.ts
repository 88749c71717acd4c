/**
 * The dashboard's read of the tickets behind a warning (src/features/dashboard/api/reads.ts) against the
 * emulator, as the head: the tickets come through the one ticket converter (src/lib/converters/tickets.ts),
 * so they are the same shape every other reader gets — dates as Dates, statuses from the known set, numbers
 * as numbers — newest first, never more than the cap.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import * as fs from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadWarningTickets,
  WARNING_TICKETS_LIMIT,
  type DashboardSdk,
} from '../../src/features/dashboard/api/reads';
import { db, makeEnv, seedWorld } from '../rules/support';

let env: RulesTestEnvironment;
const NOW = Date.parse('2026-11-22T12:00:00Z');
const HOUR = 3_600_000;

beforeAll(async () => {
  env = await makeEnv('dashboard-reads');
  await seedWorld(env);
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as fs.Firestore;
    const batch = fs.writeBatch(f);
    // 25 water reports in b1 over the last days (more than the cap), two reopened; one in another category,
    // one in another building, one older than the window; one with a status nobody writes.
    for (let i = 0; i < 25; i++) {
      batch.set(fs.doc(f, 'tickets', `w${String(i).padStart(2, '0')}`), {
        buildingId: 'b1',
        buildingNumber: 1,
        categoryId: 'water',
        householdId: `h${i}`,
        description: `漏水 ${i}`,
        status: i === 3 ? 'lost' : 'submitted',
        createdAt: fs.Timestamp.fromMillis(NOW - (i + 1) * 5 * HOUR),
        reopenCount: i === 7 ? 2 : i === 8 ? 1 : 0,
      });
    }
    batch.set(fs.doc(f, 'tickets', 'lift'), {
      buildingId: 'b1',
      categoryId: 'lift',
      createdAt: fs.Timestamp.fromMillis(NOW - HOUR),
      reopenCount: 0,
    });
    batch.set(fs.doc(f, 'tickets', 'elsewhere'), {
      buildingId: 'b2',
      categoryId: 'water',
      createdAt: fs.Timestamp.fromMillis(NOW - HOUR),
      reopenCount: 4,
    });
    batch.set(fs.doc(f, 'tickets', 'old'), {
      buildingId: 'b1',
      categoryId: 'water',
      createdAt: fs.Timestamp.fromMillis(NOW - 30 * 24 * HOUR),
      reopenCount: 0,
    });
    await batch.commit();
  });
});
afterAll(() => env.cleanup());

const sdk = fs as unknown as DashboardSdk;

describe('the tickets behind a warning', () => {
  it("a cluster: the building's reports in the category in the window, newest first, capped, parsed", async () => {
    const tickets = await loadWarningTickets(
      sdk,
      db(env, 'head'),
      { kind: 'cluster', buildingId: 'b1', categoryId: 'water' },
      NOW,
    );
    expect(tickets).toHaveLength(WARNING_TICKETS_LIMIT);
    expect(tickets.map((t) => t.id)).toEqual(
      Array.from({ length: WARNING_TICKETS_LIMIT }, (_, i) => `w${String(i).padStart(2, '0')}`),
    );
    expect(tickets[0]).toMatchObject({
      buildingId: 'b1',
      buildingNumber: 1,
      categoryId: 'water',
      householdId: 'h0',
      description: '漏水 0',
      status: 'submitted',
      reopenCount: 0,
      createdAt: new Date(NOW - 5 * HOUR),
    });
    // A status outside the known set reads as every reader reads it.
    expect(tickets[3]!.status).toBe('submitted');
  });

  it("reopenings: the building's reopened tickets, most reopened first", async () => {
    const tickets = await loadWarningTickets(
      sdk,
      db(env, 'head'),
      { kind: 'reopens', buildingId: 'b1', categoryId: null },
      NOW,
    );
    expect(tickets.map((t) => [t.id, t.reopenCount])).toEqual([
      ['w07', 2],
      ['w08', 1],
    ]);
    expect(tickets[0]!.createdAt).toBeInstanceOf(Date);
  });
});
