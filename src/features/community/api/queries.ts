import { queryOptions } from '@tanstack/react-query';
import { str } from '@/lib/converter';
import { keep, kept } from '@/lib/kept';
import { getPublicDoc } from '@/lib/public-doc';

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
        let d: Record<string, unknown> | null;
        try {
          d = await getPublicDoc('config', 'community');
        } catch (e) {
          // No connection: the number this phone saw last is still the number to call.
          const last = kept<CommunityInfo>(['config', 'community'], { shared: true });
          if (last) return last;
          throw e;
        }
        if (!d) return null;
        const info = { name: str(d.name), officePhone: str(d.officePhone), officeHours: str(d.officeHours) };
        keep(['config', 'community'], info, { shared: true }); // public: on the sign-in page at once next time
        return info;
      },
      placeholderData: () => kept<CommunityInfo>(['config', 'community'], { shared: true }),
      staleTime: 60 * 60_000,
    }),
};
