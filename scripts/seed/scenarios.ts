/**
 * Tickets the demo has so that a phone callback (电话回访) and merging a duplicate (重复报事) can be tried,
 * made with the app's own payload builders (src/features/tickets/api/writes.ts) step by step, each step at
 * its own time — exactly the fields and timeline entries the app would have written:
 *  - t0049: reported by 黄网格 for an older resident of building 1 who phoned (a proxy report), accepted,
 *    worked on and resolved a day ago: waiting for a phone callback;
 *  - t0050: a broken stairwell window in building 1, reported the same way and accepted;
 *  - t0051: the same window reported by 王秀英 (1-1-101) twenty minutes ago: a duplicate to merge into t0050.
 */
import {
  changeWrites,
  newTicketWrites,
  type Actor,
  type Change,
  type NewTicketInput,
  type TicketState,
} from '../../src/features/tickets/api/writes';
import type { SeedCategory } from './categories';
import type { SeedBuilding, SeedHousehold, SeedTicket, SeedTimelineEntry, SeedUser } from './demo';

const HOUR = 3_600_000;
const MINUTE = 60_000;

interface Step {
  at: Date;
  actor: Actor;
  change: Change;
}

/**
 * A ticket as the app's batches leave it: the report's fields, then each change's, with their entries.
 * Server time is each step's time (the builders' sentinel stands for it); counters are not written here
 * (the seed's summaries are computed from the tickets, scripts/seed/stats.ts).
 */
export function builtTicket(id: string, reporter: Actor, input: NewTicketInput, steps: Step[]): SeedTicket {
  let now = input.writtenAt;
  const sdk = {
    serverTimestamp: () => now,
    fromDate: (d: Date) => d,
    increment: (n: number) => n,
  };
  const report = newTicketWrites(sdk, reporter, input);
  const fields: Record<string, unknown> = { ...report.ticket };
  const timeline: SeedTimelineEntry[] = [{ id: 'created', ...report.created } as SeedTimelineEntry];
  steps.forEach((step, i) => {
    now = step.at;
    const w = changeWrites(sdk, step.actor, { ...fields, id } as unknown as TicketState, step.change, now);
    const eventId = `e${String(i + 1).padStart(2, '0')}`;
    Object.assign(fields, w.ticket, { lastEventId: eventId });
    timeline.push({ id: eventId, ...w.entry } as SeedTimelineEntry);
  });
  return { id, ...fields, lastReplyAt: null, timeline } as unknown as SeedTicket;
}

export function scenarioTickets(c: {
  now: Date;
  buildings: SeedBuilding[];
  households: SeedHousehold[];
  users: SeedUser[];
  categories: SeedCategory[];
}): SeedTicket[] {
  const b1 = c.buildings.find((b) => b.id === 'b1')!;
  const worker: Actor = { uid: b1.workerId!, name: b1.workerName!, role: 'worker' };
  const building = { id: b1.id, number: b1.number, workerId: b1.workerId, workerName: b1.workerName };
  const ref = (h: SeedHousehold) => ({
    id: h.id,
    buildingId: h.buildingId,
    buildingNumber: h.buildingNumber,
    entrance: h.entrance,
    flat: h.flat,
  });
  const category = (id: string) => {
    const cat = c.categories.find((x) => x.id === id)!;
    return { id, responseHours: cat.responseHours, resolutionHours: cat.resolutionHours, shared: cat.shared };
  };
  // Households of building 1, entrance 1, without an account (they phone the worker) and 王秀英's.
  const withAccount = new Set(c.users.map((u) => u.householdId).filter(Boolean));
  const phoning = c.households.filter(
    (h) => h.buildingId === 'b1' && h.entrance === 1 && !withAccount.has(h.id),
  );
  const elder = phoning[0]!;
  const neighbour = phoning[1] ?? elder;
  const wang = c.users.find((u) => u.uid === 'u-r1')!;
  const wangHome = c.households.find((h) => h.id === wang.householdId)!;
  const ago = (ms: number) => new Date(c.now.getTime() - ms);

  const t0 = ago(2 * 24 * HOUR);
  const callback = builtTicket(
    't0049',
    worker,
    {
      id: 't0049',
      category: category('water'),
      description: '厨房水龙头一直滴水，关不紧。老人腿脚不便，打电话请网格员代报。',
      area: null,
      building,
      household: ref(elder),
      urgency: 'normal',
      photoCount: 0,
      writtenAt: t0,
      proxyFor: elder.members[0]!.name,
    },
    [
      {
        at: new Date(t0.getTime() + HOUR),
        actor: worker,
        change: { kind: 'accept', reply: '收到，已安排维修。' },
      },
      { at: new Date(t0.getTime() + 3 * HOUR), actor: worker, change: { kind: 'start' } },
      {
        at: new Date(t0.getTime() + 22 * HOUR),
        actor: worker,
        change: { kind: 'resolve', reply: '已更换水龙头阀芯，试用不再滴水。' },
      },
    ],
  );

  const t1 = ago(5 * HOUR);
  const window = {
    category: category('doorWindow'),
    area: 'stairwell',
    entrance: 1,
    building,
    urgency: 'normal' as const,
    photoCount: 0,
  };
  const target = builtTicket(
    't0050',
    worker,
    {
      ...window,
      id: 't0050',
      description: '1单元三楼楼道的窗户玻璃碎了，风一吹就响，怕掉下来伤人。',
      household: ref(neighbour),
      writtenAt: t1,
      proxyFor: neighbour.members[0]!.name,
    },
    [
      {
        at: new Date(t1.getTime() + 30 * MINUTE),
        actor: worker,
        change: { kind: 'accept', reply: '收到，今天去看。' },
      },
    ],
  );
  const resident: Actor = { uid: wang.uid, name: wang.displayName, role: 'resident' };
  const duplicate = builtTicket(
    't0051',
    resident,
    {
      ...window,
      id: 't0051',
      description: '楼道窗户玻璃破了，晚上风很大。',
      household: ref(wangHome),
      writtenAt: ago(20 * MINUTE),
    },
    [],
  );
  return [callback, target, duplicate];
}
