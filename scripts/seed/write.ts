/**
 * Writes a community into the emulators with the Admin SDK (which bypasses the rules, as a real
 * deployment's one-off import would). Auth users are created with their phone numbers / emails.
 */
import { initializeApp, deleteApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore, Timestamp, type Firestore, type WriteBatch } from 'firebase-admin/firestore';
import { DIRECTORY_PATH, directoryDoc, type BuildingFields } from '../../src/features/buildings/directory';
import { DEMO_PASSWORD, type DemoCommunity } from './demo';
import { demoDeliveries } from './notify';
import { demoChanges } from './audit';
import { reportDaysOf, signalsOf, summarise } from './stats';
import { mirrorOf } from '../../src/features/tickets/api/writes';
import { careTokens } from '../../src/features/households/api/writes';
import { householdTokens, ticketTokens } from '../../src/lib/search';

export interface EmulatorTarget {
  projectId: string;
  firestorePort: number;
  authPort: number | null;
}

let appCounter = 0;

export function adminApp(target: EmulatorTarget): { app: App; db: Firestore } {
  process.env.FIRESTORE_EMULATOR_HOST = `127.0.0.1:${target.firestorePort}`;
  if (target.authPort) process.env.FIREBASE_AUTH_EMULATOR_HOST = `127.0.0.1:${target.authPort}`;
  const app = initializeApp({ projectId: target.projectId }, `seed-${++appCounter}`);
  const db = getFirestore(app);
  db.settings({ ignoreUndefinedProperties: true });
  return { app, db };
}

/** Turns Dates into Timestamps, recursively. */
function ts<T>(v: T): unknown {
  if (v instanceof Date) return Timestamp.fromDate(v);
  if (Array.isArray(v)) return v.map(ts);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ts(x)]));
  return v;
}

/** Batched writer: commits every 400 operations, a few commits in flight at once. */
export class Writer {
  private batch: WriteBatch;
  private ops = 0;
  private inflight: Promise<unknown>[] = [];
  written = 0;
  constructor(private db: Firestore) {
    this.batch = db.batch();
  }
  async set(path: string, data: Record<string, unknown>) {
    this.batch.set(this.db.doc(path), ts(data) as Record<string, unknown>);
    this.ops += 1;
    this.written += 1;
    if (this.ops >= 400) await this.flush();
  }
  async flush() {
    if (this.ops === 0) return;
    this.inflight.push(this.batch.commit());
    this.batch = this.db.batch();
    this.ops = 0;
    if (this.inflight.length >= 4) {
      await Promise.all(this.inflight);
      this.inflight = [];
    }
  }
  async done() {
    await this.flush();
    await Promise.all(this.inflight);
    this.inflight = [];
  }
}

export async function writeCommunity(target: EmulatorTarget, c: DemoCommunity, now: Date) {
  const { app, db } = adminApp(target);
  try {
    if (target.authPort) {
      const auth = getAuth(app);
      for (const u of c.users) {
        await auth.createUser({
          uid: u.uid,
          displayName: u.displayName,
          ...(u.phone ? { phoneNumber: u.phone } : {}),
          ...(u.email ? { email: u.email, password: DEMO_PASSWORD, emailVerified: true } : {}),
        });
      }
    }
    const w = new Writer(db);
    await w.set('config/community', { ...c.community, updatedAt: now });
    await w.set('config/categories', {
      items: c.categories,
      lastCategory: null,
      updatedAt: now,
      updatedBy: 'u-head',
    });
    for (const b of c.buildings) {
      const { id, ...rest } = b;
      await w.set(`buildings/${id}`, { ...rest, updatedAt: now });
    }
    await w.set(DIRECTORY_PATH, directoryDoc(c.buildings, now));
    for (const h of c.households) {
      await w.set(`households/${h.id}`, {
        buildingId: h.buildingId,
        entrance: h.entrance,
        flat: h.flat,
        interestGroup: h.interestGroup,
        members: h.members,
        // what staff find it by, as the register writes it (src/lib/search.ts)
        search: householdTokens(h),
        createdAt: now,
        updatedAt: now,
      });
      await w.set(`householdPrivate/${h.id}`, {
        buildingId: h.buildingId,
        ...h.private,
        search: careTokens(h.private.phones),
        updatedAt: now,
      });
    }
    for (const v of c.visits) {
      const { id, ...rest } = v;
      await w.set(`visits/${id}`, rest);
    }
    for (const u of c.users) {
      const { uid, note: _note, ...rest } = u;
      void _note;
      await w.set(`users/${uid}`, { ...rest, locale: 'zh-CN', createdAt: now, updatedAt: now });
    }
    for (const t of c.tickets) {
      const { id, timeline, lastReplyAt, ...rest } = t;
      // a reply's stamp, as the app writes it with the reply (absent before the first)
      const reply = timeline.filter((e) => e.type === 'reply').at(-1);
      await w.set(`tickets/${id}`, {
        // what staff find it by, as a report writes it (the scenario tickets have theirs already)
        search: ticketTokens({ id, ...rest }),
        ...rest,
        ...(reply && lastReplyAt ? { lastReplyId: reply.id, lastReplyAt } : {}),
      });
      // its "me too" mirror, as the app writes it (every change of a shared ticket updates it)
      if (t.shared) await w.set(`publicTickets/${id}`, mirrorOf(t, t.createdAt, t.updatedAt));
      for (const e of timeline) {
        const { id: eid, ...entry } = e;
        await w.set(`tickets/${id}/timeline/${eid}`, entry);
      }
    }
    for (const e of c.events) {
      const { id, signups, ...rest } = e;
      await w.set(`events/${id}`, rest);
      for (const s of signups) await w.set(`events/${id}/signups/${s.uid}`, { ...s });
    }
    for (const n of c.notices) {
      const { id, ...rest } = n;
      await w.set(`notices/${id}`, rest);
    }
    // Text messages the demo residents got (functions/ writes these; here, demo records of each outcome).
    const people = ['u-r1', 'u-r2'].flatMap((uid) => {
      const u = c.users.find((x) => x.uid === uid);
      return u?.phone && u.householdId ? [{ uid, phone: u.phone, householdId: u.householdId }] : [];
    });
    const sms = demoDeliveries(now, c.tickets, people, 'ev-health');
    for (const d of sms.deliveries) await w.set(`notifications/${d.id}`, d.data);
    for (const [month, counts] of sms.months)
      await w.set(`smsMonthly/${month}`, { ...counts, updatedAt: now });
    const months = summarise(
      c.tickets.map((t) => ({
        ...t,
        reopenedAt: t.timeline.filter((e) => e.type === 'reopened').map((e) => e.createdAt),
      })),
    );
    for (const [period, stats] of months)
      await w.set(`stats/${period}`, { ...stats, lastTicket: 'seed', updatedAt: now });
    for (const [day, reports] of signalsOf(c.tickets))
      await w.set(`signals/${day}`, { reports, lastTicket: 'seed', updatedAt: now });
    for (const [path, count] of reportDaysOf(c.tickets))
      await w.set(path, { count, lastTicket: 'seed', updatedAt: now });
    await w.done();
    // Changes the staff made, with their audit entries (after the records they change are written).
    const changes = demoChanges(c, now);
    for (const change of changes)
      for (const [path, data] of change.writes)
        await db.doc(path).set(ts(data) as Record<string, unknown>, { merge: true });
    return w.written + changes.reduce((n, x) => n + x.writes.length, 0);
  } finally {
    await deleteApp(app);
  }
}

/**
 * Writes the building directory (`config/buildings`) from the `buildings` collection when it is missing:
 * data saved before the directory existed (a local `.emulator-data/`, or a community imported without it)
 * would otherwise list no buildings. Returns how many buildings it listed, or null when the directory was
 * already there.
 */
export async function ensureBuildingDirectory(target: EmulatorTarget): Promise<number | null> {
  const { app, db } = adminApp(target);
  try {
    const ref = db.doc(DIRECTORY_PATH);
    if ((await ref.get()).exists) return null;
    const buildings = (await db.collection('buildings').get()).docs.map((d) => {
      const b = d.data() as BuildingFields;
      return { ...b, id: d.id };
    });
    await ref.set(directoryDoc(buildings, Timestamp.now()));
    return buildings.length;
  } finally {
    await deleteApp(app);
  }
}
