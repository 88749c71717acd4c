import { useQuery } from '@tanstack/react-query';
import { ButtonLink } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Card';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import type { UserProfile } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { OfficeHelp } from '@/features/community/components/OfficeHelp';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import reportMessages from '@/i18n/zh-CN.report';
import followMessages from '@/i18n/zh-CN.follow';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(reportMessages);
addMessages(followMessages);

/**
 * 我要报事 before the address is confirmed: what is happening (no time is promised: nothing measures how
 * long a check takes), the office's number to ask or for what cannot wait, and the way home (or to the address, when there is none or it was refused).
 */
export default function NotLinked({ profile }: { profile: UserProfile }) {
  const { t } = useTranslation();
  const buildings = useQuery(buildingQueries.list());
  const link = profile.linkStatus === 'pending' ? profile.link : null;
  const number = buildings.data?.find((b) => b.id === link?.buildingId)?.number ?? '…';
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.home} />
      <PageTitle text={t('report.title')} />
      {link ? (
        <Notice title={t('link.pendingTitle')}>
          <p>
            {t('link.pendingBody', {
              address: t('building.address', { number, entrance: link.entrance, flat: link.flat }),
            })}
          </p>
          <p className="mt-2">{t('report.notLinked.pendingWait')}</p>
        </Notice>
      ) : (
        <Notice tone="warn" title={t('report.notLinked.noAddressTitle')}>
          <p>{t('report.errors.notLinked')}</p>
          <ButtonLink to={paths.profile} variant="secondary" className="mt-3">
            {t('link.change')}
          </ButtonLink>
        </Notice>
      )}
      <p className="text-lg font-bold">{t('report.notLinked.urgent')}</p>
      <OfficeHelp />
      <ButtonLink to={paths.home} variant="secondary">
        {t('report.notLinked.home')}
      </ButtonLink>
    </div>
  );
}
