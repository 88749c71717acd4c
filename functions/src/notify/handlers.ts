import type { DocumentData, Firestore, Timestamp } from 'firebase-admin/firestore';
import { joinBatch } from './batch.js';
import { deliver, type Outcome, type Outgoing, type Recipient } from './deliver.js';
import type { Gateways, SmsGateway } from './gateway.js';
import { planTicketEntry, type Audience, type EntryFacts, type TicketFacts } from './plan.js';
import { decide, DEFAULT_PREFS, parsePrefs } from './prefs.js';
import { clip, shortDate, shortDateTime, type Locale } from './text.js';
import { warnCluster } from './warning.js';

/** Where the app is served (links in messages): `APP_URL` in production, the local preview on emulators. */
export interface Env {
  db: Firestore;
  /** Text messages, and phone notifications (`{ sms, push }`); a text-message gateway alone sends no push. */
  gateway: SmsGateway | Gateways;
  appUrl: string;
  /** The clock (tests set it; quiet hours and the daily cap read it). */
  now?: () => Date;
}

const MOBILE = /^\+861\d{10}$/;

/** One person as a recipient (null: no such active account). */
export async function person(db: Firestore, uid: string, data?: DocumentData): Promise<Recipient | null> {
  const user = data ?? (await db.doc(`users/${uid}`).get()).data();
  if (!user || user.active !== true) return null;
  const prefs = parsePrefs((await db.doc(`notifyPrefs/${uid}`).get()).data());
  const phone = typeof user.phone === 'string' && MOBILE.test(user.phone) ? user.phone : null;
  return {
    key: uid,
    uid,
    householdId: (user.householdId as string | null) ?? null,
    phone,
    locale: user.locale === 'en' ? 'en' : 'zh-CN',
    prefs,
  };
}

/**
 * The people an audience means now: the household's active members (or, for a household reported by proxy
 * whose people have no account, the first mobile number in its register), one active staff member, or every
 * active head.
 */
export async function recipients(
  db: Firestore,
  audience: Audience,
  ticket: Pick<TicketFacts, 'householdId' | 'viaProxy'>,
): Promise<Recipient[]> {
  if (audience.to === 'user') {
    const r = await person(db, audience.uid);
    return r ? [r] : [];
  }
  const query =
    audience.to === 'heads'
      ? db.collection('users').where('role', '==', 'head').where('active', '==', true)
      : db.collection('users').where('householdId', '==', ticket.householdId).where('active', '==', true);
  const snap = await query.limit(20).get();
  const people = (await Promise.all(snap.docs.map((d) => person(db, d.id, d.data())))).filter(
    (r): r is Recipient => r !== null,
  );
  if (audience.to === 'household' && people.length === 0 && ticket.viaProxy) {
    const phones = ((await db.doc(`householdPrivate/${ticket.householdId}`).get()).get('phones') ?? []) as {
      phone?: unknown;
    }[];
    const mobile = phones
      .map((p) => p.phone)
      .find((p): p is string => typeof p === 'string' && MOBILE.test(p));
    if (mobile) {
      return [
        {
          key: `hh-${ticket.householdId}`,
          uid: null,
          householdId: ticket.householdId,
          phone: mobile,
          locale: 'zh-CN',
          prefs: DEFAULT_PREFS,
        },
      ];
    }
  }
  return people;
}

const toDate = (v: unknown) =>
  v && typeof (v as Timestamp).toDate === 'function' ? (v as Timestamp).toDate() : new Date();

/**
 * A new timeline entry on a ticket: tells whoever should hear of it (plan.ts), each once; a non-urgent new
 * report joins its worker's batch (`batched`: batch.ts sends it with the others).
 */
export async function onTicketEntry(
  env: Env,
  ticketId: string,
  entryId: string,
  entryData: DocumentData,
): Promise<(Outcome | 'batched')[]> {
  const { db } = env;
  const ticketSnap = await db.doc(`tickets/${ticketId}`).get();
  const t = ticketSnap.data();
  if (!t) return [];
  const ticket: TicketFacts = {
    id: ticketId,
    householdId: t.householdId,
    buildingId: t.buildingId,
    assigneeId: t.assigneeId ?? null,
    urgency: t.urgency === 'urgent' ? 'urgent' : 'normal',
    viaProxy: t.viaProxy === true,
    reportedAt: toDate(t.clientCreatedAt),
    reopenCount: typeof t.reopenCount === 'number' ? t.reopenCount : 0,
  };
  const entry: EntryFacts = {
    id: entryId,
    type: String(entryData.type),
    visibility: entryData.visibility === 'public' ? 'public' : 'internal',
    authorId: String(entryData.authorId ?? ''),
    authorRole: entryData.authorRole,
  };
  const plans = planTicketEntry(ticket, entry);
  if (!plans.length) return [];
  const building =
    ((await db.doc(`buildings/${ticket.buildingId}`).get()).get('number') as number | undefined) ?? '';
  const link = `${env.appUrl}/tickets/${encodeURIComponent(ticketId)}`;
  const now = env.now?.() ?? new Date();
  // The batch a report joins is fixed by when it was written (the entry's server time), not when its
  // trigger ran: a retried trigger joins the same one.
  const enteredAt =
    entryData.createdAt && typeof (entryData.createdAt as Timestamp).toDate === 'function'
      ? (entryData.createdAt as Timestamp).toDate()
      : now;
  const outcomes: (Outcome | 'batched')[] = [];
  for (const plan of plans) {
    const out: Outgoing = {
      source: plan.source ?? `t-${ticketId}-${entryId}`,
      kind: plan.kind,
      template: plan.template,
      vars: (locale: Locale) => ({
        date: shortDate(ticket.reportedAt, locale),
        building: String(building),
        count: String(ticket.reopenCount),
        link,
      }),
      urgent: plan.urgent,
      ticketId,
      eventId: null,
    };
    for (const r of await recipients(db, plan.audience, ticket)) {
      if (r.uid === entry.authorId) continue;
      const batchable = plan.batched && decide(r.prefs, out, r.phone, now).send !== 'never';
      if (batchable && (await joinBatch(db, r, ticketId, enteredAt)) === 'batched') {
        outcomes.push('batched');
        continue;
      }
      outcomes.push(await deliver(db, env.gateway, out, r, now));
    }
  }
  // 预警: a report that makes several households of the building with the same kind of problem.
  if (entry.type === 'created' && typeof t.categoryId === 'string') {
    const cluster = {
      buildingId: ticket.buildingId,
      categoryId: t.categoryId,
      assigneeId: ticket.assigneeId,
    };
    outcomes.push(...(await warnCluster(env, cluster, String(building), enteredAt, now)));
  }
  return outcomes;
}

/**
 * A sign-up changed: a place came up from the waiting list (told to that person), or their volunteer hours
 * were certified (told to them). Their own steps — signing up, checking in — tell nobody.
 */
export async function onSignupChange(
  env: Env,
  eventId: string,
  uid: string,
  before: DocumentData | undefined,
  after: DocumentData | undefined,
) {
  if (!before || !after) return [];
  const promoted = before.status === 'waitlisted' && after.status === 'confirmed';
  const certified =
    !before.hoursConfirmedAt && Boolean(after.hoursConfirmedAt) && typeof after.hours === 'number';
  if (!promoted && !certified) return [];
  const r = await person(env.db, uid);
  if (!r) return [];
  const event = (await env.db.doc(`events/${eventId}`).get()).data();
  if (!event || (promoted && event.status !== 'published')) return [];
  const startAt = toDate(event.startAt);
  const title = clip(String(event.title ?? ''));
  const out: Outgoing = promoted
    ? {
        source: `s-${eventId}-${uid}-confirmed-${Number(after.seq ?? 0)}`,
        kind: 'events',
        template: 'signupConfirmed',
        vars: (locale) => ({
          title,
          when: shortDateTime(startAt, locale),
          link: `${env.appUrl}/events/${encodeURIComponent(eventId)}`,
        }),
        urgent: false,
        ticketId: null,
        eventId,
      }
    : {
        source: `h-${eventId}-${uid}`,
        kind: 'events',
        template: 'hoursCertified',
        vars: () => ({ title, count: String(after.hours), link: `${env.appUrl}/me/record` }),
        urgent: false,
        ticketId: null,
        eventId,
      };
  return [await deliver(env.db, env.gateway, out, r, env.now?.())];
}
