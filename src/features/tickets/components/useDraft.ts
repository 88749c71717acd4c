import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { PhotoInput } from '@/lib/photo-limits';
import { notBlank } from '@/lib/policy';
import type { ReportValues } from '../api/validate-report';

/**
 * What is put into the report form stays on the phone until the report is sent: the text in localStorage,
 * the photos (too large for it) in IndexedDB (./draft-photos.ts, loaded when needed).
 */
const DRAFT_KEY = 'shequ.reportDraft';
const noop = () => undefined;

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
  void import('./draft-photos').then((d) => d.forgetPhotos(), noop);
}

/**
 * Keeps `values` and `photos` as the draft while `keep` holds (a worker's proxy report keeps none; a report
 * the resident gave up for "me too" none either). The text only once a description is typed (or a voice
 * message recorded, which the recorder keeps itself): a category picked and left is no draft to come back
 * to. With `restore`, the photos kept from an earlier visit are put back first (nothing is written before
 * that, so the empty form cannot overwrite them).
 */
export function useDraft(
  values: ReportValues,
  keep: boolean,
  photos: PhotoInput[],
  setPhotos: Dispatch<SetStateAction<PhotoInput[]>>,
  restore: boolean,
  voice = false,
) {
  useEffect(() => {
    if (!keep) return;
    try {
      if (!notBlank(values.description) && !voice) localStorage.removeItem(DRAFT_KEY);
      else localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
    } catch {
      /* a full storage must not block typing */
    }
  }, [values, keep, voice]);

  const [restored, setRestored] = useState(!restore);
  useEffect(() => {
    if (!restore) return;
    void import('./draft-photos')
      .then((d) => d.keptPhotos())
      .then((kept) => setPhotos((now) => (now.length ? now : kept)), noop)
      .finally(() => setRestored(true));
  }, [restore, setPhotos]);

  useEffect(() => {
    if (!keep || !restored) return;
    void import('./draft-photos').then((d) => d.keepPhotos(photos), noop);
  }, [photos, keep, restored]);
}
