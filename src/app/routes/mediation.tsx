import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { openCase, type CaseInput } from '@/features/mediation/api/mutations';
import { mediationQueries, type CaseScope } from '@/features/mediation/api/queries';
import { CaseDetail } from '@/features/mediation/components/CaseDetail';
import { CaseForm } from '@/features/mediation/components/CaseForm';
import { CaseList } from '@/features/mediation/components/CaseList';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { categoryLabel } from '@/features/tickets/components/category-label';
import { useTranslation } from '@/i18n/react';
import { caseSummaryMax, caseTitleMax } from '@/lib/policy';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

/** /mediation (list), /mediation/new (head), /mediation/:caseId. */
export default function Component() {
  const { caseId } = useParams();
  const { t, lang } = useTranslation();
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
  // /mediation/new?ticket=… : a case opened from a ticket, filled in from it.
  const [search] = useSearchParams();
  const fromTicketId = caseId === 'new' ? search.get('ticket') : null;
  const ticket = useQuery({ ...ticketQueries.detail(fromTicketId ?? ''), enabled: Boolean(fromTicketId) });
  const categories = useQuery({ ...categoryQueries.tree(), enabled: Boolean(fromTicketId) });
  if (caseId === 'new') {
    const workers = [
      ...new Map(
        (buildings.data ?? [])
          .filter((b) => b.workerId)
          .map((b) => [b.workerId!, { id: b.workerId!, name: b.workerName ?? '' }]),
      ).values(),
    ];
    const me = { id: profile.id, name: profile.displayName };
    const save = async (input: CaseInput) =>
      void navigate(paths.mediationCase(await openCase(profile.id, input)));
    if (!fromTicketId)
      return head ? (
        <div className="flex flex-col gap-4">
          <BackLink to={paths.mediation} />
          <PageTitle text={t('mediation.create')} />
          <CaseForm mediators={[me, ...workers.filter((w) => w.id !== me.id)]} onSave={save} />
        </div>
      ) : (
        <Navigate to={paths.mediation} replace />
      );
    const tk = ticket.data;
    // The head, or the grid worker of the building the ticket is in (the rules check the same).
    const owns = Boolean(
      tk &&
      buildings.data?.find((b) => b.id === tk.buildingId)?.workerId === profile.id &&
      isStaffRole(profile),
    );
    return (
      <div className="flex flex-col gap-4">
        <BackLink to={paths.ticket(fromTicketId)} />
        <PageTitle text={t('mediation.openFromTicket')} />
        {ticket.isError ? (
          <LoadError error={ticket.error} onRetry={() => void ticket.refetch()} />
        ) : tk === null ? (
          <Notice tone="warn">{t('app.notFound.title')}</Notice>
        ) : !tk || !buildings.data || !categories.data ? (
          <Loading />
        ) : !(head || owns) ? (
          <Notice tone="warn">{t('mediation.notYourTicket')}</Notice>
        ) : (
          <CaseForm
            mediators={head ? [me, ...workers.filter((w) => w.id !== me.id)] : [me]}
            onSave={save}
            from={{
              ticketId: tk.id,
              buildingId: tk.buildingId,
              // (a report made by voice alone has no words: the category, and the staff write the rest)
              title:
                `${categoryLabel(categories.data, tk.categoryId, lang)}${tk.description && `：${tk.description}`}`.slice(
                  0,
                  caseTitleMax,
                ),
              summary: tk.description.slice(0, caseSummaryMax),
              parties: [
                { name: tk.reporterName, phone: '', uid: tk.viaProxy ? null : tk.reporterId },
                { name: '', phone: '' },
              ],
            }}
          />
        )}
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
              me={{ uid: profile.id, name: profile.displayName, staff: isStaffRole(profile) }}
              ticketLink={
                isStaffRole(profile)
                  ? (id) => (
                      <Link to={paths.ticket(id)} className="text-blue-800 underline">
                        {t('mediation.ticketLink')}
                      </Link>
                    )
                  : undefined
              }
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
