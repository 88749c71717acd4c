import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { Icon } from '@/components/ui/Icon';
import { communityQueries } from '../api/queries';

/** "Call the community office": a real tel: link, for people who cannot or would rather not use the app. */
export function OfficeHelp({ context = 'app' }: { context?: 'signIn' | 'app' }) {
  const { t, lang } = useTranslation();
  const info = useQuery(communityQueries.info());
  if (!info.data) return null;
  // Shown as the office writes it. The link keeps the number's digits itself rather than asking
  // src/lib/phone.ts: this card is on the resident home, whose first load has no room for that module
  // (npm run size: the volunteer home is at 119.8 of its 120 KB).
  return (
    <a
      href={`tel:${info.data.officePhone.replace(/[^\d+]/g, '')}`}
      className="tap flex items-center gap-3 rounded-2xl border border-stone-300 bg-white p-4 text-base text-stone-900"
    >
      <Icon name="phone" className="h-6 w-6 text-brand-700" />
      <span>
        {t(context === 'signIn' ? 'auth.officeHelp' : 'auth.callOffice', {
          phone: info.data.officePhone,
          // (a number kept on the phone before the English hours existed has none: the Chinese shows)
          hours: (lang === 'en' && info.data.officeHoursEn) || info.data.officeHours,
        })}
      </span>
    </a>
  );
}
