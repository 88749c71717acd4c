/**
 * The demo community: deterministic content (a seeded PRNG), dates relative to `now` so deadlines look
 * current whenever it is seeded. Pure data — `write.ts` puts it into the emulators.
 */
// relative: scripts run under tsx without aliases
import { checkCharacter } from '../../src/lib/id-number';
import type { CommunityEvent, EventRole } from '../../src/features/events/types';
import type { CareTag, Household, HouseholdPrivate } from '../../src/features/households/types';
import type { CommunityNotice } from '../../src/features/notices/types';
import type { TimelineEntry, TimelineType } from '../../src/features/tickets/types';
import type { Ticket, TicketStatus } from '../../src/lib/converters/tickets';
import type { Visit } from '../../src/lib/converters/visits';
import { monthStart } from '../../src/lib/period';
import { careIntervalDays, interestGroups } from '../../src/lib/policy';
import { CATEGORIES, LEAF_CATEGORIES, categoriesDoc, type SeedCategory } from './categories';
import { scenarioTickets } from './scenarios';

export const DEMO_PASSWORD = 'shequ-demo-2026';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const GIVEN_OLD = [
  '秀英',
  '桂兰',
  '玉珍',
  '淑珍',
  '凤英',
  '建国',
  '建华',
  '国强',
  '德明',
  '志刚',
  '文华',
  '素芳',
  '长林',
  '富贵',
];
const GIVEN_YOUNG = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '杰',
  '丽',
  '强',
  '涛',
  '婷',
  '鹏',
  '浩',
  '晨',
];
const INTEREST_GROUPS = interestGroups;
const GROUP_WEIGHTS = [1, 30, 8, 8, 6, 25, 22];

export interface SeedBuilding {
  id: string;
  number: number;
  entrances: number;
  floors: number;
  commonAreas: string[];
  workerId: string | null;
  workerName: string | null;
  householdCount: number;
}

/** A household and its private record (the app's types), with its building's number for the seed's use. */
export type SeedHousehold = Omit<Household, 'createdAt' | 'archived' | 'archivedReason' | 'archivedAt'> & {
  buildingNumber: number;
  private: Omit<HouseholdPrivate, 'id' | 'buildingId'>;
};

/** A home visit: every household's "last visit" is one of these. */
export type SeedVisit = Visit & { createdAt: Date };

export interface SeedUser {
  uid: string;
  displayName: string;
  role: 'resident' | 'worker' | 'head';
  active: boolean;
  phone: string | null;
  email: string | null;
  householdId: string | null;
  buildingId: string | null;
  linkStatus: 'none' | 'pending' | 'confirmed' | 'refused';
  link: { buildingId: string; entrance: number; flat: string } | null;
  volunteer: boolean;
  /** What the demo account is for (printed by `npm start`). */
  note: string;
}

export type SeedTimelineEntry = TimelineEntry;

/** A ticket as stored (the app's type, but `pending`, which only a phone knows), with its timeline. */
export type SeedTicket = Omit<Ticket, 'pending'> & {
  clientCreatedAt: Date;
  timeline: SeedTimelineEntry[];
};

export interface SeedSignup {
  uid: string;
  name: string;
  roleId: string;
  seq: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  createdAt: Date;
  checkedInAt: Date | null;
  hours: number | null;
  hoursConfirmedBy: string | null;
  hoursConfirmedAt: Date | null;
  eventTitle: string;
  eventStartAt: Date;
}

/** An event as stored: the app's type, its roles keyed by id, who made it and when, with its sign-ups. */
export type SeedEvent = Omit<CommunityEvent, 'roles'> & {
  roles: Record<string, Omit<EventRole, 'id'>>;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  signups: SeedSignup[];
};

export type SeedNotice = CommunityNotice & { createdBy: string; updatedAt: Date };

export interface DemoCommunity {
  community: { name: string; officePhone: string; officeHours: string; officeHoursEn: string };
  categories: ReturnType<typeof categoriesDoc>;
  buildings: SeedBuilding[];
  households: SeedHousehold[];
  visits: SeedVisit[];
  users: SeedUser[];
  tickets: SeedTicket[];
  events: SeedEvent[];
  notices: SeedNotice[];
}

// ---------------------------------------------------------------- staff and demo residents
export const STAFF = {
  head: { uid: 'u-head', name: '孙主任', email: 'head@demo.shequ', phone: '+8613900000000' },
  w1: { uid: 'u-w1', name: '黄网格', email: 'worker1@demo.shequ', phone: '+8613900000001' },
  w2: { uid: 'u-w2', name: '何网格', email: 'worker2@demo.shequ', phone: '+8613900000002' },
  w3: { uid: 'u-w3', name: '郭网格', email: 'worker3@demo.shequ', phone: '+8613900000003' },
  w4: { uid: 'u-w4', name: '马网格', email: 'worker4@demo.shequ', phone: '+8613900000004' },
} as const;

/** Building number → responsible worker (building 7 is unowned: its tickets wait in the head's queue). */
const OWNERS: Record<number, keyof typeof STAFF | null> = {
  1: 'w1',
  2: 'w1',
  3: 'w2',
  4: 'w2',
  5: 'w3',
  6: 'w3',
  7: null,
};

interface DemoResident {
  uid: string;
  name: string;
  phone: string;
  building: number;
  entrance: number;
  flat: string;
  status: 'confirmed' | 'pending';
  volunteer: boolean;
  note: string;
}

export const RESIDENTS: DemoResident[] = [
  {
    uid: 'u-r1',
    name: '王秀英',
    phone: '+8613800000001',
    building: 1,
    entrance: 1,
    flat: '101',
    status: 'confirmed',
    volunteer: false,
    note: '78 岁，独居老人，1 栋',
  },
  {
    uid: 'u-r2',
    name: '李建国',
    phone: '+8613800000002',
    building: 2,
    entrance: 1,
    flat: '301',
    status: 'confirmed',
    volunteer: false,
    note: '退休职工，2 栋',
  },
  {
    uid: 'u-r3',
    name: '李晓梅',
    phone: '+8613800000003',
    building: 2,
    entrance: 1,
    flat: '301',
    status: 'confirmed',
    volunteer: false,
    note: '李建国的女儿，同一户',
  },
  {
    uid: 'u-r4',
    name: '刘志强',
    phone: '+8613800000004',
    building: 3,
    entrance: 2,
    flat: '402',
    status: 'confirmed',
    volunteer: true,
    note: '志愿者，3 栋',
  },
  {
    uid: 'u-r5',
    name: '陈丽',
    phone: '+8613800000005',
    building: 4,
    entrance: 1,
    flat: '201',
    status: 'confirmed',
    volunteer: true,
    note: '志愿者，4 栋',
  },
  {
    uid: 'u-r6',
    name: '杨明',
    phone: '+8613800000006',
    building: 5,
    entrance: 2,
    flat: '502',
    status: 'confirmed',
    volunteer: true,
    note: '志愿者，5 栋',
  },
  {
    uid: 'u-r7',
    name: '吴芳',
    phone: '+8613800000007',
    building: 6,
    entrance: 1,
    flat: '102',
    status: 'confirmed',
    volunteer: true,
    note: '志愿者，6 栋',
  },
  {
    uid: 'u-r8',
    name: '赵淑珍',
    phone: '+8613800000008',
    building: 7,
    entrance: 1,
    flat: '201',
    status: 'confirmed',
    volunteer: false,
    note: '7 栋（无人负责的楼栋）',
  },
  {
    uid: 'u-r9',
    name: '周杰',
    phone: '+8613800000009',
    building: 1,
    entrance: 2,
    flat: '601',
    status: 'pending',
    volunteer: false,
    note: '新注册，住址待网格员核对',
  },
];

const TICKET_TEXT: Record<string, string[]> = {
  water: ['厨房水龙头关不严，一直滴水。', '家里停水两天了，也没看到通知。', '楼道里水管冻裂了，在往外冒水。'],
  power: ['楼道灯坏了，晚上上下楼看不见。', '家里经常跳闸，插座有焦味。'],
  heating: ['暖气片不热，屋里只有十二度。', '暖气阀门漏水，地板都湿了。'],
  gas: ['厨房闻到燃气味，已经关了阀门。'],
  lift: ['电梯按钮失灵，老人上下楼很困难。', '电梯运行时有异响，大家都不敢坐。'],
  leak: ['卫生间天花板渗水，楼上可能漏水。', '下雨时外墙往屋里渗水。'],
  doorWindow: ['单元门门禁坏了，关不上。', '楼道窗户玻璃破了，风很大。'],
  sanitation: ['垃圾桶满了好几天没人清理。', '楼道堆满杂物，影响通行。'],
  flyers: ['楼道墙上贴满了小广告。', '单元门上又被贴了开锁广告。'],
  animals: ['楼下有人养鸡，天不亮就叫。', '邻居的狗经常在楼道里大小便。'],
  vegetablePlot: ['楼前绿地被人开垦种菜了。'],
  safety: ['车棚的锁坏了，最近丢了两辆电动车。', '楼道里有人给电动车充电，很危险。'],
  feePolicy: ['想了解今年物业费的收费标准。', '物业费为什么涨了？有没有文件？'],
  benefits: ['养老金这个月到账比往常少，想问问原因。', '内退人员的医保怎么续缴？'],
  housing: ['老房子的房产证一直没办下来。'],
  dispute: ['楼上装修噪音大，沟通几次都没用，申请调解。', '和邻居因为楼道堆物起了争执，请社区调解。'],
  other: ['小区里的健身器材坏了。'],
};

const REPLIES = {
  accept: '您好，已收到，我们会尽快安排处理。',
  start: '师傅已经到现场查看，正在处理。',
  resolve: '已经处理好了，请您确认一下，有问题随时联系。',
  note: '需要联系物业维修班，费用按规定由公共维修金支付。',
  reject: '这个问题属于供电公司管辖，请拨打 95598 报修，社区可以协助联系。',
  reopen: '还是不行，师傅走后又坏了。',
  rateComment: ['处理得很及时，谢谢网格员！', '态度很好。', '修好了，但是等了好几天。', ''],
};

/** Status plan for the 48 demo tickets, in order; every status appears, some are overdue. */
const STATUS_PLAN: TicketStatus[] = [
  ...Array(9).fill('submitted'),
  ...Array(6).fill('accepted'),
  ...Array(8).fill('in_progress'),
  ...Array(6).fill('resolved'),
  ...Array(3).fill('reopened'),
  ...Array(10).fill('closed'),
  ...Array(3).fill('cancelled'),
  ...Array(3).fill('rejected'),
];

function weightedGroup(r: ReturnType<typeof prng>) {
  const total = GROUP_WEIGHTS.reduce((a, b) => a + b, 0);
  let x = r.next() * total;
  for (let i = 0; i < GROUP_WEIGHTS.length; i++) {
    x -= GROUP_WEIGHTS[i]!;
    if (x < 0) return INTEREST_GROUPS[i]!;
  }
  return 'jumin';
}

/** A made-up ID number of the right form: its check character computed (src/lib/id-number.ts). */
function fakeId(r: ReturnType<typeof prng>, birthYear: number) {
  const first17 = `430602${birthYear}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.int(100, 999)}`;
  return first17 + checkCharacter(first17);
}

export function householdId(building: number, entrance: number, flat: string) {
  return `h-${building}-${entrance}-${flat}`;
}

export function demoCommunity(now: Date, seed = 20261122): DemoCommunity {
  const r = prng(seed);
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);

  // ---------------- buildings
  const buildings: SeedBuilding[] = [1, 2, 3, 4, 5, 6, 7].map((n) => {
    const owner = OWNERS[n] ? STAFF[OWNERS[n]!] : null;
    return {
      id: `b${n}`,
      number: n,
      entrances: n === 7 ? 1 : n % 2 === 0 ? 3 : 2,
      floors: n === 7 ? 5 : 6,
      commonAreas:
        n === 7
          ? ['stairwell', 'roof', 'yard']
          : ['stairwell', 'lift', 'roof', 'basement', 'yard', 'bikeShed', 'gate'],
      workerId: owner?.uid ?? null,
      workerName: owner?.name ?? null,
      householdCount: 0,
    };
  });

  // ---------------- households (~120): demo residents' flats first, the rest from the PRNG
  const households: SeedHousehold[] = [];
  const visits: SeedVisit[] = [];
  const byId = new Map<string, SeedHousehold>();
  const addHousehold = (
    b: SeedBuilding,
    entrance: number,
    flat: string,
    fixed?: {
      members: SeedHousehold['members'];
      careTags?: CareTag[];
      group?: SeedHousehold['interestGroup'];
    },
  ) => {
    const id = householdId(b.number, entrance, flat);
    if (byId.has(id)) return byId.get(id)!;
    const surname = r.pick(SURNAMES);
    const elderly = r.chance(0.4);
    const members =
      fixed?.members ??
      (elderly
        ? r.chance(0.35)
          ? [{ name: surname + r.pick(GIVEN_OLD), relation: '户主' }]
          : [
              { name: surname + r.pick(GIVEN_OLD), relation: '户主' },
              { name: r.pick(SURNAMES) + r.pick(GIVEN_OLD), relation: '配偶' },
            ]
        : [
            { name: surname + r.pick(GIVEN_YOUNG), relation: '户主' },
            { name: r.pick(SURNAMES) + r.pick(GIVEN_YOUNG), relation: '配偶' },
            ...(r.chance(0.6) ? [{ name: surname + r.pick(GIVEN_YOUNG), relation: '子女' }] : []),
          ]);
    const careTags: CareTag[] = fixed?.careTags ?? [
      ...(elderly && members.length === 1 ? (['elderlyAlone'] as const) : []),
      ...(elderly && members.length === 2 && r.chance(0.3) ? (['emptyNest'] as const) : []),
      ...(r.chance(0.08) ? (['difficulty'] as const) : []),
      ...(r.chance(0.04) ? (['disabled'] as const) : []),
    ];
    const interval = careIntervalDays(careTags);
    // Some care households were visited recently, others are overdue for a visit: each last visit is a
    // visit record by the building's grid worker (the head for a building without one).
    const lastVisitAt = interval ? at(r.int(3, interval + 25) * DAY) : null;
    const visit: SeedVisit | null = lastVisitAt
      ? {
          id: `v-${id}`,
          householdId: id,
          buildingId: b.id,
          workerId: b.workerId ?? STAFF.head.uid,
          workerName: b.workerName ?? STAFF.head.name,
          visitedAt: lastVisitAt,
          metWith: members[0]!.name,
          findings: careTags.includes('elderlyAlone')
            ? '身体状况尚可，独自生活，提醒按时服药、注意用电安全。'
            : '家中情况稳定，了解了近期需求，无紧急困难。',
          followUp: false,
          ticketId: null,
          createdAt: lastVisitAt,
        }
      : null;
    if (visit) visits.push(visit);
    const h: SeedHousehold = {
      id,
      buildingId: b.id,
      buildingNumber: b.number,
      entrance,
      flat,
      interestGroup:
        fixed?.group ??
        (elderly ? r.pick(['tuixiu', 'tuixiu', 'neitui', 'lixiu', 'tuoguan'] as const) : weightedGroup(r)),
      members,
      private: {
        careTags,
        phones: members.slice(0, 2).map((m) => ({
          name: m.name,
          // Stored as E.164 (src/lib/phone.ts), like users.phone.
          phone: `+861${r.pick(['38', '39', '58', '86'])}${String(r.int(0, 99999999)).padStart(8, '0')}`,
        })),
        idNumbers: members.map((m) => ({
          name: m.name,
          idNumber: fakeId(r, elderly ? r.int(1938, 1960) : r.int(1965, 2000)),
        })),
        notes: careTags.includes('elderlyAlone') ? '子女在外地，每周电话联系一次。' : '',
        visitIntervalDays: interval,
        lastVisitId: visit?.id ?? null,
        lastVisitAt,
        nextVisitDue: interval && lastVisitAt ? new Date(lastVisitAt.getTime() + interval * DAY) : null,
      },
    };
    households.push(h);
    byId.set(id, h);
    return h;
  };

  for (const res of RESIDENTS) {
    if (res.status !== 'confirmed') continue;
    const b = buildings[res.building - 1]!;
    const existing = byId.get(householdId(res.building, res.entrance, res.flat));
    if (existing) {
      if (!existing.members.some((m) => m.name === res.name))
        existing.members.push({ name: res.name, relation: '子女' });
      continue;
    }
    const alone = res.uid === 'u-r1';
    addHousehold(b, res.entrance, res.flat, {
      members: alone
        ? [{ name: res.name, relation: '户主' }]
        : [
            { name: res.name, relation: '户主' },
            { name: r.pick(SURNAMES) + r.pick(GIVEN_OLD), relation: '配偶' },
          ],
      careTags: alone ? ['elderlyAlone'] : [],
      group: res.uid === 'u-r2' ? 'tuixiu' : undefined,
    });
  }
  for (const b of buildings) {
    const target = b.number === 7 ? 8 : 19;
    let guard = 0;
    while (households.filter((h) => h.buildingId === b.id).length < target && guard++ < 500) {
      const entrance = r.int(1, b.entrances);
      const floor = r.int(1, b.floors);
      const flat = `${floor}0${r.int(1, 2)}`;
      addHousehold(b, entrance, flat);
    }
  }
  households.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  for (const b of buildings) b.householdCount = households.filter((h) => h.buildingId === b.id).length;

  // ---------------- users
  const users: SeedUser[] = [
    staffUser(STAFF.head, 'head', true, '社区主任：全部楼栋、统计与预警'),
    staffUser(STAFF.w1, 'worker', true, '网格员：1 栋、2 栋'),
    staffUser(STAFF.w2, 'worker', true, '网格员：3 栋、4 栋'),
    staffUser(STAFF.w3, 'worker', true, '网格员：5 栋、6 栋'),
    staffUser(STAFF.w4, 'worker', false, '已停用的网格员账号'),
    ...RESIDENTS.map((res): SeedUser => {
      const hid = householdId(res.building, res.entrance, res.flat);
      const confirmed = res.status === 'confirmed';
      return {
        uid: res.uid,
        displayName: res.name,
        role: 'resident',
        active: true,
        phone: res.phone,
        email: null,
        householdId: confirmed ? hid : null,
        buildingId: confirmed ? `b${res.building}` : null,
        linkStatus: res.status,
        link: { buildingId: `b${res.building}`, entrance: res.entrance, flat: res.flat },
        volunteer: res.volunteer,
        note: res.note,
      };
    }),
  ];

  // ---------------- tickets (48) with timelines consistent with their status
  const residentByHousehold = new Map<string, SeedUser>();
  for (const u of users)
    if (u.householdId && !residentByHousehold.has(u.householdId)) residentByHousehold.set(u.householdId, u);
  // Demo residents' households get tickets first, so every demo account has something to follow.
  const demoHouseholds = [
    ...new Set(
      RESIDENTS.filter((x) => x.status === 'confirmed').map((x) =>
        householdId(x.building, x.entrance, x.flat),
      ),
    ),
  ];
  const otherHouseholds = households.filter((h) => !demoHouseholds.includes(h.id)).map((h) => h.id);
  const sinceMonthStart = now.getTime() - monthStart(now).getTime();
  const tickets: SeedTicket[] = STATUS_PLAN.map((status, i) => {
    const hid =
      i < demoHouseholds.length * 3
        ? demoHouseholds[i % demoHouseholds.length]!
        : otherHouseholds[(i * 7) % otherHouseholds.length]!;
    const h = byId.get(hid)!;
    const b = buildings[h.buildingNumber - 1]!;
    const cat: SeedCategory = LEAF_CATEGORIES[i % LEAF_CATEGORIES.length]!;
    const account = residentByHousehold.get(hid);
    const reporterName = account?.displayName ?? h.members[0]!.name;
    const reporterId = account?.uid ?? b.workerId ?? STAFF.head.uid;
    const viaProxy = !account;
    const urgent = cat.id === 'gas' || r.chance(0.15);
    const scale = urgent ? 0.5 : 1;
    const responseMs = Math.max(1, Math.round(cat.responseHours * scale)) * HOUR;
    const resolutionMs = Math.max(1, Math.round(cat.resolutionHours * scale)) * HOUR;
    // Older tickets for later statuses; a few open ones are deliberately overdue.
    const ageMs =
      status === 'submitted'
        ? i % 3 === 0
          ? responseMs * 2
          : r.int(10, 50) * 60_000
        : status === 'closed' || status === 'cancelled' || status === 'rejected'
          ? // every other closed ticket was reported and accepted last month, whatever day it is seeded on:
            // the dashboard's month-on-month trend (环比) has last month's figures to compare with
            Math.max(r.int(5, 40) * DAY, status === 'closed' && i % 2 === 0 ? sinceMonthStart + 4 * DAY : 0)
          : status === 'accepted' || status === 'in_progress'
            ? i % 4 === 0
              ? resolutionMs + r.int(2, 30) * HOUR
              : Math.min(resolutionMs * 0.5, r.int(2, 30) * HOUR)
            : r.int(2, 6) * DAY;
    const createdAt = at(ageMs);
    const t0 = createdAt.getTime();
    const assignee = b.workerId ? { id: b.workerId, name: b.workerName! } : null;
    const owner = assignee ?? { id: STAFF.head.uid, name: STAFF.head.name };
    const ownerRole: 'worker' | 'head' = assignee ? 'worker' : 'head';
    const timeline: SeedTimelineEntry[] = [];
    let n = 0;
    const entry = (type: TimelineType, when: number, extra: Partial<SeedTimelineEntry> = {}) => {
      timeline.push({
        id: `e${String(++n).padStart(2, '0')}`,
        type,
        visibility: 'public',
        authorId: owner.id,
        authorRole: ownerRole,
        authorName: owner.name,
        text: '',
        toName: null,
        score: null,
        createdAt: new Date(when),
        ...extra,
      });
    };
    const fromResident = {
      authorId: reporterId,
      authorRole: viaProxy ? ownerRole : ('resident' as const),
      authorName: viaProxy ? owner.name : reporterName,
    };
    entry('created', t0, { ...fromResident, text: '' });
    const span = Math.max(ageMs, HOUR);
    const step = (f: number) => t0 + Math.round(span * f);
    let acceptedAt: Date | null = null;
    let resolvedAt: Date | null = null;
    let closedAt: Date | null = null;
    let rating: SeedTicket['rating'] = null;
    let closeReason: SeedTicket['closeReason'] = null;
    let rejectReason: string | null = null;
    let reopenCount = 0;
    let dueAt: Date | null = null;
    const ladder = ['accepted', 'in_progress', 'resolved', 'reopened', 'closed'];
    const reached = (s: string) => ladder.indexOf(status) >= ladder.indexOf(s);
    if (status === 'cancelled') {
      entry('cancelled', step(0.1), { ...fromResident, text: '问题已经自己解决了。' });
      closedAt = new Date(step(0.1));
    } else if (status === 'rejected') {
      rejectReason = REPLIES.reject;
      entry('rejected', step(0.1), { text: rejectReason });
      closedAt = new Date(step(0.1));
    } else if (status !== 'submitted') {
      // Most are answered in time; every fifth old enough is answered late (the dashboard's 响应率 shows it).
      const late = t0 + responseMs * 1.5;
      acceptedAt = new Date(
        i % 5 === 1 && late < step(0.25) ? late : Math.min(step(0.1), t0 + responseMs * 0.8),
      );
      entry('accepted', acceptedAt.getTime(), { text: REPLIES.accept });
      if (cat.canned[0]) entry('reply', acceptedAt.getTime() + 60_000, { text: cat.canned[0] });
      if (reached('in_progress')) {
        entry('started', step(0.3), { text: REPLIES.start });
        entry('note', step(0.32), { visibility: 'internal', text: REPLIES.note });
      }
      if (reached('resolved')) {
        resolvedAt = new Date(step(0.5));
        entry('resolved', resolvedAt.getTime(), { text: REPLIES.resolve });
      }
      if (status === 'reopened') {
        reopenCount = 1;
        entry('reopened', step(0.7), { ...fromResident, text: REPLIES.reopen });
      }
      if (status === 'closed') {
        if (i % 4 === 3) {
          closeReason = 'auto';
          closedAt = new Date(resolvedAt!.getTime() + 7 * DAY);
          entry('closed', closedAt.getTime(), { authorName: owner.name, text: '' });
        } else {
          closeReason = 'confirmed';
          const score = [5, 4, 5, 3, 5, 2][i % 6]!;
          rating = { score, comment: REPLIES.rateComment[i % REPLIES.rateComment.length]! };
          closedAt = new Date(step(0.8));
          entry('rated', closedAt.getTime(), { ...fromResident, score, text: rating.comment });
        }
      }
    }
    const open = ['submitted', 'accepted', 'in_progress', 'reopened'].includes(status);
    const responseDueAt = new Date(t0 + responseMs);
    const resolutionDueAt = new Date(t0 + resolutionMs);
    if (status === 'submitted') dueAt = responseDueAt;
    else if (status === 'accepted' || status === 'in_progress') dueAt = resolutionDueAt;
    else if (status === 'reopened') dueAt = resolutionDueAt;
    const texts = TICKET_TEXT[cat.id] ?? TICKET_TEXT.other!;
    const common = ['lift', 'flyers', 'sanitation', 'safety', 'doorWindow', 'vegetablePlot'].includes(cat.id);
    const area = common
      ? cat.id === 'lift'
        ? 'lift'
        : cat.id === 'safety'
          ? 'bikeShed'
          : cat.id === 'vegetablePlot'
            ? 'yard'
            : 'stairwell'
      : null;
    const last = timeline[timeline.length - 1]!.createdAt;
    return {
      id: `t${String(i + 1).padStart(4, '0')}`,
      categoryId: cat.id,
      description: texts[i % texts.length]!,
      // A pension is nowhere in particular; a common area names its entrance (单元) in a building with several.
      location: cat.noLocation
        ? { kind: 'none', area: null, entrance: null, flat: null }
        : area && b.commonAreas.includes(area)
          ? { kind: 'common', area, entrance: b.entrances > 1 ? h.entrance : null, flat: null }
          : { kind: 'flat', area: null, entrance: null, flat: null },
      // The category's questions, answered: the first choice, or a room for a typed one.
      answers: cat.questions.map((q) => ({
        zh: q.zh,
        en: q.en,
        answer: q.kind === 'choice' ? q.choices[0]!.zh : '卫生间',
        answerEn: q.kind === 'choice' ? q.choices[0]!.en : null,
      })),
      buildingId: b.id,
      buildingNumber: b.number,
      home: { buildingNumber: b.number, entrance: h.entrance, flat: h.flat },
      householdId: hid,
      urgency: urgent ? 'urgent' : 'normal',
      status,
      open,
      reporterId,
      reporterName,
      viaProxy,
      assigneeId: assignee?.id ?? null,
      assigneeName: assignee?.name ?? null,
      clientCreatedAt: createdAt,
      createdAt,
      updatedAt: last,
      responseDueAt,
      resolutionDueAt,
      dueAt,
      acceptedAt,
      resolvedAt,
      closedAt,
      photoCount: 0,
      voiceSeconds: null,
      rating,
      reopenCount,
      rejectReason,
      closeReason,
      lastEventId: timeline[timeline.length - 1]!.id,
      lastReplyAt: timeline.filter((e) => e.type === 'reply').at(-1)?.createdAt ?? null,
      shared: cat.shared,
      timeline,
    };
  });

  // A proxy report waiting for a phone callback, and a duplicate to merge (made by the app's builders).
  tickets.push(...scenarioTickets({ now, buildings, households, users, categories: LEAF_CATEGORIES }));

  // ---------------- events (6): upcoming, one full with a waitlist, one past with certified hours,
  // one cancelled, one draft
  const volunteers = users.filter((u) => u.volunteer);
  const residentsConfirmed = users.filter((u) => u.role === 'resident' && u.linkStatus === 'confirmed');
  const nonVolunteers = residentsConfirmed.filter((u) => !u.volunteer);
  const ev = (
    id: string,
    title: string,
    description: string,
    place: string,
    startInDays: number,
    hours: number,
    capacity: number,
    status: SeedEvent['status'],
    residentSignups: SeedUser[],
    roleDefs: { id: string; name: string; capacity: number; people: SeedUser[] }[],
  ): SeedEvent => {
    const startAt = new Date(now.getTime() + startInDays * DAY);
    startAt.setHours(9, 0, 0, 0);
    const endAt = new Date(startAt.getTime() + hours * HOUR);
    const createdAt = at(20 * DAY);
    let seq = 0;
    const signups: SeedSignup[] = [];
    const past = startAt.getTime() < now.getTime();
    const take = (u: SeedUser, roleId: string, cap: number, confirmedSoFar: number) => {
      seq += 1;
      const confirmed = confirmedSoFar < cap;
      const volunteerDone = past && confirmed && roleId !== 'resident';
      signups.push({
        uid: u.uid,
        name: u.displayName,
        roleId,
        seq,
        status: confirmed ? 'confirmed' : 'waitlisted',
        createdAt: new Date(createdAt.getTime() + seq * HOUR),
        checkedInAt: past && confirmed ? startAt : null,
        hours: volunteerDone ? hours : null,
        hoursConfirmedBy: volunteerDone ? STAFF.head.uid : null,
        hoursConfirmedAt: volunteerDone ? endAt : null,
        eventTitle: title,
        eventStartAt: startAt,
      });
      return confirmed;
    };
    let confirmed = 0;
    const waitlist: string[] = [];
    // One sign-up per person per event: volunteers already signed up for a resident place are skipped.
    const taken = new Set(residentSignups.map((u) => u.uid));
    for (const u of residentSignups) {
      if (take(u, 'resident', capacity, confirmed)) confirmed += 1;
      else waitlist.push(u.uid);
    }
    const roles: SeedEvent['roles'] = {};
    for (const role of roleDefs) {
      let c = 0;
      const wl: string[] = [];
      for (const u of role.people) {
        if (taken.has(u.uid)) continue;
        taken.add(u.uid);
        if (take(u, role.id, role.capacity, c)) c += 1;
        else wl.push(u.uid);
      }
      roles[role.id] = { name: role.name, capacity: role.capacity, confirmed: c, waitlist: wl };
    }
    return {
      id,
      title,
      description,
      place,
      coverDataUrl: null,
      startAt,
      endAt,
      signupDeadline: new Date(startAt.getTime() - DAY),
      status,
      capacity,
      confirmed,
      waitlist,
      seq,
      roles,
      createdBy: STAFF.head.uid,
      createdAt,
      updatedAt: createdAt,
      signups,
    };
  };
  const events: SeedEvent[] = [
    ev(
      'ev-opera',
      '重阳节戏曲联欢会',
      '社区老年合唱团、花鼓戏爱好者同台演出，欢迎大家来看。现场有茶水。',
      '社区活动中心大礼堂',
      6,
      3,
      60,
      'published',
      residentsConfirmed.slice(0, 4),
      [
        { id: 'steward', name: '引导员', capacity: 4, people: volunteers.slice(0, 2) },
        { id: 'photo', name: '摄影', capacity: 2, people: volunteers.slice(2, 3) },
      ],
    ),
    ev(
      'ev-health',
      '免费健康义诊',
      '市中心医院专家到社区，测血压血糖、用药咨询。请带上医保卡和近期体检报告。',
      '社区卫生服务站',
      3,
      4,
      3,
      'published',
      nonVolunteers,
      [{ id: 'steward', name: '排队引导', capacity: 2, people: volunteers.slice(0, 3) }],
    ),
    ev(
      'ev-phone',
      '老年人智能手机课堂',
      '手把手教大家用手机挂号、视频通话、识别诈骗电话。每期 10 人，小班教学。',
      '社区图书室',
      10,
      2,
      10,
      'published',
      residentsConfirmed.slice(1, 5),
      [{ id: 'tutor', name: '助教', capacity: 3, people: volunteers.slice(1, 4) }],
    ),
    ev(
      'ev-clean',
      '爱国卫生大扫除',
      '清理楼道杂物和小广告，工具由社区提供。',
      '各楼栋楼下集合',
      14,
      3,
      40,
      'published',
      [],
      [{ id: 'team', name: '清扫队', capacity: 10, people: volunteers }],
    ),
    ev(
      'ev-past',
      '中秋包月饼活动',
      '和邻居一起包月饼、话家常。',
      '社区食堂',
      -5,
      3,
      30,
      'published',
      nonVolunteers.slice(0, 3),
      [
        { id: 'steward', name: '引导员', capacity: 3, people: volunteers.slice(0, 3) },
        { id: 'photo', name: '摄影', capacity: 1, people: volunteers.slice(3, 4) },
      ],
    ),
    ev(
      'ev-cancelled',
      '秋季登山健步走',
      '因天气原因取消，改期另行通知。',
      '社区北门集合',
      8,
      4,
      50,
      'cancelled',
      residentsConfirmed.slice(2, 4),
      [],
    ),
    ev(
      'ev-draft',
      '书法兴趣班（筹备中）',
      '正在联系老师，时间待定。',
      '社区活动中心 203',
      20,
      2,
      15,
      'draft',
      [],
      [],
    ),
  ];

  // ---------------- notices
  const notices: SeedNotice[] = [
    {
      id: 'n-fee',
      title: '关于 2026 年度物业管理服务收费标准的公告',
      body: '根据市发改委物业服务收费管理办法，经业主大会表决通过，2026 年度住宅物业服务费标准为每月每平方米 0.65 元，与去年持平。\n\n离休干部、低保户和特困家庭按规定减免，请携带相关证明到社区办公室办理。\n\n如有疑问，请在工作日到社区办公室咨询，或拨打 0730-8881234。',
      status: 'published',
      pinned: true,
      audience: ['all'],
      publishedAt: at(3 * DAY),
      createdBy: STAFF.head.uid,
      updatedAt: at(3 * DAY),
    },
    {
      id: 'n-water',
      title: '3 栋、4 栋计划停水通知',
      body: '因二次供水设备检修，本周六上午 8:00 至下午 2:00，3 栋、4 栋停水。请提前储水，给您带来不便，敬请谅解。',
      status: 'published',
      pinned: false,
      audience: ['b3', 'b4'],
      publishedAt: at(1 * DAY),
      createdBy: STAFF.head.uid,
      updatedAt: at(1 * DAY),
    },
    {
      id: 'n-pension',
      title: '退休人员养老金资格认证的通知',
      body: '今年的养老金资格认证可以在手机上完成，也可以到社区服务站现场办理。行动不便的老人，请家属联系网格员预约上门认证。',
      status: 'published',
      pinned: false,
      audience: ['all'],
      publishedAt: at(6 * DAY),
      createdBy: STAFF.head.uid,
      updatedAt: at(6 * DAY),
    },
    {
      id: 'n-fraud',
      title: '谨防冒充社保人员的电话诈骗',
      body: '近期有人冒充社保局工作人员打电话，要求老人转账“激活医保卡”。社区和社保部门从不通过电话要求转账，请大家提高警惕。',
      status: 'published',
      pinned: false,
      audience: ['all'],
      publishedAt: at(9 * DAY),
      createdBy: STAFF.head.uid,
      updatedAt: at(9 * DAY),
    },
    {
      id: 'n-draft',
      title: '冬季供暖安排（草稿）',
      body: '待供热公司确认日期后发布。',
      status: 'draft',
      pinned: false,
      audience: ['all'],
      publishedAt: null,
      createdBy: STAFF.head.uid,
      updatedAt: at(1 * HOUR),
    },
  ];

  return {
    community: {
      name: '石化企业社区服务中心',
      officePhone: '0730-8881234',
      officeHours: '周一至周五 8:00–17:30',
      officeHoursEn: 'Mon–Fri 8:00–17:30',
    },
    categories: categoriesDoc(),
    buildings,
    households,
    visits,
    users,
    tickets,
    events,
    notices,
  };
}

function staffUser(
  s: { uid: string; name: string; email: string; phone: string },
  role: 'worker' | 'head',
  active: boolean,
  note: string,
): SeedUser {
  return {
    uid: s.uid,
    displayName: s.name,
    role,
    active,
    phone: s.phone,
    email: s.email,
    householdId: null,
    buildingId: null,
    linkStatus: 'none',
    link: null,
    volunteer: false,
    note,
  };
}

export { CATEGORIES };
