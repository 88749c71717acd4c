import { addMessages } from '@/i18n';
import outboxMessages from '@/i18n/zh-CN.outbox';
import { useTranslation } from '@/i18n/react';
import { reportsPerHouseholdDayMax } from '@/lib/policy';

// Why a report was not sent, and what to do: these words arrive with this component (the home's outbox
// list; the report form, fixing a refused report, fetches it).
addMessages(outboxMessages);

const KNOWN = ['permission-denied', 'invalid-argument', 'report-limit'] as const;

/** Why the server refused a report kept on the phone (`error`: what `outbox.ts` recorded), in words. */
export function RefusedReason({ error }: { error: string | null }) {
  const { t } = useTranslation();
  const known = KNOWN.find((k) => k === error) ?? 'unknown';
  return <>{t(`outbox.reason.${known}`, { max: reportsPerHouseholdDayMax })}</>;
}
