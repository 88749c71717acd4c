import { useState } from 'react';

/** The time this screen opened, to the minute: a query keyed by it is read again at most once a minute. */
export function useMinute() {
  const [minute] = useState(() => Math.floor(Date.now() / 60_000) * 60_000);
  return minute;
}
