/**
 * The demo seed is data the rules accept: written as `npm start` and the browser tests write it
 * (scripts/seed/demo.ts + write.ts, Admin SDK), then every seeded ticket someone can move now is moved
 * by that person through the app's own batches (src/features/tickets/api/commit.ts, built by writes.ts)
 * with firestore.rules on: each open ticket by its assigned worker (the head for building 7's unowned
 * ones), each resolved ticket by its household's resident when it has an account, or else by its worker
 * recording a phone callback (电话回访); and the demo's duplicate merged into the ticket it repeats. A seed
 * the rules would refuse (a missing public mirror, a field of the wrong shape) fails here, not in front of a
 * user.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import * as fs from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { demoCommunity, type DemoCommunity } from '../../scripts/seed/demo';
import { writeCommunity } from '../../scripts/seed/write';
import { ticketConverter } from '../../src/lib/converters/tickets';
import { commitChange, commitMerge, type CommitSdk } from '../../src/features/tickets/api/commit';
import type { Change } from '../../src/features/tickets/api/writes';
import { nextActions, type TicketAction, type Viewer } from '../../src/features/tickets/policy';
import { makeEnv } from '../rules/support';

let env: RulesTestEnvironment;
const NOW = new Date();
let demo: DemoCommunity;
const sdk = fs as unknown as CommitSdk;

beforeAll(async () => {
  env = await makeEnv('seed-moves');
  demo = demoCommunity(NOW);
  await writeCommunity(
    { projectId: env.projectId, firestorePort: inject('firestorePort'), authPort: null },
    demo,
    NOW,
  );
}, 120_000);
afterAll(() => env.cleanup());

/** The next status change in the order a person works through a ticket, with the words it needs. */
const CHANGES: Partial<Record<TicketAction, Change>> = {
  accept: { kind: 'accept', reply: '收到，马上处理。' },
  start: { kind: 'start' },
  resolve: { kind: 'resolve', reply: '已处理好。' },
  confirm: { kind: 'confirm', score: 5, comment: '' },
  callback: { kind: 'callback', score: 5, comment: '电话回访：居民说修好了。' },
};

function viewerFor(uid: string): Viewer {
  const u = demo.users.find((x) => x.uid === uid)!;
  return { uid, name: u.displayName, role: u.role, householdId: u.householdId };
}

function client(uid: string) {
  const u = demo.users.find((x) => x.uid === uid)!;
  const token = u.email ? { email: u.email, email_verified: true } : { phone_number: u.phone! };
  return env.authenticatedContext(uid, token).firestore() as unknown as fs.Firestore;
}

describe('every seeded ticket that can move now moves, as the person who would move it', () => {
  it('the seed has open tickets of every open status, owned and unowned', () => {
    const open = demo.tickets.filter((t) => t.open);
    expect(new Set(open.map((t) => t.status))).toEqual(
      new Set(['submitted', 'accepted', 'in_progress', 'reopened']),
    );
    expect(open.some((t) => t.assigneeId === null)).toBe(true);
  });

  it('the demo’s duplicate (t0051, 王秀英’s) is merged by 黄网格 into the ticket it repeats (t0050)', async () => {
    const f = client('u-w1');
    const read = async (id: string) =>
      (await fs.getDoc(fs.doc(f, 'tickets', id).withConverter(ticketConverter))).data()!;
    const duplicate = await read('t0051');
    expect(nextActions(duplicate, viewerFor('u-w1'), true, Date.now())).toContain('merge');
    await commitMerge(sdk, f, viewerFor('u-w1'), duplicate, 't0050', '同一扇窗户，一起处理。');
    expect((await read('t0051')).status).toBe('merged');
    expect((await read('t0050')).mergedFrom).toEqual(['t0051']);
  });

  it('each one: its next change is offered by the app and accepted by the rules', async () => {
    const head = demo.users.find((u) => u.role === 'head')!.uid;
    // Resolved ones too: answered by the household where it has an account, else by a phone callback.
    const movable = demo.tickets.filter((t) => (t.open || t.status === 'resolved') && t.id !== 't0051');
    expect(movable.some((t) => t.status === 'resolved' && t.viaProxy)).toBe(true);
    const refused: string[] = [];
    for (const seeded of movable) {
      const who = seeded.open || seeded.viaProxy ? (seeded.assigneeId ?? head) : seeded.reporterId;
      const f = client(who);
      // The ticket as the app reads it (the one converter), by the person about to act on it.
      const snap = await fs.getDoc(fs.doc(f, 'tickets', seeded.id).withConverter(ticketConverter));
      const ticket = snap.data()!;
      const viewer = viewerFor(who);
      const owns = demo.buildings.find((b) => b.id === ticket.buildingId)?.workerId === who;
      const action = nextActions(ticket, viewer, owns, Date.now()).find((a) => a in CHANGES);
      if (!action) {
        refused.push(`${seeded.id} (${seeded.status}): no change offered to ${who}`);
        continue;
      }
      try {
        await commitChange(sdk, f, viewer, ticket, CHANGES[action]!);
        const after = await fs.getDoc(fs.doc(f, 'tickets', seeded.id).withConverter(ticketConverter));
        expect(after.data()!.status).not.toBe(seeded.status);
      } catch (e) {
        refused.push(`${seeded.id} (${seeded.status}) ${action} by ${who}: ${String(e)}`);
      }
    }
    expect(refused).toEqual([]);
    expect(movable.length).toBeGreaterThan(20);
  }, 120_000);
});
