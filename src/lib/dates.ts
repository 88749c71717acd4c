/**
 * Values for `<input type="date">` and `<input type="datetime-local">`: the day and time as the person's
 * own clock shows them. (`toISOString()` gives the UTC day, which in China is yesterday until 08:00.)
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-02` */
export function dateInputValue(d = new Date()) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `2026-12-02T07:41` */
export function dateTimeInputValue(d: Date) {
  return `${dateInputValue(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
