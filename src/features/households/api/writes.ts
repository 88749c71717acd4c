/**
 * What saving a household's care record writes, as plain data: the app commits it (./mutations.ts) and the
 * rules tests commit the very same payload. The visit schedule is not typed in — firestore.rules derives it
 * the same way: the interval from the care tags, the next visit that long after the last one or, never
 * visited, from when the household was first tagged (kept as it was, the server's time the first time).
 */
import { careIntervalDays, DAY_MS } from '../../../lib/policy'; // relative: the rules tests run this under tsx
import { auditEntry, changedFields, type Actor, type AuditSdk } from '../../../lib/audit';
import { capTokens, householdTokens, phoneTokens } from '../../../lib/search';
import { formatPhone } from '../../../lib/phone';
import type { Household, HouseholdPrivate, InterestGroup, Member } from '../types';

export interface CareWriteSdk {
  serverTimestamp(): unknown;
  fromMillis(ms: number): unknown;
}

/**
 * What a care record is found by (`search`): its phone numbers (digits as dialled at home, prefixes and the
 * last four). Staff only, as the numbers are: the record is never readable by residents.
 */
export function careTokens(phones: HouseholdPrivate['phones']) {
  return capTokens(...phones.map((p) => phoneTokens(formatPhone(p.phone))));
}

/**
 * A household's private record as it is first written, when the register takes a flat in: no care tags,
 * nothing noted, never visited; the phone numbers given (in the stored form, E.164).
 */
export function newCareRecord(
  buildingId: string,
  phones: HouseholdPrivate['phones'],
): Omit<HouseholdPrivate, 'id'> & { search: string[] } {
  return {
    buildingId,
    careTags: [],
    phones,
    idNumbers: [],
    notes: '',
    visitIntervalDays: null,
    lastVisitId: null,
    lastVisitAt: null,
    nextVisitDue: null,
    search: careTokens(phones),
  };
}

export type CareInput = Pick<HouseholdPrivate, 'careTags' | 'phones' | 'idNumbers' | 'notes'>;

export function careWrite(
  sdk: CareWriteSdk,
  current: Pick<HouseholdPrivate, 'lastVisitId' | 'lastVisitAt' | 'nextVisitDue'>,
  input: CareInput,
) {
  const interval = careIntervalDays(input.careTags);
  const nextVisitDue =
    interval === null
      ? null
      : current.lastVisitAt
        ? sdk.fromMillis(current.lastVisitAt.getTime() + interval * DAY_MS)
        : current.nextVisitDue
          ? undefined // due since the household was first tagged: left as it is
          : sdk.serverTimestamp();
  return {
    careTags: input.careTags,
    phones: input.phones,
    idNumbers: input.idNumbers,
    notes: input.notes.trim(),
    search: careTokens(input.phones),
    visitIntervalDays: interval,
    lastVisitId: current.lastVisitId,
    ...(nextVisitDue === undefined ? {} : { nextVisitDue }),
    updatedAt: sdk.serverTimestamp(),
  };
}

// ---- the register's changes, each with its audit entry (src/lib/audit.ts; firestore.rules refuse one
// without the other)

export interface RegisterSdk extends CareWriteSdk, AuditSdk {}

/** How the audit log knows a household: building-entrance-flat, e.g. `3-2-401` (shown as 3栋2单元401). */
export function householdLabel(buildingNumber: number, entrance: number, flat: string) {
  return `${buildingNumber}-${entrance}-${flat}`;
}

export interface NewHousehold {
  id: string;
  buildingId: string;
  buildingNumber: number;
  entrance: number;
  flat: string;
  interestGroup: InterestGroup;
  members: Member[];
  /** Contact phones, stored form (E.164). */
  phones: HouseholdPrivate['phones'];
}

/** A household taken onto the register: the household, its private record and the entry, in one batch. */
export function newHouseholdWrites(sdk: RegisterSdk, actor: Actor, h: NewHousehold) {
  const audit = auditEntry(sdk, actor, {
    action: 'household.add',
    targetId: h.id,
    targetLabel: householdLabel(h.buildingNumber, h.entrance, h.flat),
    buildingId: h.buildingId,
    fields: ['members', 'interestGroup', ...(h.phones.length ? ['phones'] : [])],
  });
  return {
    household: {
      buildingId: h.buildingId,
      entrance: h.entrance,
      flat: h.flat,
      interestGroup: h.interestGroup,
      members: h.members,
      search: householdTokens(h),
      archived: false,
      archivedReason: null,
      archivedAt: null,
      createdAt: sdk.serverTimestamp(),
      updatedAt: sdk.serverTimestamp(),
      lastAuditId: audit.id,
    },
    private: {
      ...newCareRecord(h.buildingId, h.phones),
      updatedAt: sdk.serverTimestamp(),
      lastAuditId: audit.id,
    },
    audit,
  };
}

type Where = Pick<Household, 'id' | 'buildingId' | 'entrance' | 'flat'> & { buildingNumber: number };

/** Members and interest group changed: the update and its entry (naming the fields that changed). */
export function householdEditWrites(
  sdk: RegisterSdk,
  actor: Actor,
  current: Where & Pick<Household, 'interestGroup' | 'members'>,
  patch: { interestGroup: InterestGroup; members: Member[] },
) {
  const audit = auditEntry(sdk, actor, {
    action: 'household.edit',
    targetId: current.id,
    targetLabel: householdLabel(current.buildingNumber, current.entrance, current.flat),
    buildingId: current.buildingId,
    fields: changedFields(current, patch, ['interestGroup', 'members']),
  });
  return {
    update: {
      ...patch,
      search: householdTokens({ flat: current.flat, members: patch.members }),
      updatedAt: sdk.serverTimestamp(),
      lastAuditId: audit.id,
    },
    audit,
  };
}

/**
 * The household leaves the register (moved away, the flat sold): archived with the reason, never deleted —
 * its visits, tickets and entries keep naming it. `reason: null` takes it back onto the register.
 */
export function archiveWrites(sdk: RegisterSdk, actor: Actor, current: Where, reason: string | null) {
  const archiving = reason !== null;
  const audit = auditEntry(sdk, actor, {
    action: archiving ? 'household.archive' : 'household.restore',
    targetId: current.id,
    targetLabel: householdLabel(current.buildingNumber, current.entrance, current.flat),
    buildingId: current.buildingId,
    fields: ['archived', 'archivedReason', 'archivedAt'],
    note: reason ?? '',
  });
  return {
    update: {
      archived: archiving,
      archivedReason: archiving ? reason.trim() : null,
      archivedAt: archiving ? sdk.serverTimestamp() : null,
      updatedAt: sdk.serverTimestamp(),
      lastAuditId: audit.id,
    },
    audit,
  };
}

/**
 * The care record edited: what careWrite derives, and the entry naming the fields typed in that changed
 * (care tags, phones, ID numbers, notes — never their values).
 */
export function careEditWrites(
  sdk: RegisterSdk,
  actor: Actor,
  where: Where,
  current: Pick<
    HouseholdPrivate,
    'careTags' | 'phones' | 'idNumbers' | 'notes' | 'lastVisitId' | 'lastVisitAt' | 'nextVisitDue'
  >,
  input: CareInput,
) {
  const update = careWrite(sdk, current, input);
  const audit = auditEntry(sdk, actor, {
    action: 'care.edit',
    targetId: where.id,
    targetLabel: householdLabel(where.buildingNumber, where.entrance, where.flat),
    buildingId: where.buildingId,
    fields: changedFields(current, update, ['careTags', 'phones', 'idNumbers', 'notes']),
  });
  return { update: { ...update, lastAuditId: audit.id }, audit };
}

/**
 * The care record's save as the app commits it: one audited write, or two when both the phones and the ID
 * numbers change — the ID numbers first, then the rest. The rules check every phone and ID number written
 * entry by entry, and a request may evaluate only 1,000 expressions: a full record (6 phones, 12 ID numbers,
 * all new) with its audit entry does not fit in one, each list with its entry does.
 */
export function careEditSteps(
  sdk: RegisterSdk,
  actor: Actor,
  where: Where,
  current: Pick<
    HouseholdPrivate,
    'careTags' | 'phones' | 'idNumbers' | 'notes' | 'lastVisitId' | 'lastVisitAt' | 'nextVisitDue'
  >,
  input: CareInput,
) {
  const both =
    JSON.stringify(current.phones) !== JSON.stringify(input.phones) &&
    JSON.stringify(current.idNumbers) !== JSON.stringify(input.idNumbers);
  if (!both) return [careEditWrites(sdk, actor, where, current, input)];
  const ids = { ...current, idNumbers: input.idNumbers };
  return [
    careEditWrites(sdk, actor, where, current, {
      careTags: current.careTags,
      phones: current.phones,
      idNumbers: input.idNumbers,
      notes: current.notes,
    }),
    careEditWrites(sdk, actor, where, ids, input),
  ];
}
