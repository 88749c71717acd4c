import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import type { CommunityNotice } from '../types';
import { noticeConverter } from './converter';

export const NOTICES_PAGE_SIZE = 20;

/** Pinned first, then newest. */
export function sortNotices(list: CommunityNotice[]) {
  return [...list].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0),
  );
}

export const noticeQueries = {
  all: ['notices'] as const,
  /** Published notices, newest first; a building-targeted notice shows only to that building. */
  published: (buildingId: string | null) =>
    liveQueryOptions<CommunityNotice[], readonly ['notices', 'published', string | null]>(
      ['notices', 'published', buildingId],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'notices').withConverter(noticeConverter),
          b.where('status', '==', 'published'),
          b.orderBy('publishedAt', 'desc'),
          b.limit(NOTICES_PAGE_SIZE),
        );
        return b.onSnapshot(
          q,
          (snap) =>
            emit(
              sortNotices(
                snap.docs
                  .map((d) => d.data())
                  .filter(
                    (n) =>
                      n.audience.includes('all') || (buildingId !== null && n.audience.includes(buildingId)),
                  ),
              ),
              snap.metadata.fromCache,
            ),
          fail,
        );
      },
    ),
  /**
   * Published notices newer than a time (ms), newest first, every audience (the caller picks its own): the
   * home's "what's new" — usually nothing, so about one read.
   */
  since: (after: number) =>
    liveQueryOptions<CommunityNotice[], readonly ['notices', 'since', number]>(
      ['notices', 'since', after],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'notices').withConverter(noticeConverter),
          b.where('status', '==', 'published'),
          b.where('publishedAt', '>', b.Timestamp.fromMillis(after)),
          b.orderBy('publishedAt', 'desc'),
          b.limit(NOTICES_PAGE_SIZE),
        );
        return b.onSnapshot(
          q,
          (snap) =>
            emit(
              snap.docs.map((d) => d.data()),
              snap.metadata.fromCache,
            ),
          fail,
        );
      },
    ),
  /** Every notice, newest first (staff: drafts and withdrawn ones too). */
  manage: () =>
    liveQueryOptions<CommunityNotice[], readonly ['notices', 'manage']>(
      ['notices', 'manage'],
      async (emit, fail) => {
        const b = await getBackend();
        const q = b.query(
          b.collection(b.db, 'notices').withConverter(noticeConverter),
          b.orderBy('updatedAt', 'desc'),
          b.limit(50),
        );
        return b.onSnapshot(q, (snap) => emit(snap.docs.map((d) => d.data())), fail);
      },
    ),
  detail: (id: string) =>
    liveQueryOptions<CommunityNotice | null, readonly ['notices', 'detail', string]>(
      ['notices', 'detail', id],
      async (emit, fail) => {
        const b = await getBackend();
        return b.onSnapshot(
          b.doc(b.db, 'notices', id).withConverter(noticeConverter),
          (snap) => emit(snap.exists() ? snap.data() : null, snap.metadata.fromCache),
          fail,
        );
      },
    ),
};
