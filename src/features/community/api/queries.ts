import { queryOptions } from '@tanstack/react-query';
import { firstContentPainted } from '@/lib/backend';
import { str } from '@/lib/converter';
import { keep, kept } from '@/lib/kept';
import { getPublicDoc } from '@/lib/public-doc';
import { communityInfoKey } from './keys';

export interface CommunityInfo {
  name: string;
  officePhone: string;
  /** As the office writes them: in Chinese, and in English ('' when not given: the Chinese shows). */
  officeHours: string;
  officeHoursEn: string;
}

export const communityQueries = {
  /** The office's phone number and hours (public: shown on the sign-in page). */
  info: () =>
    queryOptions({
      queryKey: communityInfoKey,
      queryFn: async (): Promise<CommunityInfo | null> => {
        // Already on the screen from what the phone kept: ask the server once the screen has painted, so
        // the request does not share a weak connection with the code the screen is waiting for.
        if (kept(communityInfoKey, { shared: true })) await firstContentPainted();
        let d: Record<string, unknown> | null;
        try {
          d = await getPublicDoc('config', 'community');
        } catch (e) {
          // No connection: the number this phone saw last is still the number to call.
          const last = kept<CommunityInfo>(communityInfoKey, { shared: true });
          if (last) return last;
          throw e;
        }
        if (!d) return null;
        const info = {
          name: str(d.name),
          officePhone: str(d.officePhone),
          officeHours: str(d.officeHours),
          officeHoursEn: str(d.officeHoursEn),
        };
        keep(communityInfoKey, info, { shared: true }); // public: on the sign-in page at once next time
        return info;
      },
      placeholderData: () => kept<CommunityInfo>(communityInfoKey, { shared: true }),
      staleTime: 60 * 60_000,
    }),
};
