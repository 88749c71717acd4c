/**
 * A large community for benchmarks: `households` households in buildings of 100, `tickets` tickets spread
 * over them (most closed, a realistic open share), written with the Admin SDK in batches. Deterministic.
 * The demo community's staff own the first buildings so the same accounts can be measured at scale.
 */
import { DIRECTORY_PATH, directoryDoc, directoryEntry } from '../../src/features/buildings/directory';
import { profile } from '../../tests/rules/fixtures';
import { LEAF_CATEGORIES, categoriesDoc } from './categories';
import { prng, STAFF } from './demo';
import { signalsOf, summarise, type SummarisedTicket } from './stats';
import { householdTokens, ticketTokens } from '../../src/lib/search';
import { careTokens } from '../../src/features/households/api/writes';
import { adminApp, Writer, type EmulatorTarget } from './write';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OPEN = ['submitted', 'accepted', 'in_progress', 'reopened'];

export interface ScaleOptions {
  households: number;
  tickets: number;
  seed?: number;
}

export async function writeScaleCommunity(target: EmulatorTarget, opts: ScaleOptions, now = new Date()) {
  const r = prng(opts.seed ?? 7);
  const { db } = adminApp(target);
  const w = new Writer(db);
  const perBuilding = 100;
  const buildingCount = Math.ceil(opts.households / perBuilding);
  const workers = [STAFF.w1, STAFF.w2, STAFF.w3];
  const started = Date.now();

  await w.set('config/categories', {
    items: categoriesDoc(),
    lastCategory: null,
    updatedAt: now,
    updatedBy: STAFF.head.uid,
  });
  for (const s of [STAFF.head, ...workers]) {
    await w.set(
      `users/${s.uid}`,
      profile({
        displayName: s.name,
        role: s.uid === STAFF.head.uid ? 'head' : 'worker',
        phone: s.phone,
        email: s.email,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }
  // Each worker owns ~1/3 of the buildings, as a grid would divide them.
  const buildings = [];
  for (let n = 1; n <= buildingCount; n++) {
    const owner = workers[(n - 1) % workers.length]!;
    const building = {
      id: `b${n}`,
      number: n,
      entrances: 4,
      floors: 7,
      commonAreas: ['stairwell', 'lift', 'roof', 'yard'],
      workerId: owner.uid,
      workerName: owner.name,
      householdCount: perBuilding,
    };
    buildings.push(building);
    await w.set(`buildings/${building.id}`, { ...directoryEntry(building), updatedAt: now });
  }
  await w.set(DIRECTORY_PATH, directoryDoc(buildings, now));
  const households: { id: string; building: number; entrance: number; flat: string }[] = [];
  for (let i = 0; i < opts.households; i++) {
    const building = Math.floor(i / perBuilding) + 1;
    const k = i % perBuilding;
    const entrance = (k % 4) + 1;
    const flat = `${Math.floor(k / 4 / 4) + 1}0${(Math.floor(k / 4) % 4) + 1}`;
    const id = `h-${building}-${entrance}-${flat}-${k}`;
    households.push({ id, building, entrance, flat });
    await w.set(`households/${id}`, {
      buildingId: `b${building}`,
      entrance,
      flat,
      interestGroup: r.pick(['tuixiu', 'zaizhi', 'jumin', 'neitui', 'xiejie'] as const),
      members: [{ name: `住户${i}`, relation: '户主' }],
      search: householdTokens({ flat, members: [{ name: `住户${i}` }] }),
      createdAt: now,
      updatedAt: now,
    });
    const elderly = r.chance(0.1);
    await w.set(`householdPrivate/${id}`, {
      buildingId: `b${building}`,
      careTags: elderly ? ['elderlyAlone'] : [],
      phones: [],
      idNumbers: [],
      notes: '',
      search: careTokens([]),
      visitIntervalDays: elderly ? 30 : null,
      lastVisitId: null, // (the scale seed writes no visit records: it measures lists, not the register)
      lastVisitAt: elderly ? new Date(now.getTime() - r.int(1, 60) * DAY) : null,
      nextVisitDue: elderly ? new Date(now.getTime() - r.int(-30, 30) * DAY) : null,
      updatedAt: now,
    });
  }
  const summaries: SummarisedTicket[] = [];
  const reported: Parameters<typeof signalsOf>[0] = [];
  for (let i = 0; i < opts.tickets; i++) {
    const h = households[r.int(0, households.length - 1)]!;
    const owner = workers[(h.building - 1) % workers.length]!;
    const cat = LEAF_CATEGORIES[r.int(0, LEAF_CATEGORIES.length - 1)]!;
    const open = r.chance(0.06);
    const status = open
      ? OPEN[r.int(0, OPEN.length - 1)]!
      : r.pick(['closed', 'closed', 'closed', 'cancelled', 'rejected'] as const);
    const createdAt = new Date(now.getTime() - r.int(1, 365 * 24) * HOUR);
    const responseDueAt = new Date(createdAt.getTime() + cat.responseHours * HOUR);
    const resolutionDueAt = new Date(createdAt.getTime() + cat.resolutionHours * HOUR);
    const closed = !open;
    const acceptedAt = status === 'submitted' ? null : new Date(createdAt.getTime() + HOUR);
    const resolvedAt = closed && status === 'closed' ? new Date(createdAt.getTime() + DAY) : null;
    const closedAt = closed ? new Date(createdAt.getTime() + 2 * DAY) : null;
    const rating = status === 'closed' && r.chance(0.7) ? { score: r.int(2, 5), comment: '' } : null;
    reported.push({
      buildingId: `b${h.building}`,
      categoryId: cat.id,
      householdId: h.id,
      clientCreatedAt: createdAt,
    });
    summaries.push({
      buildingId: `b${h.building}`,
      categoryId: cat.id,
      assigneeId: owner.uid,
      createdAt,
      responseDueAt,
      acceptedAt,
      resolvedAt,
      closedAt,
      closeReason: status === 'closed' ? (rating ? 'confirmed' : 'auto') : null,
      rating,
      reopenedAt: status === 'reopened' ? [new Date(createdAt.getTime() + 2 * DAY)] : [],
    });
    const id = `s${String(i).padStart(7, '0')}`;
    const home = { buildingNumber: h.building, entrance: h.entrance, flat: h.flat };
    const description = `规模测试工单 ${i}`;
    await w.set(`tickets/${id}`, {
      search: ticketTokens({ id, description, reporterName: '住户', home, location: { flat: null } }),
      categoryId: cat.id,
      description,
      location: { kind: 'flat', area: null },
      buildingId: `b${h.building}`,
      buildingNumber: h.building,
      home,
      householdId: h.id,
      urgency: r.chance(0.1) ? 'urgent' : 'normal',
      status,
      open,
      reporterId: 'scale',
      reporterName: `住户`,
      viaProxy: false,
      assigneeId: owner.uid,
      assigneeName: owner.name,
      clientCreatedAt: createdAt,
      createdAt,
      updatedAt: createdAt,
      responseDueAt,
      resolutionDueAt,
      dueAt: status === 'submitted' ? responseDueAt : open ? resolutionDueAt : null,
      acceptedAt,
      resolvedAt,
      closedAt,
      photoCount: 0,
      voiceSeconds: null,
      rating,
      reopenCount: status === 'reopened' ? 1 : 0,
      rejectReason: status === 'rejected' ? '不属于社区职责范围' : null,
      closeReason: status === 'closed' ? (rating ? 'confirmed' : 'auto') : null,
      lastEventId: 'created',
      shared: cat.shared, // (no mirrors: the scale run measures lists, not "me too")
    });
  }
  for (const [period, stats] of summarise(summaries)) {
    await w.set(`stats/${period}`, { ...stats, lastTicket: 'seed', updatedAt: now });
  }
  for (const [day, reports] of signalsOf(reported)) {
    await w.set(`signals/${day}`, { reports, lastTicket: 'seed', updatedAt: now });
  }
  await w.done();
  return { documents: w.written, ms: Date.now() - started, buildings: buildingCount };
}
