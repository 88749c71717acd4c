/**
 * The ticket writes, fetched on first use: the resident's home, ticket and report screens only might write,
 * so the write code (batch builders, converters) stays out of their first load. Same signatures as
 * `./mutations`.
 */
type M = typeof import('./mutations');
const load = () => import('./mutations');

export const submitTicket = async (...a: Parameters<M['submitTicket']>) => (await load()).submitTicket(...a);
export const ticketReachedServer = async (...a: Parameters<M['ticketReachedServer']>) =>
  (await load()).ticketReachedServer(...a);
export const changeTicket = async (...a: Parameters<M['changeTicket']>) => (await load()).changeTicket(...a);
export const mergeTicket = async (...a: Parameters<M['mergeTicket']>) => (await load()).mergeTicket(...a);
export const addRemark = async (...a: Parameters<M['addRemark']>) => (await load()).addRemark(...a);
export const followTicket = async (...a: Parameters<M['followTicket']>) => (await load()).followTicket(...a);
export const unfollowTicket = async (...a: Parameters<M['unfollowTicket']>) =>
  (await load()).unfollowTicket(...a);
export const newTicketId = async () => (await load()).newTicketId();
export const reportLimitReached = async (...a: Parameters<M['reportLimitReached']>) =>
  (await load()).reportLimitReached(...a);
/** Fetches the write code ahead of use (a report sent offline needs it, and the dev server cannot serve it then). */
export const preloadMutations = () => load().catch(() => undefined);
