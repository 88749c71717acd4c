/**
 * What creating and editing an event write, as plain data: the app commits them (./mutations.ts) and the
 * rules tests commit the very same payloads. Server time is passed in as a sentinel, dates as Timestamps.
 */
import type { CommunityEvent } from '../types';

export interface EventWriteSdk {
  serverTimestamp(): unknown;
  fromDate(d: Date): unknown;
}

/** What the staff form gives: the event as residents see it, before anyone signs up. */
export type EventInput = Pick<
  CommunityEvent,
  'title' | 'description' | 'place' | 'coverDataUrl' | 'startAt' | 'endAt' | 'signupDeadline' | 'capacity'
> & {
  roles: { id: string; name: string; capacity: number }[];
  status: 'draft' | 'published';
};

/** What an edit may change at any time: the text, the place, the times and the status. */
function details(sdk: EventWriteSdk, input: EventInput) {
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    place: input.place.trim(),
    coverDataUrl: input.coverDataUrl,
    startAt: sdk.fromDate(input.startAt),
    endAt: sdk.fromDate(input.endAt),
    signupDeadline: sdk.fromDate(input.signupDeadline),
    status: input.status,
  };
}

function rolesMap(roles: EventInput['roles']) {
  return Object.fromEntries(
    roles.map((r) => [r.id, { name: r.name, capacity: r.capacity, confirmed: 0, waitlist: [] }]),
  );
}

/** A new event: its counters at zero (sign-ups move them, the rules check each move). */
export function newEventWrite(sdk: EventWriteSdk, uid: string, input: EventInput) {
  return {
    ...details(sdk, input),
    capacity: input.capacity,
    confirmed: 0,
    waitlist: [],
    seq: 0,
    roles: rolesMap(input.roles),
    createdBy: uid,
    createdAt: sdk.serverTimestamp(),
    updatedAt: sdk.serverTimestamp(),
  };
}

/** An edit; places and roles only while nobody has signed up (`seq == 0`). */
export function eventEditWrite(sdk: EventWriteSdk, input: EventInput, placesFixed: boolean) {
  return {
    ...details(sdk, input),
    ...(placesFixed ? {} : { capacity: input.capacity, roles: rolesMap(input.roles) }),
    updatedAt: sdk.serverTimestamp(),
  };
}

/** A new check-in code: 6 random digits (the organiser shows it; one per event day, staff-only document). */
export function newCheckInCode(random: (n: Uint32Array) => Uint32Array = (n) => crypto.getRandomValues(n)) {
  return String(random(new Uint32Array(1))[0]! % 1_000_000).padStart(6, '0');
}

/** Today's check-in code document of an event, as staff write it (`events/{id}/checkInCodes/{day}`). */
export function checkInCodeWrite(sdk: Pick<EventWriteSdk, 'serverTimestamp'>, uid: string, code: string) {
  return { code, createdBy: uid, createdAt: sdk.serverTimestamp() };
}

/** A volunteer checking themselves in: the time of arrival and the code they were shown, nothing else. */
export function selfCheckInWrite(sdk: Pick<EventWriteSdk, 'serverTimestamp'>, code: string) {
  return { checkedInAt: sdk.serverTimestamp(), checkInCode: code };
}
