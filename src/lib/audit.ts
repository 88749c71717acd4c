/**
 * The audit log (操作记录): who changed what, when. Every change to the household register, the care data,
 * roles, the grid and the categories is written with an entry `auditLog/{id}` in the same batch, and the
 * changed record names it in `lastAuditId`; firestore.rules refuse the change without its entry, and the
 * entry without its change. This module builds both halves as plain data: the app commits them and the rules
 * tests and seeds commit the very same payloads.
 *
 * An entry says which fields changed, never their values: no ID or phone number is copied into the log (the
 * rules refuse a run of 7 digits in its label or note).
 */
import { auditNoteMax, nameMax } from './policy';

/**
 * What an audit entry is about, and what was done (`kind.verb`: the kind before the dot). firestore.rules
 * states them as one pattern (`auditShape()`, with each kind's collection): src/lib/audit.test.ts checks it.
 */
export const AUDIT_KINDS = ['household', 'care', 'staff', 'building', 'category'] as const;
export const AUDIT_ACTIONS = [
  'household.add',
  'household.edit',
  'household.archive',
  'household.restore',
  'care.edit',
  'staff.role',
  'staff.activate',
  'staff.deactivate',
  'building.add',
  'building.edit',
  'building.assign',
  'category.add',
  'category.edit',
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The staff member making the change, as their profile names them (the rules compare both). */
export interface Actor {
  id: string;
  name: string;
}

export interface AuditSdk {
  serverTimestamp(): unknown;
}

export interface AuditInput {
  action: AuditAction;
  targetId: string;
  /** How a person knows the target: an address, a name, "3栋", a category's name. */
  targetLabel: string;
  /** The building the target belongs to (households, care records, a building itself); else null. */
  buildingId: string | null;
  /** Names of the fields the change makes (not their values). */
  fields: readonly string[];
  /** A short note: an archive's reason, a new role. Never an ID or phone number. */
  note?: string;
}

const COLLECTION: Record<AuditKind, string> = {
  household: 'households',
  care: 'householdPrivate',
  staff: 'users',
  building: 'buildings',
  category: 'config',
};

/** The kind an action is about: the part before the dot. */
export function kindOf(action: AuditAction): AuditKind {
  return action.split('.')[0] as AuditKind;
}

/** The target's path as the entry records it (`config/categories` for every category). */
export function targetPath(kind: AuditKind, targetId: string) {
  return kind === 'category' ? 'config/categories' : `${COLLECTION[kind]}/${targetId}`;
}

/** Any run of 7 or more digits shown as dots: what the rules would refuse, never stored. */
function withoutNumbers(text: string) {
  return text.replace(/[0-9]{7,}/g, (m) => '•'.repeat(m.length));
}

/**
 * A new entry's id: the target and the phone's clock, plus a few random letters (two changes of the same
 * target in the same millisecond stay two entries). The rules do not parse it: the target names it.
 */
export function newAuditId(kind: AuditKind, targetId: string, now = Date.now()) {
  const random = Math.random().toString(36).slice(2, 6);
  return `${kind}-${targetId}-${now.toString(36)}${random}`.replace(/[/]/g, '_');
}

/** The entry (and its id) for a change `actor` is making now. */
export function auditEntry(sdk: AuditSdk, actor: Actor, input: AuditInput, id?: string) {
  const kind = kindOf(input.action);
  const entryId = id ?? newAuditId(kind, input.targetId);
  return {
    id: entryId,
    data: {
      at: sdk.serverTimestamp(),
      actorId: actor.id,
      actorName: actor.name,
      kind,
      action: input.action,
      target: targetPath(kind, input.targetId),
      targetId: input.targetId,
      targetLabel:
        withoutNumbers(input.targetLabel.trim()).slice(0, nameMax) || input.targetId.slice(0, nameMax),
      buildingId: input.buildingId,
      fields: [...new Set(input.fields)],
      note: withoutNumbers((input.note ?? '').trim()).slice(0, auditNoteMax),
    },
  };
}

/** The fields of `after` that differ from `before` (compared as JSON), of those named. */
export function changedFields(before: object, after: object, keys: readonly string[]): string[] {
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  return keys.filter((k) => k in now && JSON.stringify(was[k]) !== JSON.stringify(now[k]));
}
