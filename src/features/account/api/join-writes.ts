/**
 * What taking up a staff invitation writes, as plain data (the rules tests commit the very same payloads).
 * Server time is passed in as a sentinel.
 */

/** The new worker's profile: the name the head gave in the invitation, no household. */
export function workerProfile(
  user: { phone: string | null; email: string | null },
  name: string,
  locale: string,
  now: unknown,
) {
  return {
    displayName: name,
    role: 'worker',
    active: true,
    phone: user.phone,
    email: user.email,
    householdId: null,
    buildingId: null,
    linkStatus: 'none',
    link: null,
    volunteer: false,
    locale,
    createdAt: now,
    updatedAt: now,
  };
}

/** A building the new worker takes (one nobody had). */
export function buildingTaken(uid: string, name: string, now: unknown) {
  return { workerId: uid, workerName: name, updatedAt: now };
}

/**
 * The directory's update for the buildings taken: each one's entry names the new worker, and `lastBuilding`
 * the last of them — as field paths (segments) and values, for `update(ref, path, value, …)`.
 */
export function directoryTaken(uid: string, name: string, ids: string[], now: unknown) {
  return [
    [['lastBuilding'], ids[ids.length - 1]],
    [['updatedAt'], now],
    ...ids.flatMap((id) => [
      [['items', id, 'workerId'], uid],
      [['items', id, 'workerName'], name],
    ]),
  ] as [string[], unknown][];
}
