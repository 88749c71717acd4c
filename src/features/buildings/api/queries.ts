import { getBackend } from '@/lib/backend';
import { liveQueryOptions } from '@/lib/live-query';
import type { Building } from '../types';
import { DIRECTORY_PATH } from '../directory';
import { parseBuildingDirectory } from './converter';

/** Every building, by number, from the directory: one document however many buildings there are. */
const directory = async (emit: (b: Building[], fromCache: boolean) => void, fail: (e: Error) => void) => {
  const b = await getBackend();
  return b.onSnapshot(
    b.doc(b.db, DIRECTORY_PATH),
    (snap) => emit(parseBuildingDirectory(snap.data()?.items), snap.metadata.fromCache),
    fail,
  );
};

export const buildingQueries = {
  all: ['buildings'] as const,
  /** Every building, by number (residents pick one, the head sees the grid). */
  list: () => liveQueryOptions<Building[], readonly ['buildings', 'list']>(['buildings', 'list'], directory),
  /** The buildings a grid worker is responsible for (the same document: Firestore listens to it once). */
  ownedBy: (uid: string) =>
    liveQueryOptions<Building[], readonly ['buildings', 'ownedBy', string]>(
      ['buildings', 'ownedBy', uid],
      (emit, fail) =>
        directory(
          (all, fromCache) =>
            emit(
              all.filter((x) => x.workerId === uid),
              fromCache,
            ),
          fail,
        ),
    ),
};
