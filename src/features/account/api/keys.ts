/** The profile's query key, on its own so the first-load router can read the kept profile without the query code. */
export const profileKey = (uid: string) => ['users', 'detail', uid] as const;
