import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ButtonLink } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { openCase } from '@/features/mediation/api/mutations';
import { mediationQueries, type CaseScope } from '@/features/mediation/api/queries';
import { CaseDetail } from '@/features/mediation/components/CaseDetail';
import { CaseForm } from '@/features/mediation/components/CaseForm';
import { CaseList } from '@/features/mediation/components/CaseList';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

/** /mediation (list), /mediation/new (head), /mediation/:caseId. */
export default function Component() {
  const { caseId } = useParams();
  const { t } = useTranslation();
  const { profile } = useMe();
  const navigate = useNavigate();
  const head = profile.active && profile.role === 'head';
  const scope: CaseScope = head
    ? { head: true }
    : isStaffRole(profile)
      ? { mediator: profile.id }
      : { party: profile.id };
  const list = useQuery({ ...mediationQueries.list(scope), enabled: !caseId });
  const detail = useQuery({
    ...mediationQueries.detail(caseId ?? ''),
    enabled: Boolean(caseId && caseId !== 'new'),
  });
  const buildings = useQuery({ ...buildingQueries.list(), enabled: caseId === 'new' });
  if (caseId === 'new') {
    const mediators = [
      { id: profile.id, name: profile.displayName },
      ...new Map(
        (buildings.data ?? [])
          .filter((b) => b.workerId)
          .map((b) => [b.workerId!, { id: b.workerId!, name: b.workerName ?? '' }]),
      ).values(),
    ];
    return (
      <div className="flex flex-col gap-4">
        <BackLink to={paths.mediation} />
        <PageTitle text={t('mediation.create')} />
        <CaseForm
          mediators={mediators}
          onSave={async (input) => void navigate(paths.mediationCase(await openCase(profile.id, input)))}
        />
      </div>
    );
  }
  if (caseId) {
    return (
      <div className="flex flex-col gap-4">
        <BackLink to={paths.mediation} />
        {detail.isError ? (
          <Notice tone="warn">{t('app.notFound.title')}</Notice>
        ) : !detail.data ? (
          detail.data === null ? (
            <Notice tone="warn">{t('app.notFound.title')}</Notice>
          ) : (
            <Loading />
          )
        ) : (
          <>
            <PageTitle text={detail.data.title} />
            <CaseDetail
              kase={detail.data}
              canRecord={head || (isStaffRole(profile) && detail.data.mediatorId === profile.id)}
              me={{ uid: profile.id, name: profile.displayName }}
            />
          </>
        )}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <PageTitle text={t('mediation.title')} />
      <p>{t('mediation.intro')}</p>
      {head && (
        <ButtonLink to={paths.newCase} className="self-start">
          {t('mediation.create')}
        </ButtonLink>
      )}
      {list.isError ? (
        <LoadError error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <CaseList cases={list.data} linkTo={paths.mediationCase} />
      )}
    </div>
  );
}
