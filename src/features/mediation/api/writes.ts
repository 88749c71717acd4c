/**
 * The documents mediation writes, as plain data — the shapes firestore.rules accepts. `mutations.ts` commits
 * them through the backend; the rules tests commit the very same payloads. Server time is passed in as a
 * sentinel (`serverTimestamp()`), dates as Firestore Timestamps.
 */
export interface MediationSdk {
  serverTimestamp(): unknown;
  fromDate(d: Date): unknown;
}

export interface CaseInput {
  title: string;
  summary: string;
  /** The building the dispute is in (a case opened from a ticket: the ticket's). */
  buildingId: string | null;
  parties: { name: string; uid: string | null }[];
  mediator: { id: string; name: string };
  /** The ticket the case was opened from (it links back to the case). */
  ticketId: string | null;
}

export function caseWrite(sdk: MediationSdk, by: string, input: CaseInput) {
  return {
    title: input.title.trim(),
    summary: input.summary.trim(),
    buildingId: input.buildingId,
    parties: input.parties,
    partyUids: input.parties.map((p) => p.uid).filter((u): u is string => Boolean(u)),
    mediatorId: input.mediator.id,
    mediatorName: input.mediator.name,
    status: 'open',
    outcome: null,
    followUpAt: null,
    ticketId: input.ticketId,
    createdBy: by,
    createdAt: sdk.serverTimestamp(),
    updatedAt: sdk.serverTimestamp(),
  };
}

/**
 * When a session took place: a past day at noon, or `'now'` for today (the server's time as it arrives, so
 * a session held today is never ahead of the server's clock, which the rules refuse).
 */
export type SessionAt = Date | 'now';

function at(sdk: MediationSdk, when: SessionAt) {
  return when === 'now' ? sdk.serverTimestamp() : sdk.fromDate(when);
}

export function sessionWrite(
  sdk: MediationSdk,
  who: { uid: string; name: string },
  when: SessionAt,
  agreed: string,
) {
  return {
    at: at(sdk, when),
    agreed: agreed.trim(),
    createdBy: who.uid,
    createdByName: who.name,
    createdAt: sdk.serverTimestamp(),
  };
}

/** A correction of a session's record (its date or its words), signed by whoever corrects it. */
export function sessionCorrection(
  sdk: MediationSdk,
  who: { uid: string; name: string },
  when: SessionAt,
  agreed: string,
) {
  return {
    at: at(sdk, when),
    agreed: agreed.trim(),
    correctedBy: who.uid,
    correctedByName: who.name,
    correctedAt: sdk.serverTimestamp(),
  };
}

/** The day a session date field (`YYYY-MM-DD`, the person's own calendar) stands for: today is `'now'`. */
export function sessionAt(day: string, today: string): SessionAt {
  return day === today ? 'now' : new Date(`${day}T12:00:00`);
}
