/**
 * 预警 by text message: the head's dashboard warns when several households of one building report the same
 * category within a week (the `signals` day documents the app writes with each report). The report that
 * makes — or adds to — such a cluster tells the head(s) and the building's worker, at most once a day per
 * building and category, however many more reports join it that day.
 */
import { communityDay } from './clock.js';
import { WARNING_HOUSEHOLDS, WARNING_WINDOW_DAYS } from './config.js';
import { deliver, type Outcome, type Outgoing, type Recipient } from './deliver.js';
import type { Env } from './handlers.js';
import { person, recipients } from './handlers.js';

const DAY_MS = 86_400_000;

/** The community days the dashboard's warnings look at: today and the WARNING_WINDOW_DAYS before it. */
export function warningDays(now: Date): string[] {
  return Array.from({ length: WARNING_WINDOW_DAYS + 1 }, (_, i) =>
    communityDay(new Date(now.getTime() - i * DAY_MS)),
  );
}

/** Households that reported under `key` (`<building>~<category>`) in these day documents (pure). */
export function clusterHouseholds(days: (Record<string, unknown> | undefined)[], key: string): number {
  const households = new Set<string>();
  for (const d of days) {
    const reports = (d?.reports ?? {}) as Record<string, Record<string, unknown>>;
    for (const h of Object.keys(reports[key] ?? {})) households.add(h);
  }
  return households.size;
}

/**
 * After a new report: warns of its building × category when it is (still) a cluster. `at` is when the
 * report was written (its entry's server time), so a retried trigger looks at the same days.
 */
export async function warnCluster(
  env: Env,
  ticket: { buildingId: string; categoryId: string; assigneeId: string | null },
  building: string,
  at: Date,
  now: Date,
): Promise<Outcome[]> {
  const { db } = env;
  const key = `${ticket.buildingId}~${ticket.categoryId}`;
  const snaps = await db.getAll(...warningDays(at).map((d) => db.doc(`signals/${d}`)));
  const count = clusterHouseholds(
    snaps.map((s) => s.data()),
    key,
  );
  if (count < WARNING_HOUSEHOLDS) return [];
  const people: { r: Recipient; link: string }[] = [];
  for (const r of await recipients(db, { to: 'heads' }, { householdId: '', viaProxy: false }))
    people.push({ r, link: `${env.appUrl}/admin` });
  const worker = ticket.assigneeId ? await person(db, ticket.assigneeId) : null;
  if (worker && !people.some((p) => p.r.key === worker.key))
    people.push({ r: worker, link: `${env.appUrl}/work` });
  const outcomes: Outcome[] = [];
  for (const { r, link } of people) {
    const out: Outgoing = {
      source: `warn-${key}-${communityDay(at)}`,
      kind: 'escalations',
      template: 'clusterWarning',
      vars: () => ({ building, days: String(WARNING_WINDOW_DAYS), count: String(count), link }),
      urgent: false,
      ticketId: null,
      eventId: null,
    };
    outcomes.push(await deliver(db, env.gateway, out, r, now));
  }
  return outcomes;
}
