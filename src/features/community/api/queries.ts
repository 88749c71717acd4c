import { queryOptions } from '@tanstack/react-query';
import { getBackend } from '@/lib/backend';
import { str } from '@/lib/converter';
import { keep, kept } from '@/lib/kept';

export interface CommunityInfo {
  name: string;
  officePhone: string;
  officeHours: string;
}

export const communityQueries = {
  /** The office's phone number and hours (public: shown on the sign-in page). */
  info: () =>
    queryOptions({
      queryKey: ['config', 'community'] as const,
      queryFn: async (): Promise<CommunityInfo | null> => {
        const b = await getBackend();
        const snap = await b.getDoc(b.doc(b.db, 'config', 'community'));
        if (!snap.exists()) return null;
        const d = snap.data();
        const info = { name: str(d.name), officePhone: str(d.officePhone), officeHours: str(d.officeHours) };
        keep(['config', 'community'], info); // public; shown on the sign-in page before Firebase loads
        return info;
      },
      placeholderData: () => kept<CommunityInfo>(['config', 'community']),
      staleTime: 60 * 60_000,
    }),
};
