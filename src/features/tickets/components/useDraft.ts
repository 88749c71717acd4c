import { useEffect } from 'react';
import { notBlank } from '@/lib/policy';
import type { ReportValues } from '../api/validate-report';

/** What is typed into the report form stays on the phone (localStorage) until the report is sent. */
const DRAFT_KEY = 'shequ.reportDraft';

/** The draft kept from an earlier visit, or nothing. */
export function loadDraft(): Partial<ReportValues> {
  try {
    return (JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<ReportValues> | null) ?? {};
  } catch {
    return {};
  }
}

/** Forgets the draft (the report has been handed to the outbox). */
export function clearReportDraft() {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* ignore */
  }
}

/**
 * Keeps `values` as the draft while `keep` holds (a worker's proxy report keeps none; a report the resident
 * gave up for "me too" none either). Only once something is typed: a category picked and left is no draft
 * to come back to.
 */
export function useDraft(values: ReportValues, keep: boolean) {
  useEffect(() => {
    if (!keep) return;
    if (!notBlank(values.description)) {
      clearReportDraft();
      return;
    }
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
    } catch {
      /* a full storage must not block typing */
    }
  }, [values, keep]);
}
