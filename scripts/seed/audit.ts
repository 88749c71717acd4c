/**
 * A few changes the demo's staff made, written through the app's own builders (each change and its audit
 * entry, as the app's batches write them), so the head's 操作记录 has something to show and the demo has an
 * archived household: the head deactivated 马网格 and gave 1栋 to 黄网格; 黄网格 updated an elderly
 * household's care notes and took a household that moved away off the register.
 */
import { assignWrites } from '../../src/features/buildings/api/writes';
import { archiveWrites, careEditWrites } from '../../src/features/households/api/writes';
import { activeWrites } from '../../src/features/staff/api/writes';
import type { DemoCommunity } from './demo';
import { STAFF } from './demo';

export interface SeedChange {
  /** Documents as merged (`set(…, {merge: true})`), the audit entry among them. */
  writes: [path: string, data: Record<string, unknown>][];
}

const HOUR = 3_600_000;

export function demoChanges(c: DemoCommunity, now: Date): SeedChange[] {
  const at = (hoursAgo: number) => {
    const t = new Date(now.getTime() - hoursAgo * HOUR);
    return { serverTimestamp: () => t, fromMillis: (ms: number) => new Date(ms) };
  };
  const head = { id: STAFF.head.uid, name: STAFF.head.name };
  const w1 = { id: STAFF.w1.uid, name: STAFF.w1.name };
  const changes: SeedChange[] = [];
  const entry = (audit: { id: string; data: Record<string, unknown> }): [string, Record<string, unknown>] => [
    `auditLog/${audit.id}`,
    audit.data,
  ];

  // The head deactivated the worker who left (the seed's 马网格 is already inactive).
  const off = activeWrites(at(24 * 6), head, { id: STAFF.w4.uid, name: STAFF.w4.name }, false);
  changes.push({ writes: [[`users/${STAFF.w4.uid}`, off.update], entry(off.audit)] });

  // … and gave building 1 to 黄网格 (who has it in the seed).
  const b1 = c.buildings.find((b) => b.number === 1)!;
  const given = assignWrites(at(24 * 6 - 1), head, { id: b1.id, number: b1.number }, w1);
  changes.push({ writes: [[`buildings/${b1.id}`, given.building], entry(given.audit)] });

  // 黄网格 noted how an elderly resident of building 1 is doing.
  const linked = new Set(c.users.map((u) => u.householdId).filter(Boolean));
  const withTickets = new Set(c.tickets.map((t) => t.householdId));
  const cared = c.households.find(
    (h) => h.buildingId === b1.id && h.private.careTags.includes('elderlyAlone') && !linked.has(h.id),
  );
  if (cared) {
    const where = { ...cared, buildingNumber: b1.number };
    const edit = careEditWrites(at(30), w1, where, cared.private, {
      careTags: cared.private.careTags,
      phones: cared.private.phones,
      idNumbers: cared.private.idNumbers,
      notes: '子女在外地，每周电话联系一次。腿脚不便，已联系志愿者每周上门帮忙买菜。',
    });
    changes.push({ writes: [[`householdPrivate/${cared.id}`, edit.update], entry(edit.audit)] });
  }

  // … and took a household that moved away off the register (kept, with the reason).
  const b2 = c.buildings.find((b) => b.number === 2)!;
  const moved = c.households.find(
    (h) =>
      h.buildingId === b2.id &&
      !linked.has(h.id) &&
      !withTickets.has(h.id) &&
      h.private.careTags.length === 0,
  );
  if (moved) {
    const archived = archiveWrites(
      at(5),
      w1,
      { ...moved, buildingNumber: b2.number },
      '全家已搬到外地居住，房屋空置',
    );
    changes.push({ writes: [[`households/${moved.id}`, archived.update], entry(archived.audit)] });
  }
  return changes;
}
