/**
 * One vocabulary for everything that can go wrong: any error the app meets — Firestore's and Auth's codes,
 * a screen's code that did not arrive, a plain exception — becomes one of a few kinds, and each kind has
 * words in both languages that say what happened and what to do (`errors.*` in src/i18n). No code, stack
 * or module URL ever reaches a person. `reportError` is the one place an error is reported.
 */
import { t } from '@/i18n';
import { reportsPerHouseholdDayMax } from './policy';

import { errorCode, errorKind, type ErrorKind } from './error-kind';

export { errorCode, errorKind, isRefused, type ErrorKind } from './error-kind';

/** What happened and what to do, in the person's language. */
export function errorMessage(e: unknown): string {
  return t(`errors.${errorKind(e)}`, { max: reportsPerHouseholdDayMax });
}

/** An error as reported: what kind, where, and the technical detail a developer needs (never shown). */
export interface ErrorReport {
  kind: ErrorKind;
  where: string;
  code: string;
  message: string;
  at: string;
  path: string;
}

const recent: ErrorReport[] = [];

/**
 * Reports an error once, in one shape: to the console, to the last 20 kept in memory (`recentErrors`, for a
 * support session), and — where a deployment sets `VITE_ERROR_REPORT_URL` — to that endpoint with
 * `navigator.sendBeacon` (no personal data: the kind, code, message and the page's path). Off unless set;
 * never set in tests. See docs/resilience.md.
 */
export function reportError(e: unknown, where: string) {
  const report: ErrorReport = {
    kind: errorKind(e),
    where,
    code: errorCode(e),
    message: e instanceof Error ? e.message : String(e),
    at: new Date().toISOString(),
    path: typeof location === 'undefined' ? '' : location.pathname,
  };
  recent.push(report);
  if (recent.length > 20) recent.shift();
  console.error(`[app] ${where}:`, e);
  const url = import.meta.env.VITE_ERROR_REPORT_URL;
  if (url && typeof navigator !== 'undefined' && 'sendBeacon' in navigator) {
    try {
      navigator.sendBeacon(url, JSON.stringify(report));
    } catch {
      // Reporting must never become an error of its own.
    }
  }
}

/** The errors reported in this visit (latest last). */
export function recentErrors(): readonly ErrorReport[] {
  return recent;
}
