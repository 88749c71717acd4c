/**
 * The audit log (操作记录): every change to the register, the care data, roles, buildings and categories is
 * written with its entry in the same batch (the payloads are the app's own builders'). For each audited write:
 * the app's write with its entry is accepted; the same write without the entry, with an entry in another
 * staff member's name, or the entry alone, is refused; and no entry is ever changed or removed.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assignWrites } from '../../src/features/buildings/api/writes';
import {
  archiveWrites,
  careEditWrites,
  householdEditWrites,
  newHouseholdWrites,
} from '../../src/features/households/api/writes';
import { activeWrites, roleWrites } from '../../src/features/staff/api/writes';
import { categoryWrites } from '../../src/features/tickets/api/category-items';
import type { Category } from '../../src/features/tickets/types';
import { auditPage } from '../../src/lib/policy';
import { assertFails, assertSucceeds, db, makeEnv, seedWorld, T0, type Principal } from './support';

const sdk = { serverTimestamp, fromMillis: (ms: number) => Timestamp.fromMillis(ms) };
const NAMES: Partial<Record<Principal, string>> = { head: '主任', workerX: '网格X', workerY: '网格Y' };
const UIDS: Partial<Record<Principal, string>> = { head: 'head', workerX: 'wX', workerY: 'wY' };
const actor = (who: Principal) => ({ id: UIDS[who]!, name: NAMES[who]! });

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('audit');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
});

type Op = ['set' | 'update', string, Record<string, unknown>];
interface Audited {
  writes: Op[];
  audit: { id: string; data: Record<string, unknown> };
}
type Variant = 'app' | 'noEntry' | 'otherActor' | 'entryAlone' | 'noLink' | 'fewerFields';

/** Commits an audited write as the app does, or one of its hostile variants. */
function commit(who: Principal, w: Audited, variant: Variant = 'app', other: Principal = 'workerY') {
  const f = db(env, who);
  const batch = writeBatch(f);
  if (variant !== 'entryAlone')
    for (const [op, path, data] of w.writes) {
      const d =
        variant === 'noLink'
          ? Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'lastAuditId'))
          : data;
      if (op === 'set') batch.set(doc(f, path), d);
      else batch.update(doc(f, path), d);
    }
  if (variant !== 'noEntry') {
    const data = { ...w.audit.data };
    if (variant === 'otherActor') Object.assign(data, { actorId: UIDS[other], actorName: NAMES[other] });
    if (variant === 'fewerFields') data.fields = [];
    batch.set(doc(f, 'auditLog', w.audit.id), data);
  }
  return batch.commit();
}

const where1 = { id: 'hA', buildingId: 'b1', entrance: 1, flat: '101', buildingNumber: 1 };
const seededPrivate = {
  careTags: ['elderlyAlone' as const],
  phones: [{ name: '户主', phone: '+8613800000000' }],
  idNumbers: [{ name: '户主', idNumber: '430602194001011234' }],
  notes: '',
  lastVisitId: 'v0',
  lastVisitAt: T0.toDate(),
  nextVisitDue: new Date(T0.toMillis() + 30 * 86_400_000),
};
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

/** Every audited write the app makes: who makes it, and who else (of the same standing) could forge. */
const cases: [string, Principal, Principal, () => Audited, string[]][] = [
  [
    'a household registered (with its private record)',
    'workerX',
    'head',
    () => {
      const w = newHouseholdWrites(sdk, actor('workerX'), {
        id: 'h-1-2-502',
        buildingId: 'b1',
        buildingNumber: 1,
        entrance: 2,
        flat: '502',
        interestGroup: 'jumin',
        members: [{ name: '新住户', relation: '户主' }],
        phones: [{ name: '新住户', phone: '+8613900000088' }],
      });
      return {
        writes: [
          ['set', 'households/h-1-2-502', w.household],
          ['set', 'householdPrivate/h-1-2-502', w.private],
        ],
        audit: w.audit,
      };
    },
    [],
  ],
  [
    'a household’s members changed',
    'workerX',
    'head',
    () => {
      const w = householdEditWrites(
        sdk,
        actor('workerX'),
        { ...where1, interestGroup: 'tuixiu', members: [{ name: '户主', relation: '户主' }] },
        {
          interestGroup: 'tuixiu',
          members: [
            { name: '户主', relation: '户主' },
            { name: '老伴', relation: '配偶' },
          ],
        },
      );
      return { writes: [['update', 'households/hA', w.update]], audit: w.audit };
    },
    ['members'],
  ],
  [
    'a household archived with the reason',
    'workerX',
    'head',
    () => {
      const w = archiveWrites(sdk, actor('workerX'), where1, '已搬走');
      return { writes: [['update', 'households/hA', w.update]], audit: w.audit };
    },
    ['archived'],
  ],
  [
    'a care record edited (ID numbers)',
    'workerX',
    'head',
    () => {
      const w = careEditWrites(sdk, actor('workerX'), where1, seededPrivate, {
        careTags: ['elderlyAlone'],
        phones: seededPrivate.phones,
        idNumbers: [{ name: '户主', idNumber: '11010519491231002X' }],
        notes: '',
      });
      return { writes: [['update', 'householdPrivate/hA', w.update]], audit: w.audit };
    },
    ['idNumbers'],
  ],
  [
    'a role granted',
    'head',
    'workerX',
    () => {
      const w = roleWrites(sdk, actor('head'), { id: 'rB', name: '居民B' }, 'worker');
      return { writes: [['update', 'users/rB', w.update]], audit: w.audit };
    },
    ['role'],
  ],
  [
    'an account deactivated',
    'head',
    'workerX',
    () => {
      const w = activeWrites(sdk, actor('head'), { id: 'wY', name: '网格Y' }, false);
      return { writes: [['update', 'users/wY', w.update]], audit: w.audit };
    },
    ['active'],
  ],
  [
    'a building given to a worker (with its directory entry)',
    'head',
    'workerX',
    () => {
      const w = assignWrites(sdk, actor('head'), { id: 'b3', number: 3 }, { id: 'wX', name: '网格X' });
      return {
        writes: [
          ['update', 'buildings/b3', w.building],
          [
            'update',
            'config/buildings',
            {
              'items.b3.workerId': w.directory.workerId,
              'items.b3.workerName': w.directory.workerName,
              lastBuilding: w.directory.lastBuilding,
              updatedAt: w.directory.updatedAt,
            },
          ],
        ],
        audit: w.audit,
      };
    },
    ['workerId'],
  ],
  [
    'a category’s deadline changed',
    'head',
    'workerX',
    () => {
      const w = categoryWrites(sdk, actor('head'), water, { ...water, responseHours: 2 }, 1);
      return { writes: [['update', 'config/categories', w.update]], audit: w.audit };
    },
    ['responseHours'],
  ],
];

describe.each(cases)('%s', (_, who, other, build, fields) => {
  it('the app’s write with its entry is accepted, and the entry says who, when and which fields', async () => {
    const w = build();
    await assertSucceeds(commit(who, w));
    const entry = (await getDoc(doc(db(env, 'head'), 'auditLog', w.audit.id))).data()!;
    expect(entry.actorId).toBe(UIDS[who]);
    expect(entry.fields).toEqual(expect.arrayContaining(fields));
    expect(JSON.stringify({ ...entry, at: null })).not.toMatch(/[0-9]{7}/); // no ID or phone number in clear
  });
  it('without its entry, or without naming it, is refused', async () => {
    await assertFails(commit(who, build(), 'noEntry'));
    await assertFails(commit(who, build(), 'noLink'));
  });
  it('with an entry in another staff member’s name is refused', async () => {
    await assertFails(commit(who, build(), 'otherActor', other));
  });
  it('the entry alone, with no change, is refused', async () => {
    await assertFails(commit(who, build(), 'entryAlone'));
  });
  if (fields.length)
    it('an entry that hides a field the change makes is refused', async () => {
      await assertFails(commit(who, build(), 'fewerFields'));
    });
  it('an entry is never changed nor removed, by anyone', async () => {
    const w = build();
    await assertSucceeds(commit(who, w));
    for (const p of ['head', 'workerX'] as const) {
      await assertFails(updateDoc(doc(db(env, p), 'auditLog', w.audit.id), { note: '改过' }));
      await assertFails(deleteDoc(doc(db(env, p), 'auditLog', w.audit.id)));
    }
    // nor written again under the same id with the next change
    const again = build();
    await assertFails(commit(who, { ...again, audit: { ...again.audit, id: w.audit.id } }));
  });
});

describe('the entries themselves', () => {
  const edit = () => {
    const w = archiveWrites(sdk, actor('workerX'), where1, '已搬走');
    return { writes: [['update', 'households/hA', w.update]] as Op[], audit: w.audit };
  };
  it('carry no ID or phone number: a run of 7 digits in the label or note is refused', async () => {
    const w = edit();
    await assertFails(
      commit('workerX', { ...w, audit: { ...w.audit, data: { ...w.audit.data, note: '13900000077' } } }),
    );
    await assertFails(
      commit('workerX', {
        ...w,
        audit: { ...w.audit, data: { ...w.audit.data, targetLabel: '430602194001011234' } },
      }),
    );
    await assertFails(
      commit('workerX', { ...w, audit: { ...w.audit, data: { ...w.audit.data, fields: ['13900000077'] } } }),
    );
    await assertSucceeds(commit('workerX', w));
  });
  it('are about the target written (kind, id and path) and stamped with the server’s time', async () => {
    const w = edit();
    const forged = (data: Record<string, unknown>) =>
      commit('workerX', { ...w, audit: { ...w.audit, data: { ...w.audit.data, ...data } } });
    await assertFails(forged({ targetId: 'hB' }));
    await assertFails(forged({ target: 'households/hB' }));
    await assertFails(forged({ kind: 'care', action: 'care.edit' }));
    await assertFails(forged({ action: 'staff.role' }));
    await assertFails(forged({ buildingId: 'b2' }));
    await assertFails(forged({ at: T0 }));
    await assertFails(forged({ actorName: '主任' }));
  });
  it('a worker cannot log a change in another worker’s building', async () => {
    const w = archiveWrites(
      sdk,
      actor('workerX'),
      { ...where1, id: 'hB', buildingId: 'b2', flat: '201', buildingNumber: 2 },
      '已搬走',
    );
    await assertFails(commit('workerX', { writes: [['update', 'households/hB', w.update]], audit: w.audit }));
  });
  it('a visit moves the care schedule without an entry (the visit record is the record)', async () => {
    const f = db(env, 'workerX');
    const batch = writeBatch(f);
    const visitedAt = Timestamp.fromMillis(Date.now() - 3_600_000);
    batch.set(doc(f, 'visits', 'v9'), {
      householdId: 'hA',
      buildingId: 'b1',
      workerId: 'wX',
      workerName: '网格X',
      visitedAt,
      metWith: '户主',
      findings: '一切正常',
      followUp: false,
      ticketId: null,
      createdAt: serverTimestamp(),
    });
    batch.update(doc(f, 'householdPrivate', 'hA'), {
      lastVisitId: 'v9',
      lastVisitAt: visitedAt,
      nextVisitDue: Timestamp.fromMillis(visitedAt.toMillis() + 30 * 86_400_000),
      updatedAt: serverTimestamp(),
    });
    await assertSucceeds(batch.commit());
  });
});

describe('who reads the log', () => {
  beforeEach(async () => {
    for (const [, who, , build] of cases) await commit(who, build());
  });
  const page = (who: Principal, ...c: Parameters<typeof query>[1][]) =>
    getDocs(query(collection(db(env, who), 'auditLog'), ...c, orderBy('at', 'desc'), limit(auditPage)));
  it('the head reads every entry, newest first, by kind, a page at a time (never over the cap)', async () => {
    const all = await assertSucceeds(page('head'));
    expect(all.size).toBe(cases.length);
    const staff = await assertSucceeds(page('head', where('kind', '==', 'staff')));
    expect(staff.size).toBe(2);
    await assertFails(
      getDocs(query(collection(db(env, 'head'), 'auditLog'), orderBy('at', 'desc'), limit(auditPage + 1))),
    );
    await assertFails(getDocs(query(collection(db(env, 'head'), 'auditLog'), orderBy('at', 'desc'))));
  });
  it('a worker reads the entries of their own buildings only', async () => {
    const mine = await assertSucceeds(page('workerX', where('buildingId', '==', 'b1')));
    expect(mine.size).toBe(4); // household added, edited, archived; care record
    await assertSucceeds(page('workerX', where('buildingId', '==', 'b1'), where('kind', '==', 'care')));
    await assertFails(page('workerX', where('buildingId', '==', 'b2')));
    await assertFails(page('workerX'));
    await assertFails(page('workerX', where('kind', '==', 'staff')));
    await assertFails(page('workerY', where('buildingId', '==', 'b1')));
  });
  it.each<Principal>(['residentA', 'volunteer', 'workerOff', 'noProfile', 'anonymous'])(
    '%s reads none of it',
    async (who) => {
      await assertFails(page(who));
      await assertFails(page(who, where('buildingId', '==', 'b1')));
    },
  );
});
