import { useQuery } from '@tanstack/react-query';
import { Card, Notice, Section } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { kindsFor } from '@/features/notify/kinds';
import { maskPhone } from '@/features/notify/mask';
import { saveNotifyPrefs } from '@/features/notify/api/mutations';
import { notifyQueries } from '@/features/notify/api/queries';
import { DeliveryList } from '@/features/notify/components/DeliveryList';
import { NotifyPrefsForm } from '@/features/notify/components/NotifyPrefsForm';
import { PushDevices } from '@/features/notify/components/PushDevices';
import { DEFAULT_NOTIFY_PREFS } from '@/features/notify/types';
import { addMessages } from '@/i18n';
import notifyMessages from '@/i18n/zh-CN.notify';
import { useTranslation } from '@/i18n/react';
import { useConnected } from '@/lib/online';
import { notificationsPage } from '@/lib/policy';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

// This screen's messages (not in every first load).
addMessages(notifyMessages);

/**
 * 消息提醒: what reaches me by text message and, on the phones I turn it on for, as a notification; and
 * what was sent to me lately.
 */
export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const prefs = useQuery(notifyQueries.prefs(profile.id));
  const mine = useQuery(notifyQueries.mine(profile.id));
  const devices = useQuery(notifyQueries.devices(profile.id));
  const connected = useConnected();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-4">
        <BackLink to={paths.profile} />
        <PageTitle text={t('notify.title')} />
        <p className="text-base">{t('notify.intro')}</p>
      </div>
      {profile.phone ? (
        <Card>
          <p className="text-base text-stone-700">{t('notify.sendsTo')}</p>
          <p className="text-2xl font-bold tabular-nums [overflow-wrap:anywhere]" data-testid="notify-phone">
            {maskPhone(profile.phone)}
          </p>
        </Card>
      ) : (
        <Notice tone="warn" title={t('notify.noPhone')}>
          {t('notify.noPhoneHow')}
        </Notice>
      )}
      {devices.isError ? (
        <LoadError error={devices.error} onRetry={() => void devices.refetch()} />
      ) : devices.data ? (
        <PushDevices uid={profile.id} devices={devices.data} />
      ) : null}
      {prefs.isError ? (
        <LoadError error={prefs.error} onRetry={() => void prefs.refetch()} />
      ) : prefs.isPending ? (
        <Loading />
      ) : (
        <NotifyPrefsForm
          initial={prefs.data ?? DEFAULT_NOTIFY_PREFS}
          kinds={kindsFor(profile)}
          push={Boolean(devices.data?.length)}
          onSave={(p) => saveNotifyPrefs(profile.id, p)}
          connected={connected}
        />
      )}
      <Section title={t('notify.history')}>
        <p className="text-sm text-stone-700">{t('notify.historyHint', { count: notificationsPage })}</p>
        {mine.isError ? (
          <LoadError error={mine.error} onRetry={() => void mine.refetch()} />
        ) : !mine.data ? (
          <Loading />
        ) : (
          <DeliveryList items={mine.data} ticketHref={paths.ticket} eventHref={paths.event} />
        )}
      </Section>
    </div>
  );
}
