import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { photoCharsMax, reportPhotosMax } from '@/lib/policy';
import type { PhotoInput } from '@/lib/photo-limits';
import type { UseStore } from 'idb-keyval';
import type { ReportValues } from '../api/validate-report';

/**
 * What is put into the report form stays on the phone until the report is sent: the text in localStorage,
 * the photos (too large for it) in IndexedDB.
 */
const DRAFT_KEY = 'shequ.reportDraft';
const PHOTOS_KEY = 'photos';

/** The draft kept from an earlier visit, or nothing. */
export function loadDraft(): Partial<ReportValues> {
  try {
    return (JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<ReportValues> | null) ?? {};
  } catch {
    return {};
  }
}

/**
 * Runs `fn` on the photos' store, its small library (shared with the outbox) loaded when the form first needs
 * it. Fails quietly: with no IndexedDB (some private modes) the text is still kept.
 */
function withPhotoStore<T>(fn: (idb: typeof import('idb-keyval'), store: UseStore) => Promise<T>) {
  return import('idb-keyval')
    .then((idb) => fn(idb, idb.createStore('shequ-draft', 'photos')))
    .catch(() => undefined);
}

/** A kept photo the form (and the rules) would take: within the policy's size, at most the report's count. */
const usable = (photos: unknown): PhotoInput[] =>
  (Array.isArray(photos) ? (photos as PhotoInput[]) : [])
    .filter((p) => typeof p?.dataUrl === 'string' && p.dataUrl.length <= photoCharsMax)
    .slice(0, reportPhotosMax);

/** Forgets the draft (the report has been handed to the outbox). */
export function clearReportDraft() {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    /* ignore */
  }
  void withPhotoStore((idb, store) => idb.del(PHOTOS_KEY, store));
}

/**
 * Keeps `values` and `photos` as the draft while `keep` holds (a worker's proxy report keeps none). With
 * `restore`, the photos kept from an earlier visit are put back first (nothing is written before that, so
 * the empty form cannot overwrite them).
 */
export function useDraft(
  values: ReportValues,
  keep: boolean,
  photos: PhotoInput[],
  setPhotos: Dispatch<SetStateAction<PhotoInput[]>>,
  restore: boolean,
) {
  useEffect(() => {
    if (!keep) return;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(values));
    } catch {
      /* a full storage must not block typing */
    }
  }, [values, keep]);

  const [restored, setRestored] = useState(!restore);
  useEffect(() => {
    if (!restore) return;
    let live = true;
    void withPhotoStore(async (idb, store) => {
      const kept = usable(await idb.get<unknown>(PHOTOS_KEY, store));
      if (live) setPhotos((now) => (now.length ? now : kept));
    }).finally(() => live && setRestored(true));
    return () => {
      live = false;
    };
  }, [restore, setPhotos]);

  useEffect(() => {
    if (!keep || !restored) return;
    void withPhotoStore((idb, store) => idb.set(PHOTOS_KEY, photos, store));
  }, [photos, keep, restored]);
}
