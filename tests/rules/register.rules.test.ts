/**
 * The grid and the household register: buildings, households, householdPrivate, config. Sensitive household
 * data is readable only by the building's worker and the head — never residents, not even the household.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  limit,
  collection,
  deleteDoc,
  deleteField,
  doc,
  FieldPath,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  careEditSteps,
  careEditWrites,
  careWrite,
  householdEditWrites,
  newHouseholdWrites,
  type CareInput,
} from '../../src/features/households/api/writes';
import { categoryItem, changedCategories } from '../../src/features/tickets/api/category-items';
import type { Category, Question } from '../../src/features/tickets/types';
import type { CareTag } from '../../src/features/households/types';
import { householdTokens } from '../../src/lib/search';
import { visitWrites, type VisitInput } from '../../src/features/visits/api/writes';
import {
  cannedMax,
  DAY_MS as DAY,
  deadlineHoursMax,
  householdNotesMax,
  idNumbersMax,
  nameMax,
  officeHoursMax,
  archiveReasonMax,
  phonesMax,
  timelineTextMax,
  choicesMax,
  choiceTextMax,
  questionsMax,
  questionTextMax,
  searchTokenMax,
  searchTokensMax,
} from '../../src/lib/policy';
import {
  addAudit,
  assertFails,
  assertSucceeds,
  db,
  makeEnv,
  seedWorld,
  STAFF_ACTORS,
  T0,
  type Principal,
} from './support';
import type { AuditInput } from '../../src/lib/audit';

const sdk = { serverTimestamp, fromMillis: (ms: number) => Timestamp.fromMillis(ms) };

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('register');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

/**
 * An audited write as the app commits it: the target(s) naming the audit entry written in the same batch
 * (tests/rules/audit.rules.test.ts proves each refused without it). The building directory is the one target
 * that names no entry (it follows its building).
 */
function audited(
  who: Principal,
  writes: ['set' | 'update', string, Record<string, unknown>][],
  input: AuditInput,
) {
  const f = db(env, who);
  const batch = writeBatch(f);
  const lastAuditId = addAudit(f, batch, who, input);
  for (const [op, path, data] of writes) {
    const d = path === 'config/buildings' ? data : { ...data, lastAuditId };
    if (op === 'set') batch.set(doc(f, path), d);
    else batch.update(doc(f, path), d);
  }
  return batch.commit();
}
const BUILDING_FIELDS = [
  'number',
  'entrances',
  'floors',
  'commonAreas',
  'workerId',
  'workerName',
  'householdCount',
];
const buildingEntry = (id: string, number: number): AuditInput => ({
  action: 'building.edit',
  targetId: id,
  targetLabel: String(number),
  buildingId: id,
  fields: BUILDING_FIELDS,
});
const householdEntry = (
  id: string,
  action: AuditInput['action'] = 'household.edit',
  buildingId = 'b1',
): AuditInput => ({
  action,
  targetId: id,
  targetLabel: '1-1-101',
  buildingId,
  fields: ['interestGroup', 'members', 'archived', 'archivedReason', 'archivedAt'],
});
const careEntry: AuditInput = {
  action: 'care.edit',
  targetId: 'hA',
  targetLabel: '1-1-101',
  buildingId: 'b1',
  fields: ['careTags', 'phones', 'idNumbers', 'notes'],
};

describe('buildings', () => {
  it.each<[Principal, boolean]>([
    ['anonymous', false],
    ['noProfile', true], // a new resident picks their building before having a profile
    ['residentA', true],
    ['workerX', true],
    ['head', true],
  ])('%s lists buildings, and reads the building directory → %s', async (who, allowed) => {
    const list = getDocs(collection(db(env, who), 'buildings'));
    await (allowed ? assertSucceeds(list) : assertFails(list));
    const directory = getDoc(doc(db(env, who), 'config', 'buildings'));
    await (allowed ? assertSucceeds(directory) : assertFails(directory));
  });
  /** Assigns b3 as the app does: the building and its directory entry in one batch (or the building alone). */
  const assign = (who: Principal, workerId: string | null, opts: { directory?: boolean } = {}) => {
    const f = db(env, who);
    const batch = writeBatch(f);
    const workerName = workerId ? '网格X' : null;
    const lastAuditId = addAudit(f, batch, who, buildingEntry('b3', 3));
    batch.update(doc(f, 'buildings', 'b3'), {
      workerId,
      workerName,
      updatedAt: serverTimestamp(),
      lastAuditId,
    });
    if (opts.directory !== false) {
      batch.update(
        doc(f, 'config', 'buildings'),
        new FieldPath('items', 'b3', 'workerId'),
        workerId,
        new FieldPath('items', 'b3', 'workerName'),
        workerName,
        'lastBuilding',
        'b3',
        'updatedAt',
        serverTimestamp(),
      );
    }
    return batch.commit();
  };
  it('the head assigns an unowned building to a worker, in the building and the directory', async () => {
    await assertSucceeds(assign('head', 'wX'));
    const entry = (await getDoc(doc(db(env, 'residentA'), 'config', 'buildings'))).data()?.items.b3;
    expect(entry).toMatchObject({ number: 3, workerId: 'wX', workerName: '网格X' });
  });
  it('the head may not assign a building without its directory entry', async () => {
    await assertFails(assign('head', 'wX', { directory: false }));
  });
  it('the head may not make the directory entry differ from the building', async () => {
    const f = db(env, 'head');
    const batch = writeBatch(f);
    const lastAuditId = addAudit(f, batch, 'head', buildingEntry('b3', 3));
    batch.update(doc(f, 'buildings', 'b3'), {
      workerId: 'wX',
      workerName: '网格X',
      updatedAt: serverTimestamp(),
      lastAuditId,
    });
    batch.update(doc(f, 'config', 'buildings'), {
      'items.b3.workerId': 'wY',
      'items.b3.workerName': '网格Y',
      lastBuilding: 'b3',
      updatedAt: serverTimestamp(),
    });
    await assertFails(batch.commit());
  });
  it.each<Principal>(['workerX', 'residentA', 'workerOff'])('%s may not assign buildings', async (who) => {
    await assertFails(assign(who, 'wX'));
  });
  it('the head may not assign a building to a resident', async () => {
    await assertFails(assign('head', 'rA'));
  });
  const b9 = {
    number: 9,
    entrances: 2,
    floors: 6,
    commonAreas: [],
    workerId: null,
    workerName: null,
    householdCount: 0,
  };
  const create = (building: Record<string, unknown>, entry: Record<string, unknown> | null) => {
    const f = db(env, 'head');
    const batch = writeBatch(f);
    const lastAuditId = addAudit(f, batch, 'head', { ...buildingEntry('b9', 9), action: 'building.add' });
    batch.set(doc(f, 'buildings', 'b9'), { ...building, updatedAt: serverTimestamp(), lastAuditId });
    if (entry)
      batch.update(doc(f, 'config', 'buildings'), {
        'items.b9': entry,
        lastBuilding: 'b9',
        updatedAt: serverTimestamp(),
      });
    return batch.commit();
  };
  it('the head may not write a malformed building', async () => {
    await assertFails(create({ ...b9, number: '9' }, { ...b9, number: '9' }));
    await assertSucceeds(create(b9, b9));
  });
  it('the head may not add a building that the directory does not list', async () => {
    await assertFails(create(b9, null));
    await assertFails(create(b9, { ...b9, floors: 7 }));
  });
  it('nobody removes a building from the app, not even with its directory entry (households and the log name it)', async () => {
    const f = db(env, 'head');
    await assertFails(deleteDoc(doc(f, 'buildings', 'b3')));
    const batch = writeBatch(f);
    batch.delete(doc(f, 'buildings', 'b3'));
    batch.update(doc(f, 'config', 'buildings'), {
      'items.b3': deleteField(),
      lastBuilding: 'b3',
      updatedAt: serverTimestamp(),
    });
    await assertFails(batch.commit());
  });

  // The directory can only say what the buildings say (audit finding 11): the head writes it alone only to set
  // an entry right, one entry per write, named in lastBuilding.
  const b3Entry = {
    number: 3,
    entrances: 2,
    floors: 6,
    commonAreas: ['stairwell', 'lift'],
    workerId: null,
    workerName: null,
    householdCount: 2,
  };
  const drift = () =>
    env.withSecurityRulesDisabled(async (ctx) => {
      await updateDoc(doc(ctx.firestore() as unknown as Firestore, 'config/buildings'), {
        'items.b3.floors': 9,
      });
    });
  const directory = (who: Principal, data: Record<string, unknown>) =>
    updateDoc(doc(db(env, who), 'config', 'buildings'), { updatedAt: serverTimestamp(), ...data });
  it('the head sets a drifted entry right on its own: exactly what the building is', async () => {
    await drift();
    const fix = { 'items.b3': b3Entry, lastBuilding: 'b3' };
    for (const who of ['residentA', 'workerX', 'noProfile'] as const) await assertFails(directory(who, fix));
    await assertFails(directory('head', { ...fix, updatedAt: T0 }));
    await assertFails(directory('head', { ...fix, extra: true }));
    await assertSucceeds(directory('head', fix));
  });
  it.each<[string, Record<string, unknown>]>([
    [
      'naming a worker the building does not give',
      { 'items.b3': { ...b3Entry, workerId: 'wX', workerName: '网格X' } },
    ],
    ['listing a building that does not exist', { 'items.b8': { ...b3Entry, number: 8 }, lastBuilding: 'b8' }],
    ['removing a building that still exists', { 'items.b3': deleteField() }],
    ['changing another entry than the one it names', { 'items.b3': b3Entry, 'items.b2.floors': 9 }],
    ['naming no entry', { 'items.b3': b3Entry, lastBuilding: null }],
    ['items as a list', { items: [] }],
  ])('the head may not write the directory alone %s', async (_, over) => {
    await drift();
    await assertFails(directory('head', { lastBuilding: 'b3', ...over }));
  });
  it('the head may not give a building to a worker under another name, nor to a deactivated one', async () => {
    const give = (workerId: string, workerName: string) => {
      const f = db(env, 'head');
      const batch = writeBatch(f);
      const lastAuditId = addAudit(f, batch, 'head', buildingEntry('b3', 3));
      batch.update(doc(f, 'buildings', 'b3'), {
        workerId,
        workerName,
        updatedAt: serverTimestamp(),
        lastAuditId,
      });
      batch.update(doc(f, 'config', 'buildings'), {
        'items.b3.workerId': workerId,
        'items.b3.workerName': workerName,
        lastBuilding: 'b3',
        updatedAt: serverTimestamp(),
      });
      return batch.commit();
    };
    await assertFails(give('wX', '网格Y'));
    await assertFails(give('wOff', '停用'));
    await assertSucceeds(give('wX', '网格X'));
  });
  it('a building keeps its worker’s name as it was given when the worker renames themselves', async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      await updateDoc(doc(ctx.firestore() as unknown as Firestore, 'users/wX'), { displayName: '网格新名' });
    });
    const f = db(env, 'head');
    const batch = writeBatch(f);
    const lastAuditId = addAudit(f, batch, 'head', buildingEntry('b1', 1));
    batch.update(doc(f, 'buildings', 'b1'), { householdCount: 3, updatedAt: serverTimestamp(), lastAuditId });
    batch.update(doc(f, 'config', 'buildings'), {
      'items.b1.householdCount': 3,
      lastBuilding: 'b1',
      updatedAt: serverTimestamp(),
    });
    await assertSucceeds(batch.commit());
  });
  it('common areas come from the fixed set', async () => {
    await assertFails(create({ ...b9, commonAreas: ['garden'] }, { ...b9, commonAreas: ['garden'] }));
    await assertFails(create({ ...b9, commonAreas: [7] }, { ...b9, commonAreas: [7] }));
    await assertSucceeds(create({ ...b9, commonAreas: ['yard'] }, { ...b9, commonAreas: ['yard'] }));
  });
});

describe('households', () => {
  const cells: [Principal, string, boolean][] = [
    ['anonymous', 'hA', false],
    ['noProfile', 'hA', false],
    ['residentA', 'hA', true], // own household
    ['residentA2', 'hA', true], // same household
    ['residentB', 'hA', false],
    ['pending', 'hP', false], // not yet confirmed
    ['workerX', 'hA', true],
    ['workerY', 'hA', false],
    ['workerOff', 'hA', false],
    ['head', 'hB', true],
  ];
  it.each(cells)('%s reads households/%s → %s', async (who, id, allowed) => {
    const read = getDoc(doc(db(env, who), 'households', id));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('a worker lists the households of their own building only', async () => {
    await assertSucceeds(
      getDocs(
        query(collection(db(env, 'workerX'), 'households'), where('buildingId', '==', 'b1'), limit(200)),
      ),
    );
    await assertFails(
      getDocs(
        query(collection(db(env, 'workerX'), 'households'), where('buildingId', '==', 'b2'), limit(200)),
      ),
    );
    await assertFails(getDocs(collection(db(env, 'workerX'), 'households')));
  });
  it('residents cannot list households, not even filtered on their building', async () => {
    await assertFails(
      getDocs(query(collection(db(env, 'residentA'), 'households'), where('buildingId', '==', 'b1'))),
    );
  });
  const household = (over: Record<string, unknown> = {}) => ({
    buildingId: 'b1',
    entrance: 2,
    flat: '502',
    interestGroup: 'neitui',
    members: [{ name: '新户', relation: '户主' }],
    search: householdTokens({ flat: '502', members: [{ name: '新户' }] }),
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    ...over,
  });
  const addHousehold = (who: Principal, h: Record<string, unknown>) =>
    audited(who, [['set', 'households/hNew', h]], { ...householdEntry('hNew', 'household.add'), fields: [] });
  const editHousehold = (who: Principal, patch: Record<string, unknown>) =>
    audited(who, [['update', 'households/hA', patch]], householdEntry('hA'));
  it('the building’s worker registers a household there', async () => {
    await assertSucceeds(addHousehold('workerX', household()));
  });
  it('…but not in another building', async () => {
    await assertFails(addHousehold('workerY', household()));
  });
  it.each<[string, Record<string, unknown>]>([
    ['an unknown interest group', { interestGroup: 'vip' }],
    ['a flat with letters', { flat: '5A2' }],
    ['an entrance the building lacks', { entrance: 9 }],
    ['members as a map', { members: { a: 1 } }],
    ['an extra key', { careTags: ['elderlyAlone'] }], // care tags belong in householdPrivate
  ])('a household with %s is refused', async (_, over) => {
    await assertFails(addHousehold('workerX', household(over)));
  });
  it('residents cannot edit their household record', async () => {
    await assertFails(
      editHousehold('residentA', {
        interestGroup: 'lixiu',
        updatedAt: serverTimestamp(),
      }),
    );
    await assertSucceeds(
      editHousehold('workerX', {
        interestGroup: 'lixiu',
        updatedAt: serverTimestamp(),
      }),
    );
  });
  // A household is a flat (audit finding 12): moving it would leave its private record, its members'
  // profiles and its visits with the old building's worker. Nobody changes an address.
  it.each<[string, Record<string, unknown>, Principal]>([
    ['to another building', { buildingId: 'b2' }, 'head'],
    ['to another building, by the worker of both', { buildingId: 'b3' }, 'head'],
    ['to another flat', { flat: '102' }, 'workerX'],
    ['to another entrance', { entrance: 2 }, 'workerX'],
  ])('a household is never moved %s', async (_, over, who) => {
    await assertFails(editHousehold(who, { ...over, updatedAt: serverTimestamp() }));
  });
  it.each<[string, unknown]>([
    ['a member with an extra field', [{ name: '户主', relation: '户主', idNumber: '1' }]],
    ['a member without a relation', [{ name: '户主' }]],
    ['a blank name (no-break spaces)', [{ name: '\u00a0\u00a0', relation: '户主' }]],
    ['a relation longer than the policy allows', [{ name: '户主', relation: '户'.repeat(11) }]],
    ['a member that is a string', ['户主']],
    ['thirteen members', Array.from({ length: 13 }, (_, i) => ({ name: `成员${i}`, relation: '子女' }))],
  ])('members are exactly shaped: %s is refused', async (_, members) => {
    await assertFails(editHousehold('workerX', { members, updatedAt: serverTimestamp() }));
  });
  it('…twelve well-formed members are accepted', async () => {
    const members = Array.from({ length: 12 }, (_, i) => ({ name: `成员${i}`, relation: '子女' }));
    await assertSucceeds(editHousehold('workerX', { members, updatedAt: serverTimestamp() }));
  });
  it('nobody deletes a household or its private record (taken off the register, it is archived)', async () => {
    for (const who of ['workerX', 'head'] as const) {
      await assertFails(deleteDoc(doc(db(env, who), 'households', 'hA')));
      await assertFails(deleteDoc(doc(db(env, who), 'householdPrivate', 'hA')));
    }
  });
  it('archived with a reason (not blank), stamped now, and taken back', async () => {
    const archive = (over: Record<string, unknown>) =>
      editHousehold('workerX', {
        archived: true,
        archivedReason: '已搬走',
        archivedAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
        ...over,
      });
    await assertFails(archive({ archivedReason: '\u3000' }));
    await assertFails(archive({ archivedReason: null }));
    await assertFails(archive({ archivedReason: '因'.repeat(archiveReasonMax + 1) }));
    await assertFails(archive({ archivedAt: T0 }));
    await assertFails(archive({ archived: 'yes' }));
    await assertSucceeds(archive({}));
    await assertFails(editHousehold('workerX', { archived: false, updatedAt: serverTimestamp() }));
    await assertSucceeds(
      editHousehold('workerX', {
        archived: false,
        archivedReason: null,
        archivedAt: null,
        updatedAt: serverTimestamp(),
      }),
    );
  });
});

describe('householdPrivate (care tags, phone and ID numbers)', () => {
  const cells: [Principal, string, boolean][] = [
    ['residentA', 'hA', false], // not even the household itself
    ['residentA2', 'hA', false],
    ['residentB', 'hA', false],
    ['volunteer', 'hV', false],
    ['workerX', 'hA', true],
    ['workerY', 'hA', false],
    ['workerOff', 'hA', false],
    ['head', 'hA', true],
  ];
  it.each(cells)('%s reads householdPrivate/%s → %s', async (who, id, allowed) => {
    const read = getDoc(doc(db(env, who), 'householdPrivate', id));
    await (allowed ? assertSucceeds(read) : assertFails(read));
  });
  it('no resident can list it by any query', async () => {
    await assertFails(getDocs(query(collection(db(env, 'residentA'), 'householdPrivate'), limit(50))));
    await assertFails(
      getDocs(
        query(
          collection(db(env, 'residentA'), 'householdPrivate'),
          where('buildingId', '==', 'b1'),
          limit(50),
        ),
      ),
    );
    await assertSucceeds(
      getDocs(
        query(collection(db(env, 'workerX'), 'householdPrivate'), where('buildingId', '==', 'b1'), limit(50)),
      ),
    );
  });
  /** The record as the seed holds it (tests/rules/support.ts): an elderly person living alone in hA. */
  type Schedule = Parameters<typeof careWrite>[1];
  const current: Schedule = {
    lastVisitId: 'v0',
    lastVisitAt: T0.toDate(),
    nextVisitDue: new Date(T0.toMillis() + 30 * DAY),
  };
  const input = (over: Partial<CareInput> = {}): CareInput => ({
    careTags: ['elderlyAlone', 'difficulty'],
    phones: [{ name: '儿子', phone: '+8613800000001' }],
    idNumbers: [{ name: '户主', idNumber: '43060219400101123X' }],
    notes: '独居，腿脚不便',
    ...over,
  });
  const save = (who: Principal, i: CareInput = input(), over: Record<string, unknown> = {}, at = current) =>
    audited(who, [['update', 'householdPrivate/hA', { ...careWrite(sdk, at, i), ...over }]], careEntry);
  it('the worker records care tags for a household of their building', async () => {
    await assertSucceeds(save('workerX'));
  });
  it.each<[string, Partial<CareInput>, Record<string, unknown>, Principal]>([
    ['an unknown care tag', { careTags: ['rich' as CareTag] }, {}, 'workerX'],
    ['another building’s worker', {}, {}, 'workerY'],
    ['a building different from the household’s', {}, { buildingId: 'b2' }, 'head'],
    ['oversized notes', { notes: 'x'.repeat(householdNotesMax + 1) }, {}, 'workerX'],
    [
      'a phone number not stored as +86…',
      { phones: [{ name: '儿子', phone: '13800000001' }] },
      {},
      'workerX',
    ],
    [
      'a phone entry with an extra field',
      { phones: [{ name: '儿子', phone: '+8613800000001', note: '' } as never] },
      {},
      'workerX',
    ],
    [
      'an ID number that is not one',
      { idNumbers: [{ name: '户主', idNumber: '4306021940' }] },
      {},
      'workerX',
    ],
    [
      'an ID entry without a name',
      { idNumbers: [{ name: ' ', idNumber: '43060219400101123X' }] },
      {},
      'workerX',
    ],
    [
      'thirteen phones',
      { phones: Array.from({ length: 13 }, () => ({ name: '亲属', phone: '+8613800000001' })) },
      {},
      'workerX',
    ],
  ])('…refused with %s', async (_, i, over, who) => {
    await assertFails(save(who, input(i), over));
  });
  it('the largest record the policy allows is accepted (every phone and ID number new)', async () => {
    const many = input({
      phones: Array.from({ length: phonesMax }, (_, i) => ({
        name: `亲属${i}`,
        phone: `+861380000${String(i).padStart(4, '0')}`,
      })),
      idNumbers: Array.from({ length: idNumbersMax }, (_, i) => ({
        name: `成员${i}`,
        idNumber: `43060219400101${String(i).padStart(4, '0')}`,
      })),
    });
    // As the app saves it: the ID numbers, then the rest, each with its audit entry (one request with both
    // lists new and an entry would pass the 1,000 expressions a request may evaluate).
    const seeded = {
      careTags: ['elderlyAlone' as const],
      phones: [{ name: '户主', phone: '+8613800000000' }],
      idNumbers: [{ name: '户主', idNumber: '430602194001011234' }],
      notes: '',
      ...current,
    };
    const where = { id: 'hA', buildingId: 'b1', entrance: 1, flat: '101', buildingNumber: 1 };
    const steps = careEditSteps(sdk, STAFF_ACTORS.workerX, where, seeded, many);
    expect(steps).toHaveLength(2);
    for (const w of steps) {
      const f = db(env, 'workerX');
      const batch = writeBatch(f);
      batch.update(doc(f, 'householdPrivate', 'hA'), w.update);
      batch.set(doc(f, 'auditLog', w.audit.id), w.audit.data);
      await assertSucceeds(batch.commit());
    }
    const saved = (await getDoc(doc(db(env, 'head'), 'householdPrivate', 'hA'))).data();
    expect(saved?.phones).toHaveLength(phonesMax);
    expect(saved?.idNumbers).toHaveLength(idNumbersMax);
  });
  it('a record saved before phones were checked (national form) still takes a visit and a notes edit', async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      await updateDoc(doc(ctx.firestore() as unknown as Firestore, 'householdPrivate/hA'), {
        phones: [{ name: '户主', phone: '13800000000' }],
      });
    });
    await assertSucceeds(save('workerX', input({ phones: [{ name: '户主', phone: '13800000000' }] })));
  });
  it('a resident cannot write care data', async () => {
    await assertFails(save('residentA'));
  });

  // The schedule is derived, never typed in (audit finding 7): nobody takes a household off the care list
  // without a visit record to show for it.
  it.each<[string, Record<string, unknown>]>([
    ['marked visited now with no visit', { lastVisitAt: serverTimestamp() }],
    ['next visit put off to 2099', { nextVisitDue: Timestamp.fromDate(new Date('2099-01-01')) }],
    ['a yearly interval where the tags ask for a month', { visitIntervalDays: 365 }],
    ['a float interval', { visitIntervalDays: 30.5 }],
    ['the last visit named as another visit', { lastVisitId: 'v-old' }],
  ])('the care schedule cannot be %s', async (_, over) => {
    await assertFails(save('workerX', input(), over));
  });
  it('dropping every care tag drops the schedule with it; adding one back counts from the last visit', async () => {
    await assertSucceeds(save('workerX', input({ careTags: [] })));
    const saved = (await getDoc(doc(db(env, 'workerX'), 'householdPrivate', 'hA'))).data();
    expect(saved).toMatchObject({ visitIntervalDays: null, nextVisitDue: null, lastVisitId: 'v0' });
    await assertSucceeds(
      save('workerX', input({ careTags: ['emptyNest'] }), {}, { ...current, nextVisitDue: null }),
    );
    const again = (await getDoc(doc(db(env, 'workerX'), 'householdPrivate', 'hA'))).data();
    expect(again?.visitIntervalDays).toBe(60);
    expect(again?.nextVisitDue.toMillis()).toBe(T0.toMillis() + 60 * DAY);
  });
  it('a household never visited is due from when it was first tagged, by the server’s clock, and stays so', async () => {
    const never: Schedule = { lastVisitId: null, lastVisitAt: null, nextVisitDue: null };
    await env.withSecurityRulesDisabled(async (ctx) => {
      await updateDoc(doc(ctx.firestore() as unknown as Firestore, 'householdPrivate/hA'), {
        ...never,
        careTags: [],
        visitIntervalDays: null,
      });
    });
    await assertFails(
      save('workerX', input(), { nextVisitDue: Timestamp.fromDate(new Date('2099-01-01')) }, never),
    );
    await assertSucceeds(save('workerX', input(), {}, never));
    const due = (await getDoc(doc(db(env, 'workerX'), 'householdPrivate', 'hA'))).data()?.nextVisitDue;
    expect(due).toBeInstanceOf(Timestamp);
    // saved again later, it is still due from then
    await assertSucceeds(
      save('workerX', input({ notes: '改' }), {}, { ...never, nextVisitDue: due.toDate() }),
    );
    await assertFails(
      save(
        'workerX',
        input({ notes: '改' }),
        { nextVisitDue: serverTimestamp() },
        { ...never, nextVisitDue: due.toDate() },
      ),
    );
  });
  it('a record saved before lastVisitId existed can still be edited', async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      await updateDoc(doc(ctx.firestore() as unknown as Firestore, 'householdPrivate/hA'), {
        lastVisitId: deleteField(),
      });
    });
    await assertSucceeds(save('workerX', input(), {}, { ...current, lastVisitId: null }));
  });
});

describe('config', () => {
  it('the community office contact is public (shown on the sign-in page)', async () => {
    await assertSucceeds(getDoc(doc(db(env, 'anonymous'), 'config', 'community')));
  });
  it('categories need a profile', async () => {
    await assertFails(getDoc(doc(db(env, 'anonymous'), 'config', 'categories')));
    await assertSucceeds(getDoc(doc(db(env, 'residentA'), 'config', 'categories')));
  });
  // Categories: a write changes one category, named in lastCategory, checked in full (audit finding 10: the
  // report form and every deadline read these values).
  const water: Category = {
    id: 'water',
    parent: null,
    zh: '水',
    en: 'Water',
    order: 1,
    responseHours: 4,
    resolutionHours: 48,
    canned: [],
    active: true,
    shared: true,
    questions: [],
    noLocation: false,
  };
  const saveCategory = (who: Principal, c: Category, over: Record<string, unknown> = {}) =>
    audited(
      who,
      [
        [
          'update',
          'config/categories',
          {
            [`items.${c.id}`]: categoryItem(c, c.order),
            lastCategory: c.id,
            updatedAt: serverTimestamp(),
            updatedBy: who === 'head' ? 'head' : 'wX',
            ...over,
          },
        ],
      ],
      {
        action: 'category.edit',
        targetId: c.id,
        targetLabel: '类别',
        buildingId: null,
        fields: Object.keys(categoryItem(c, c.order)),
      },
    );
  it('only the head edits categories', async () => {
    const faster = { ...water, responseHours: 2, canned: ['师傅已出发。'] };
    await assertFails(saveCategory('workerX', faster));
    await assertSucceeds(saveCategory('head', faster));
    await assertSucceeds(
      saveCategory('head', { ...water, id: 'leak', parent: 'water', zh: '漏水', en: 'Leak' }),
    );
  });
  it.each<[string, Partial<Category> | Record<string, unknown>]>([
    ['no deadline', { responseHours: 0 }],
    ['a negative deadline', { resolutionHours: -5 }],
    ['a deadline as text', { responseHours: '4' }],
    ['a fractional deadline', { responseHours: 4.5 }],
    ['a deadline beyond the policy', { resolutionHours: deadlineHoursMax + 1 }],
    ['a blank name', { zh: '\u3000\u00a0' }],
    ['a name over the limit', { en: 'x'.repeat(nameMax + 1) }],
    ['more canned replies than allowed', { canned: Array.from({ length: cannedMax + 1 }, () => '好') }],
    ['a canned reply that is not text', { canned: [5] }],
    ['a blank canned reply', { canned: ['\u200b'] }],
    ['canned replies as text', { canned: '好' }],
    ['a parent that does not exist', { parent: 'nowhere' }],
    ['itself as parent', { parent: 'water' }],
    ['active as a string', { active: 'yes' }],
    ['shared as a string', { shared: 'yes' }],
    ['an id that is not a name', { id: 'w-1' }],
  ])('a category with %s is refused', async (_, over) => {
    await assertFails(saveCategory('head', { ...water, ...over } as Category));
  });
  // Questions the report form asks (issue 22): the head's editor writes them with the category.
  const room: Question = { zh: '哪个房间？', en: 'Which room?', kind: 'text', choices: [], required: true };
  const still: Question = {
    zh: '现在还在漏吗？',
    en: 'Still leaking?',
    kind: 'choice',
    choices: [
      { zh: '是', en: 'Yes' },
      { zh: '否', en: 'No' },
    ],
    required: false,
  };
  it('the head gives a category its questions, or says it asks no place', async () => {
    await assertSucceeds(saveCategory('head', { ...water, questions: [room, still] }));
    await assertSucceeds(saveCategory('head', { ...water, questions: [], noLocation: true }));
    const longest: Question = {
      zh: '问'.repeat(questionTextMax),
      en: 'q'.repeat(questionTextMax),
      kind: 'choice',
      choices: Array.from({ length: choicesMax }, () => ({
        zh: '选'.repeat(choiceTextMax),
        en: 'c'.repeat(choiceTextMax),
      })),
      required: true,
    };
    await assertSucceeds(
      saveCategory('head', { ...water, questions: Array.from({ length: questionsMax }, () => longest) }),
    );
  });
  it.each<[string, unknown, unknown?]>([
    ['more questions than allowed', Array.from({ length: questionsMax + 1 }, () => room)],
    ['questions as text', '哪个房间？'],
    ['a question over the length', [{ ...room, zh: '问'.repeat(questionTextMax + 1) }]],
    ['a blank question', [{ ...room, en: '\u3000' }]],
    ['an unknown kind', [{ ...room, kind: 'photo' }]],
    ['a typed question with choices', [{ ...room, choices: still.choices }]],
    ['a choice question with one choice', [{ ...still, choices: [still.choices[0]] }]],
    [
      'more choices than allowed',
      [{ ...still, choices: Array.from({ length: choicesMax + 1 }, () => still.choices[0]) }],
    ],
    [
      'a choice over the length',
      [{ ...still, choices: [still.choices[0], { zh: '否'.repeat(choiceTextMax + 1), en: 'No' }] }],
    ],
    ['a choice with an extra key', [{ ...still, choices: [still.choices[0], { zh: '否', en: 'No', x: 1 }] }]],
    ['a question with an extra key', [{ ...room, hint: 'x' }]],
    ['required as text', [{ ...room, required: 'yes' }]],
    ['noLocation as text', [], 'yes'],
  ])('a category with %s is refused', async (_, questions, noLocation = false) => {
    await assertFails(
      saveCategory('head', water, {
        'items.water': { ...categoryItem(water, water.order), questions, noLocation },
      }),
    );
  });
  it('a category under a category that is itself under one is refused (two levels only)', async () => {
    await assertSucceeds(
      saveCategory('head', { ...water, id: 'leak', parent: 'water', zh: '漏水', en: 'Leak' }),
    );
    await assertFails(saveCategory('head', { ...water, id: 'drip', parent: 'leak', zh: '滴水', en: 'Drip' }));
  });
  it('a write changes only the category it names, and removes none', async () => {
    await assertFails(
      saveCategory('head', water, { 'items.other': categoryItem({ ...water, id: 'other' }, 2) }),
    );
    await assertFails(
      updateDoc(doc(db(env, 'head'), 'config', 'categories'), {
        'items.water': deleteField(),
        lastCategory: 'water',
        updatedAt: serverTimestamp(),
        updatedBy: 'head',
      }),
    );
    await assertFails(saveCategory('head', water, { lastCategory: null }));
    await assertFails(saveCategory('head', water, { extra: 1 }));
  });
  it('the largest category the policy allows is accepted (every canned reply at full length)', async () => {
    const full: Category = {
      ...water,
      zh: '类'.repeat(nameMax),
      canned: Array.from({ length: cannedMax }, () => '好'.repeat(timelineTextMax)),
    };
    await assertSucceeds(saveCategory('head', full));
  });
  it('the app saves an edit of many categories as one write each, in order', async () => {
    const before = [water];
    const after = [water, ...Array.from({ length: 12 }, (_, i) => ({ ...water, id: `c${i}`, order: i + 2 }))];
    const ids = changedCategories(before, after);
    expect(ids).toHaveLength(12);
    for (const id of ids) {
      const order = after.findIndex((c) => c.id === id);
      await assertSucceeds(saveCategory('head', { ...after[order]!, order }));
    }
  });
  it('only the head edits the office contact', async () => {
    const write = (who: Principal) =>
      setDoc(doc(db(env, who), 'config', 'community'), {
        name: '社区',
        officePhone: '0730-2',
        officeHours: '全天',
        officeHoursEn: 'All day',
        updatedAt: serverTimestamp(),
      });
    await assertFails(write('workerX'));
    await assertSucceeds(write('head'));
  });
  it('the office hours come in both languages, each within the policy’s length', async () => {
    const write = (hours: Record<string, unknown>) =>
      setDoc(doc(db(env, 'head'), 'config', 'community'), {
        name: '社区',
        officePhone: '0730-2',
        officeHours: '周一至周五 8:00–17:30',
        updatedAt: serverTimestamp(),
        ...hours,
      });
    await assertSucceeds(write({ officeHoursEn: 'E'.repeat(officeHoursMax) }));
    await assertSucceeds(write({ officeHoursEn: '' })); // not given in English yet: the Chinese shows
    await assertFails(write({})); // the English field left out
    await assertFails(write({ officeHoursEn: 'E'.repeat(officeHoursMax + 1) }));
    await assertFails(write({ officeHoursEn: 8 }));
    await assertFails(write({ officeHoursEn: 'Mon–Fri', officeHoursFr: 'lun–ven' }));
  });
  it('other config documents do not exist for anyone', async () => {
    await assertFails(getDoc(doc(db(env, 'head'), 'config', 'secrets')));
  });
});

describe('home visits (走访)', () => {
  const names: Record<string, string> = {
    workerX: '网格X',
    workerY: '网格Y',
    head: '主任',
    residentA: '居民A',
  };
  const uids: Record<string, string> = { workerX: 'wX', workerY: 'wY', head: 'head', residentA: 'rA' };
  const hourAgo = () => new Date(Date.now() - 3_600_000);
  const visitInput = (over: Partial<VisitInput> = {}): VisitInput => ({
    householdId: 'hA',
    buildingId: 'b1',
    visitedAt: hourAgo(),
    metWith: '户主本人',
    findings: '身体还好，暖气不太热。',
    followUp: true,
    intervalDays: 30,
    lastVisitAt: T0.toDate(),
    ...over,
  });
  /** Logs a visit as the app does, optionally bent: `visit` and `schedule` fields overridden. */
  function visit(
    who: Principal,
    over: Partial<VisitInput> = {},
    bend: { visit?: Record<string, unknown>; schedule?: Record<string, unknown> | null; id?: string } = {},
  ) {
    const f = db(env, who);
    const id = bend.id ?? 'v1';
    const w = visitWrites(sdk, { uid: uids[who]!, name: names[who]! }, id, visitInput(over));
    const batch = writeBatch(f);
    batch.set(doc(f, 'visits', id), { ...w.visit, ...bend.visit });
    const schedule = bend.schedule === null ? null : w.schedule && { ...w.schedule, ...bend.schedule };
    if (schedule) batch.update(doc(f, 'householdPrivate/hA'), schedule);
    return batch.commit();
  }
  it('the building’s worker logs a visit and moves the schedule in the same batch', async () => {
    await assertSucceeds(visit('workerX'));
    await assertSucceeds(getDoc(doc(db(env, 'workerX'), 'visits/v1')));
    await assertFails(getDoc(doc(db(env, 'residentA'), 'visits/v1')));
    await assertFails(getDoc(doc(db(env, 'workerY'), 'visits/v1')));
    const saved = (await getDoc(doc(db(env, 'workerX'), 'householdPrivate/hA'))).data();
    expect(saved?.lastVisitId).toBe('v1');
  });
  it('…not without moving the schedule, not for another building, not by a resident', async () => {
    await assertFails(visit('workerX', {}, { schedule: null }));
    await assertFails(visit('workerY'));
    await assertFails(visit('residentA'));
  });
  it.each<[string, Record<string, unknown>]>([
    ['another worker’s name', { workerName: '网格Y' }],
    ['a visit in the future', { visitedAt: Timestamp.fromMillis(Date.now() + 86_400_000) }],
    ['a visit two months ago', { visitedAt: Timestamp.fromMillis(Date.now() - 60 * 86_400_000) }],
    ['blank findings', { findings: '   ' }],
    ['findings of no-break and zero-width spaces', { findings: '\u00a0\u200b\u3000' }],
    ['a household in another building', { householdId: 'hB' }],
    ['an extra key', { rating: 5 }],
  ])('…refused with %s', async (_, over) => {
    await assertFails(visit('workerX', {}, { visit: over }));
  });
  it.each<[string, Record<string, unknown>]>([
    ['the next visit put off to 2099', { nextVisitDue: Timestamp.fromDate(new Date('2099-01-01')) }],
    ['the last visit dated later than the visit', { lastVisitAt: Timestamp.fromMillis(Date.now()) }],
    ['the last visit named as another visit', { lastVisitId: 'v-other' }],
  ])('a visit cannot carry %s into the schedule', async (_, schedule) => {
    await assertFails(visit('workerX', {}, { schedule }));
  });
  it('the schedule moves only with a visit to that household written in the same batch', async () => {
    // a visit to hB already on record cannot be named as hA's last visit
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      await setDoc(doc(f, 'visits/v-old'), {
        householdId: 'hA',
        buildingId: 'b1',
        visitedAt: Timestamp.fromDate(hourAgo()),
      });
    });
    const when = Timestamp.fromDate(hourAgo());
    await assertFails(
      updateDoc(doc(db(env, 'workerX'), 'householdPrivate/hA'), {
        lastVisitId: 'v-old',
        lastVisitAt: when,
        nextVisitDue: Timestamp.fromMillis(when.toMillis() + 30 * DAY),
        updatedAt: serverTimestamp(),
      }),
    );
  });
  it('a visit logged late, older than the one on record, leaves the schedule alone', async () => {
    const recent = new Date(Date.now() - 2 * DAY);
    await assertSucceeds(visit('workerX', { visitedAt: recent }, { id: 'v-recent' }));
    const late = visitInput({ visitedAt: new Date(Date.now() - 10 * DAY), lastVisitAt: recent });
    expect(visitWrites(sdk, { uid: 'wX', name: '网格X' }, 'v-late', late).schedule).toBeNull();
    await assertSucceeds(
      visit('workerX', { visitedAt: late.visitedAt, lastVisitAt: recent }, { id: 'v-late' }),
    );
    // …and cannot move it back in time
    await assertFails(
      visit('workerX', { visitedAt: new Date(Date.now() - 12 * DAY), lastVisitAt: null }, { id: 'v-older' }),
    );
    const saved = (await getDoc(doc(db(env, 'workerX'), 'householdPrivate/hA'))).data();
    expect(saved?.lastVisitId).toBe('v-recent');
  });
  it('visit records are never edited or deleted', async () => {
    await assertSucceeds(visit('workerX'));
    await assertFails(updateDoc(doc(db(env, 'workerX'), 'visits/v1'), { findings: '改' }));
    await assertFails(deleteDoc(doc(db(env, 'head'), 'visits/v1')));
  });
});

describe('confirming a link to a flat not yet in the register', () => {
  /** As confirmLink does (its builder): the household, its private record, their entry and the link, in one batch. */
  function confirmNewFlat(who: Principal, priv: Record<string, unknown> = {}) {
    const f = db(env, who);
    const batch = writeBatch(f);
    const w = newHouseholdWrites(sdk, STAFF_ACTORS[who as 'workerX'], {
      id: 'h-1-2-602',
      buildingId: 'b1',
      buildingNumber: 1,
      entrance: 2,
      flat: '602',
      interestGroup: 'jumin',
      members: [{ name: '待核对', relation: '户主' }],
      phones: [{ name: '待核对', phone: '+8613800000004' }],
    });
    batch.set(doc(f, 'households/h-1-2-602'), w.household);
    batch.set(doc(f, 'householdPrivate/h-1-2-602'), { ...w.private, ...priv });
    batch.set(doc(f, 'auditLog', w.audit.id), w.audit.data);
    batch.update(doc(f, 'users/rP'), {
      linkStatus: 'confirmed',
      householdId: 'h-1-2-602',
      buildingId: 'b1',
      linkReason: null,
      updatedAt: serverTimestamp(),
    });
    return batch.commit();
  }
  beforeEach(async () => {
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      await updateDoc(doc(f, 'users/rP'), { link: { buildingId: 'b1', entrance: 2, flat: '602' } });
    });
  });
  it('the worker registers the household, its private record and confirms the link in one batch', async () => {
    await assertSucceeds(confirmNewFlat('workerX'));
  });
  it.each<[string, Record<string, unknown>]>([
    ['filed under another building', { buildingId: 'b2' }],
    ['a visit already on record', { lastVisitId: 'v1', lastVisitAt: T0 }],
    ['a schedule typed in', { careTags: ['elderlyAlone'], visitIntervalDays: 30, nextVisitDue: T0 }],
    ['a phone not in the stored form', { phones: [{ name: '待核对', phone: '13800000004' }] }],
  ])('…not with a private record %s', async (_, priv) => {
    await assertFails(confirmNewFlat('workerX', priv));
  });
});

describe('search tokens on the register (docs/data-model.md "Search")', () => {
  const where = { id: 'hA', buildingId: 'b1', entrance: 1, flat: '101', buildingNumber: 1 };
  /** A new household at 1-2-602 as the register writes it, its tokens changed by `household`/`care`. */
  function register(
    who: Principal,
    household: (t: string[]) => unknown = (t) => t,
    care: (t: string[]) => unknown = (t) => t,
  ) {
    const f = db(env, who);
    const batch = writeBatch(f);
    const w = newHouseholdWrites(sdk, STAFF_ACTORS[who as 'workerX'], {
      id: 'h-1-2-602',
      buildingId: 'b1',
      buildingNumber: 1,
      entrance: 2,
      flat: '602',
      interestGroup: 'jumin',
      members: [{ name: '李桂兰', relation: '户主' }],
      phones: [{ name: '李桂兰', phone: '+8613900000077' }],
    });
    batch.set(doc(f, 'households/h-1-2-602'), { ...w.household, search: household(w.household.search) });
    batch.set(doc(f, 'householdPrivate/h-1-2-602'), { ...w.private, search: care(w.private.search) });
    batch.set(doc(f, 'auditLog', w.audit.id), w.audit.data);
    return batch.commit();
  }
  const tooMany = (t: string[]) => [...t, ...Array.from({ length: searchTokensMax }, (_, i) => `x${i}`)];
  /** More than searchTokensMax tokens in fewer entries, joined by spaces. */
  const packed = (t: string[]) => [
    ...t,
    ...Array.from({ length: searchTokensMax / 2 }, (_, i) => `x${i} y${i}`),
  ];
  it('a new household is found by its flat and names, its care record by the phone (whole, begun, last four)', async () => {
    await assertSucceeds(register('workerX'));
    const saved = (await getDoc(doc(db(env, 'workerX'), 'households/h-1-2-602'))).data();
    expect(saved?.search).toEqual(expect.arrayContaining(['602', '李桂', '桂兰']));
    const care = (await getDoc(doc(db(env, 'workerX'), 'householdPrivate/h-1-2-602'))).data();
    expect(care?.search).toEqual(expect.arrayContaining(['13900000077', '139', '0077']));
  });
  it.each<[string, (t: string[]) => unknown]>([
    ['without its flat’s token', (t) => t.filter((x) => x !== '602')],
    ['too many tokens', tooMany],
    ['a token too long', (t) => [...t, 'x'.repeat(searchTokenMax + 1)]],
    ['too many tokens packed two to an entry (the bound counts them)', (t) => packed(t)],
  ])('a household with %s is refused', async (_, household) => {
    await assertFails(register('workerX', household));
  });
  it.each<[string, (t: string[]) => unknown]>([
    ['too many tokens', tooMany],
    ['a token too long', (t) => [...t, '1'.repeat(searchTokenMax + 1)]],
    ['too many tokens packed two to an entry', (t) => packed(t)],
  ])('a care record with %s is refused', async (_, care) => {
    await assertFails(register('workerX', undefined, care));
  });
  it('another building’s worker cannot register one with tokens either', async () => {
    await assertFails(register('workerY'));
  });
  it('an edit of the members writes their new tokens; wrong ones are refused', async () => {
    const edit = (search?: (t: string[]) => unknown) => {
      const f = db(env, 'workerX');
      const batch = writeBatch(f);
      const w = householdEditWrites(
        sdk,
        STAFF_ACTORS.workerX,
        { ...where, interestGroup: 'tuixiu', members: [{ name: '户主', relation: '户主' }] },
        { interestGroup: 'tuixiu', members: [{ name: '赵新民', relation: '户主' }] },
      );
      batch.update(
        doc(f, 'households/hA'),
        search ? { ...w.update, search: search(w.update.search) } : w.update,
      );
      batch.set(doc(f, 'auditLog', w.audit.id), w.audit.data);
      return batch.commit();
    };
    await assertFails(edit((t) => t.filter((x) => x !== '101')));
    await assertFails(edit(tooMany));
    await assertSucceeds(edit());
    const saved = (await getDoc(doc(db(env, 'workerX'), 'households/hA'))).data();
    expect(saved?.search).toEqual(expect.arrayContaining(['101', '赵新', '新民']));
  });
  it('an edit of the phones writes their new tokens; wrong ones are refused', async () => {
    const current = {
      careTags: ['elderlyAlone' as const],
      phones: [{ name: '户主', phone: '+8613800000000' }],
      idNumbers: [{ name: '户主', idNumber: '430602194001011234' }],
      notes: '',
      lastVisitId: 'v0',
      lastVisitAt: T0.toDate(),
      nextVisitDue: new Date(T0.toMillis() + 30 * DAY),
    };
    const edit = (search?: (t: string[]) => unknown) => {
      const f = db(env, 'workerX');
      const batch = writeBatch(f);
      const w = careEditWrites(sdk, STAFF_ACTORS.workerX, where, current, {
        ...current,
        phones: [{ name: '女儿', phone: '+8613700001234' }],
      });
      batch.update(
        doc(f, 'householdPrivate/hA'),
        search ? { ...w.update, search: search(w.update.search) } : w.update,
      );
      batch.set(doc(f, 'auditLog', w.audit.id), w.audit.data);
      return batch.commit();
    };
    await assertFails(edit(packed));
    await assertSucceeds(edit());
    const saved = (await getDoc(doc(db(env, 'workerX'), 'householdPrivate/hA'))).data();
    expect(saved?.search).toEqual(expect.arrayContaining(['13700001234', '1234']));
  });
  it('residents never write tokens into the register', async () => {
    await assertFails(updateDoc(doc(db(env, 'residentA'), 'households/hA'), { search: ['x1'] }));
    await assertFails(updateDoc(doc(db(env, 'residentA'), 'householdPrivate/hA'), { search: ['x1'] }));
  });
});
