/** A voice message's length as a clock: 0:07, 1:00. */
export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds) % 60).padStart(2, '0')}`;
