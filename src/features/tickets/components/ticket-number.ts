/**
 * How a ticket is named to people: "#" and the last four characters of its id (`#0012` for the demo's t0012,
 * `#K3F9` for a report made in the app). Nothing is stored for it: a merged ticket keeps its target's id.
 */
export function ticketNumber(id: string) {
  return `#${id.slice(-4).toUpperCase()}`;
}
