import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { ButtonLink } from '@/components/ui/Button';
import { Select } from '@/components/ui/Field';
import { Loaded } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { buildingQueries } from '@/features/buildings/api/queries';
import { dashboardQueries, warnings } from '@/features/dashboard/api/queries';
import { monthKey, monthsBack } from '@/lib/period';
import { DashboardView } from '@/features/dashboard/components/DashboardView';
import { WarningTickets } from '@/features/dashboard/components/WarningTickets';
import { staffQueries } from '@/features/staff/api/queries';
import { notifyQueries } from '@/features/notify/api/queries';
import { SmsMonthCard } from '@/features/notify/components/SmsMonthCard';
import { categoryQueries } from '@/features/tickets/api/queries';
import { categoryLabel } from '@/features/tickets/components/category-label';
import { useTranslation } from '@/i18n/react';
import { useMe } from '../me';

const MAX_AUTO_BUILDINGS = 30;

/** The head's queue showing the open tickets a dashboard figure counts (the queue's own URL filters). */
function queueHref(f: { assignee?: string; building?: string; overdue: boolean }) {
  const p = new URLSearchParams({ scope: 'all' });
  if (f.building) p.set('building', f.building);
  if (f.overdue) p.set('overdue', '1');
  if (f.assignee) p.set('assignee', f.assignee);
  return `${paths.queue}?${p.toString()}`;
}

/** The head's dashboard: reads a fixed number of summary documents and aggregation counts. */
export default function Component() {
  const { t, lang } = useTranslation();
  const { profile } = useMe();
  const [months, setMonths] = useState<'1' | '3' | '12'>('1');
  const [now] = useState(() => Date.now());
  const buildings = useQuery(buildingQueries.list());
  const categories = useQuery(categoryQueries.tree());
  // Names of workers who own no building now (left, or between buildings) but were counted in the period.
  const staff = useQuery(staffQueries.list());
  const periods = monthsBack(new Date(now), Number(months));
  const summary = useQuery(dashboardQueries.summary(periods));
  const workerIds = [
    ...new Set((buildings.data ?? []).map((b) => b.workerId).filter((w): w is string => Boolean(w))),
  ];
  const buildingIds = (buildings.data ?? []).map((b) => b.id);
  // Two aggregation queries per building: automatic for a small grid, on request for a large one, so the
  // dashboard's reads stay fixed however big the community grows.
  const [allBuildings, setAllBuildings] = useState(false);
  const withBuildings = allBuildings || buildingIds.length <= MAX_AUTO_BUILDINGS;
  const current = useQuery({
    ...dashboardQueries.current(workerIds, withBuildings ? buildingIds : [], now),
    enabled: Boolean(buildings.data),
  });
  const signals = useQuery(dashboardQueries.signals(now));
  const isHead = profile.active && profile.role === 'head';
  const smsMonth = useQuery({ ...notifyQueries.month(monthKey(new Date(now))), enabled: isHead });
  const smsFailed = useQuery({ ...notifyQueries.failed(), enabled: isHead });
  if (!(profile.active && profile.role === 'head')) return <Navigate to={paths.home} replace />;
  const bNumber = (id: string) => buildings.data?.find((b) => b.id === id)?.number ?? 0;
  const names = {
    building: (id: string) => t('building.name', { number: bNumber(id) || id }),
    buildingNumber: bNumber,
    worker: (id: string) =>
      id === 'unassigned'
        ? t('dashboard.unassigned')
        : (buildings.data?.find((b) => b.workerId === id)?.workerName ??
          staff.data?.find((s) => s.id === id)?.displayName ??
          id),
    category: (id: string) => categoryLabel(categories.data ?? [], id, lang),
  };
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageTitle text={t('dashboard.title')} />
        <div className="w-48">
          <Select
            label={t('dashboard.period')}
            value={months}
            onChange={(e) => setMonths(e.target.value as '1' | '3' | '12')}
          >
            {(['1', '3', '12'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`dashboard.periods.${m}`)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <nav aria-label={t('dashboard.manage')} className="flex flex-wrap gap-2">
        <ButtonLink to={paths.staff} variant="secondary">
          {t('dashboard.staffLink')}
        </ButtonLink>
        <ButtonLink to={paths.categories} variant="secondary">
          {t('dashboard.categoriesLink')}
        </ButtonLink>
        <ButtonLink to={paths.manageNotices} variant="secondary">
          {t('dashboard.noticesLink')}
        </ButtonLink>
        <ButtonLink to={paths.mediation} variant="secondary">
          {t('mediation.title')}
        </ButtonLink>
        <ButtonLink to={paths.audit} variant="secondary">
          {t('audit.title')}
        </ButtonLink>
      </nav>
      <Loaded query={summary}>
        {(data) => (
          <DashboardView
            summary={data}
            months={data.trend}
            periodIsMonth={months === '1'}
            current={current.data}
            workerIds={workerIds}
            buildingIds={buildingIds}
            onLoadBuildingCounts={withBuildings ? undefined : () => setAllBuildings(true)}
            warnings={warnings(signals.data?.reports ?? {}, data.reopenedByBuilding)}
            warningTickets={(w) => <WarningTickets warning={w} now={now} linkToTicket={paths.ticket} />}
            names={names}
            queueLinks={{
              all: (overdue) => queueHref({ overdue }),
              worker: (id, overdue) => queueHref({ assignee: id, overdue }),
              building: (id, overdue) => queueHref({ building: id, overdue }),
            }}
          />
        )}
      </Loaded>
      <SmsMonthCard
        month={smsMonth.data}
        failed={smsFailed.data}
        error={smsMonth.error ?? smsFailed.error}
        onRetry={() => void Promise.all([smsMonth.refetch(), smsFailed.refetch()])}
        ticketHref={paths.ticket}
        eventHref={paths.event}
      />
    </div>
  );
}
