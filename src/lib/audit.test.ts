// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { auditEntry, changedFields, kindOf, targetPath } from './audit';

const sdk = { serverTimestamp: () => 'NOW' };
const actor = { id: 'u-w1', name: '黄网格' };

describe('an audit entry', () => {
  it('says who, what and which fields — stamped with the server’s time', () => {
    const e = auditEntry(sdk, actor, {
      action: 'household.archive',
      targetId: 'h-1-1-102',
      targetLabel: '1-1-102',
      buildingId: 'b1',
      fields: ['archived', 'archivedReason', 'archived'],
      note: ' 已搬走 ',
    });
    expect(e.id).toMatch(/^household-h-1-1-102-/);
    expect(e.data).toEqual({
      at: 'NOW',
      actorId: 'u-w1',
      actorName: '黄网格',
      kind: 'household',
      action: 'household.archive',
      target: 'households/h-1-1-102',
      targetId: 'h-1-1-102',
      targetLabel: '1-1-102',
      buildingId: 'b1',
      fields: ['archived', 'archivedReason'],
      note: '已搬走',
    });
  });
  it('never copies an ID or phone number: a run of 7 digits is hidden', () => {
    const e = auditEntry(sdk, actor, {
      action: 'staff.role',
      targetId: 'u-r1',
      targetLabel: '王 13900000077',
      buildingId: null,
      fields: ['role'],
      note: '身份证 11010519491231002X',
    });
    expect(JSON.stringify(e.data)).not.toMatch(/[0-9]{7}/);
    expect(e.data.note).toBe('身份证 •••••••••••••••••X');
  });
  it('knows its kind and its target’s path (every category: config/categories)', () => {
    expect(kindOf('care.edit')).toBe('care');
    expect(targetPath('care', 'h1')).toBe('householdPrivate/h1');
    expect(targetPath('staff', 'u1')).toBe('users/u1');
    expect(targetPath('category', 'water')).toBe('config/categories');
  });
  it('names the fields that differ, of those asked about', () => {
    expect(changedFields({ a: [1], b: 'x', c: 1 }, { a: [1], b: 'y', d: 2 }, ['a', 'b', 'c', 'd'])).toEqual([
      'b',
      'd',
    ]);
  });
});

describe('firestore.rules know the same kinds and actions', () => {
  it('its one pattern takes every action under its kind and collection, and nothing else', async () => {
    const { default: rules } = await import('../../firestore.rules?raw');
    const { AUDIT_ACTIONS } = await import('./audit');
    const pattern = /function auditShape\(\) \{\s*return '([^']+)';/.exec(rules)![1]!;
    const shape = new RegExp(pattern);
    for (const action of AUDIT_ACTIONS) {
      const kind = kindOf(action);
      expect(shape.test(`${kind} ${action} ${targetPath(kind, 'x').split('/')[0]}`), action).toBe(true);
    }
    expect(shape.test('household care.edit households')).toBe(false);
    expect(shape.test('care care.edit households')).toBe(false);
    expect(shape.test('staff staff.delete users')).toBe(false);
    // the pattern's actions are exactly the policy's
    const listed = [...pattern.matchAll(/(\w+) \1\[\.\]\(?([\w|]+)\)?/g)].flatMap((m) =>
      m[2]!.split('|').map((verb) => `${m[1]}.${verb}`),
    );
    expect(listed.sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});
