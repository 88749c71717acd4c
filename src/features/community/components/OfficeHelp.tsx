import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n/react';
import { Icon } from '@/components/ui/Icon';
import { telHref } from '@/lib/phone';
import { communityQueries } from '../api/queries';

/** "Call the community office": a real tel: link, for people who cannot or would rather not use the app. */
export function OfficeHelp({ context = 'app' }: { context?: 'signIn' | 'app' }) {
  const { t } = useTranslation();
  const info = useQuery(communityQueries.info());
  if (!info.data) return null;
  // The number is shown as the office writes it (it may carry an extension or a hotline's name); the
  // link dials it when it is a number (src/lib/phone.ts), and there is no link when it is not.
  const href = telHref(info.data.officePhone);
  const Tag = href ? 'a' : 'p';
  return (
    <Tag
      {...(href ? { href } : {})}
      className="tap flex items-center gap-3 rounded-2xl border border-stone-300 bg-white p-4 text-base text-stone-900"
    >
      <Icon name="phone" className="h-6 w-6 text-brand-700" />
      <span>
        {t(context === 'signIn' ? 'auth.officeHelp' : 'auth.callOffice', {
          phone: info.data.officePhone,
          hours: info.data.officeHours,
        })}
      </span>
    </Tag>
  );
}
