import { useQuery } from '@tanstack/react-query';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { eventQueries } from '@/features/events/api/queries';
import { volunteerQueries } from '@/features/events/api/volunteer-queries';
import { VolunteerRecord } from '@/features/events/components/VolunteerRecord';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';
import eventsMessages from '@/i18n/zh-CN.events';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const record = useQuery(eventQueries.record(profile.id));
  const cancelled = useQuery(volunteerQueries.cancelled());
  return (
    <div className="flex flex-col gap-4">
      <div className="print:hidden">
        <BackLink to={paths.profile} />
      </div>
      <PageTitle text={t('record.title')} />
      {record.isError || cancelled.isError ? (
        <LoadError
          error={record.error ?? cancelled.error}
          onRetry={() => void Promise.all([record.refetch(), cancelled.refetch()])}
        />
      ) : !record.data || !cancelled.data ? (
        <Loading />
      ) : (
        <VolunteerRecord
          name={profile.displayName}
          signups={record.data}
          cancelled={new Set(cancelled.data)}
        />
      )}
    </div>
  );
}
