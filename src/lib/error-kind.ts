/**
 * The kind of an error (src/lib/errors.ts turns a kind into words): pure, with no imports, so that the
 * write paths the scripts share (tickets/api/commit.ts) can tell a refusal without loading the UI's text.
 */
export type ErrorKind =
  | 'denied'
  | 'offline'
  | 'busy'
  | 'conflict'
  | 'gone'
  | 'signedOut'
  | 'needsConnection'
  | 'reportLimit'
  | 'unknown';

/** The error's code as Firebase gives it (`permission-denied`, `auth/network-request-failed`), or ''. */
export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Whether the rules refused the request. */
export function isRefused(e: unknown): boolean {
  return errorCode(e) === 'permission-denied';
}

// A lazily loaded chunk that did not arrive: Chromium, Firefox and Safari word it differently.
const CHUNK_FAILED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

export function errorKind(e: unknown): ErrorKind {
  switch (errorCode(e).replace(/^(firestore|auth)\//, '')) {
    case 'permission-denied':
    case 'invalid-argument':
      return 'denied';
    case 'unavailable':
    case 'deadline-exceeded':
    case 'network-request-failed':
      return 'offline';
    case 'resource-exhausted':
    case 'too-many-requests':
    case 'quota-exceeded':
      return 'busy';
    case 'aborted':
    case 'already-exists':
    case 'failed-precondition':
      return 'conflict';
    case 'not-found':
      return 'gone';
    case 'report-limit': // the household's reports of the day are used up (tickets/api/outbox.ts)
      return 'reportLimit';
    case 'needs-connection': // nothing kept on the phone for this screen, and offline (live-query.ts)
      return 'needsConnection';
    case 'unauthenticated':
    case 'user-token-expired':
    case 'requires-recent-login':
      return 'signedOut';
  }
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  if (CHUNK_FAILED.test(message)) return 'needsConnection';
  if (/^Failed to fetch$|NetworkError|Load failed/i.test(message)) return 'offline';
  return 'unknown';
}
