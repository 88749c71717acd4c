import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { TextInput } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { dateInputValue } from '@/lib/dates';
import { exportRange, type RangeProblem } from '../api/csv';
import { download, exportTickets, exportVisits } from '../api/export';
import { WARNING_WINDOW_DAYS, type Current, type Warning } from '../api/queries';
import { medianBucket, satisfactionBy, type Summary } from '../api/summary';
import { workerKeys } from '../api/rates';
import { Rates } from './Rates';
import { SatisfactionChart } from './SatisfactionChart';
import { errorMessage } from '@/lib/errors';

/**
 * Where the queue shows the open tickets a figure counts (`overdue`: only those past their deadline): all of
 * them, one worker's, one building's.
 */
export interface QueueLinks {
  all: (overdue: boolean) => string;
  worker: (id: string, overdue: boolean) => string;
  building: (id: string, overdue: boolean) => string;
}

/** A count in a table cell as a link to the queue showing those tickets (read with its row and column). */
function CountLink({ to, count }: { to: string | undefined; count: number | string }) {
  if (!to || typeof count !== 'number') return <>{count}</>;
  return (
    <Link to={to} className="font-bold text-brand-800 underline underline-offset-4">
      {count}
    </Link>
  );
}

/** How the dashboard names what the data holds as ids (in the chosen language). */
export interface Names {
  building: (id: string) => string;
  /** The number a building is known by (0 when unknown). */
  buildingNumber: (id: string) => number;
  worker: (id: string) => string;
  category: (id: string) => string;
}

export function DashboardView({
  summary,
  months,
  periodIsMonth = true,
  current,
  workerIds = [],
  buildingIds,
  onLoadBuildingCounts,
  warnings,
  warningTickets,
  names,
  queueLinks,
}: {
  summary: Summary;
  /** This month's and last month's summaries alone (the rates' month-on-month trend). */
  months: { thisMonth: Summary; lastMonth: Summary };
  /** The period is this month only. */
  periodIsMonth?: boolean;
  current: Current | undefined;
  /** Today's grid workers: each has a row in the rates, even with nothing counted in the period. */
  workerIds?: string[];
  /** Every building, in order: the by-building table has a row for each. */
  buildingIds: string[];
  /** Set when per-building open/overdue counts are not loaded yet (many buildings): loads them. */
  onLoadBuildingCounts?: (() => void) | undefined;
  warnings: Warning[];
  /** The tickets behind a warning (loaded when the head asks). */
  warningTickets: (w: Warning) => ReactNode;
  names: Names;
  /** The open and overdue figures as links to the queue showing those tickets. */
  queueLinks?: QueueLinks | undefined;
}) {
  const { t, lang } = useTranslation();
  const avg = summary.ratedAll ? summary.ratingSumAll / summary.ratedAll : null;
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const median = (h: Record<string, number>) => {
    const b = medianBucket(h);
    return b ? t(`dashboard.buckets.${b}`) : t('dashboard.none');
  };
  const kpi = (
    label: string,
    value: string | number,
    testId: string,
    alert = false,
    // a figure that counts open tickets: the whole tile a link to the queue showing them
    link?: { to: string; label: string },
  ) => (
    <div
      className={`relative rounded-2xl border p-3 ${alert ? 'border-red-300 bg-red-50' : 'border-stone-200 bg-white'} ${link ? 'hover:border-stone-500' : ''}`}
    >
      <dt className="text-base text-stone-800">{label}</dt>
      <dd className={`text-3xl font-bold ${alert ? 'text-red-800' : ''}`} data-testid={testId}>
        {link ? (
          <Link
            to={link.to}
            aria-label={link.label}
            className="underline-offset-4 after:absolute after:inset-0 after:rounded-2xl hover:underline"
          >
            {value}
          </Link>
        ) : (
          value
        )}
      </dd>
    </div>
  );
  const counted = (n: number | undefined, overdue: boolean) =>
    queueLinks && n !== undefined
      ? {
          to: queueLinks.all(overdue),
          label: t(overdue ? 'desk.showOverdue' : 'desk.showOpen', { count: n }),
        }
      : undefined;
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {kpi(t('dashboard.open'), current?.open ?? '…', 'kpi-open', false, counted(current?.open, false))}
        {kpi(
          t('dashboard.overdue'),
          current?.overdue ?? '…',
          'kpi-overdue',
          (current?.overdue ?? 0) > 0,
          counted(current?.overdue, true),
        )}
        {kpi(t('dashboard.created'), summary.createdAll, 'kpi-created')}
        {kpi(t('dashboard.resolved'), summary.resolvedAll, 'kpi-resolved')}
        {kpi(t('dashboard.medianAccept'), median(summary.acceptHist), 'kpi-accept')}
        {kpi(t('dashboard.medianResolve'), median(summary.resolveHist), 'kpi-resolve')}
        {kpi(
          t('dashboard.satisfaction'),
          avg === null ? t('dashboard.none') : t('dashboard.average', { value: num.format(avg) }),
          'kpi-rating',
        )}
        {kpi(
          t('dashboard.goodShare', { value: '' }).trim(),
          summary.ratedAll ? pct.format(summary.ratingGoodAll / summary.ratedAll) : t('dashboard.none'),
          'kpi-good',
        )}
        {/* how many of the ratings staff took on the phone (电话回访), apart from the households' own */}
        {kpi(
          t('dashboard.byPhone'),
          summary.phoneRatedAll
            ? t('dashboard.byPhoneValue', {
                count: summary.phoneRatedAll,
                good: pct.format(summary.phoneRatingGoodAll / summary.phoneRatedAll),
              })
            : t('dashboard.none'),
          'kpi-phone',
        )}
      </dl>

      <Section title={t('dashboard.warnings')}>
        {!warnings.length ? (
          <p>{t('dashboard.noWarnings')}</p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label={t('dashboard.warnings')}>
            {warnings.map((w) => (
              <li
                key={`${w.kind}-${w.buildingId}-${w.categoryId}`}
                className="rounded-2xl border-2 border-red-400 bg-red-50 p-3"
              >
                <p className="text-base font-bold text-red-900">
                  <span aria-hidden="true">⚠ </span>
                  {w.kind === 'cluster'
                    ? t('dashboard.warnCluster', {
                        building: names.building(w.buildingId),
                        days: WARNING_WINDOW_DAYS,
                        count: w.households,
                        category: names.category(w.categoryId ?? ''),
                      })
                    : t('dashboard.warnReopens', {
                        building: names.building(w.buildingId),
                        count: w.households,
                      })}
                </p>
                {warningTickets(w)}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Rates
        summary={summary}
        months={months}
        periodIsMonth={periodIsMonth}
        workerIds={workerKeys(summary, workerIds)}
        buildingIds={buildingIds}
        workerName={names.worker}
        buildingName={names.building}
      />

      <Section title={t('dashboard.workload')}>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('dashboard.byWorker')}>
          <table className="w-full bg-white text-left text-base">
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="p-2">
                  {t('dashboard.worker')}
                </th>
                <th scope="col" className="p-2">
                  {t('dashboard.openCol')}
                </th>
                <th scope="col" className="p-2">
                  {t('dashboard.overdueCol')}
                </th>
                <th scope="col" className="p-2">
                  {t('dashboard.resolvedCol')}
                </th>
              </tr>
            </thead>
            <tbody>
              {(current?.byWorker ?? []).map((w) => (
                <tr key={w.key} className="border-t border-stone-200" data-testid={`worker-${w.key}`}>
                  <td className="p-2">{names.worker(w.key)}</td>
                  <td className="p-2">
                    <CountLink to={queueLinks?.worker(w.key, false)} count={w.open} />
                  </td>
                  <td className="p-2">
                    <CountLink to={queueLinks?.worker(w.key, true)} count={w.overdue} />
                  </td>
                  <td className="p-2">{summary.resolvedByWorker[w.key] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {onLoadBuildingCounts && (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-base text-stone-800">
              {t('dashboard.buildingCountsHint', { count: buildingIds.length })}
            </p>
            <Button variant="secondary" onClick={onLoadBuildingCounts}>
              {t('dashboard.loadBuildingCounts')}
            </Button>
          </div>
        )}
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('dashboard.byBuilding')}>
          <table className="w-full bg-white text-left text-base">
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="p-2">
                  {t('dashboard.building')}
                </th>
                <th scope="col" className="p-2">
                  {t('dashboard.openCol')}
                </th>
                <th scope="col" className="p-2">
                  {t('dashboard.overdueCol')}
                </th>
                <th scope="col" className="p-2">
                  {t('dashboard.createdCol')}
                </th>
                <th scope="col" className="p-2">
                  {t('dashboard.resolvedCol')}
                </th>
              </tr>
            </thead>
            <tbody>
              {buildingIds.map((id) => {
                const counts = current?.byBuilding.find((b) => b.key === id);
                return (
                  <tr key={id} className="border-t border-stone-200" data-testid={`building-${id}`}>
                    <td className="p-2">{names.building(id)}</td>
                    <td className="p-2">
                      <CountLink to={queueLinks?.building(id, false)} count={counts?.open ?? '—'} />
                    </td>
                    <td className="p-2">
                      <CountLink to={queueLinks?.building(id, true)} count={counts?.overdue ?? '—'} />
                    </td>
                    <td className="p-2">{summary.createdByBuilding[id] ?? 0}</td>
                    <td className="p-2">{summary.resolvedByBuilding[id] ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Section>

      <Section title={t('dashboard.satisfaction')}>
        <div className="grid gap-4 lg:grid-cols-3">
          <SatisfactionChart
            title={t('dashboard.byBuilding')}
            rows={satisfactionBy(summary, 'ByBuilding')}
            label={names.building}
          />
          <SatisfactionChart
            title={t('dashboard.byWorker')}
            rows={satisfactionBy(summary, 'ByWorker')}
            label={names.worker}
          />
          <SatisfactionChart
            title={t('dashboard.byCategory')}
            rows={satisfactionBy(summary, 'ByCategory')}
            label={names.category}
          />
        </div>
      </Section>

      <Export names={names} />
    </div>
  );
}

/** The period's tickets or visits as a spreadsheet file, in words a person reads. */
function Export({ names }: { names: Names }) {
  const { t } = useTranslation();
  const today = dateInputValue();
  const monthStart = `${today.slice(0, 7)}-01`;
  const [from, setFrom] = useState(monthStart);
  const [to, setTo] = useState(today);
  const [errors, setErrors] = useState<Partial<Record<'from' | 'to', RangeProblem>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const fields = useRef<HTMLDivElement>(null);
  const [focusError, setFocusError] = useState(0);
  useEffect(() => {
    // After a refused export, take the head to the first date that needs attention.
    if (focusError) fields.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusError]);
  const problem = (p: RangeProblem | undefined) => (p ? t(`dashboard.range.${p}`) : null);
  const run = async (kind: 'tickets' | 'visits') => {
    const range = exportRange(from, to);
    if (!range.ok) {
      setErrors(range.errors);
      setStatus(null);
      setFocusError((n) => n + 1);
      return;
    }
    setErrors({});
    setStatus(t('dashboard.exporting'));
    try {
      const headers = t(`dashboard.csv.${kind}`).split(',');
      const address = (a: { number: number; entrance: number; flat: string }) =>
        t('building.address', { number: a.number, entrance: a.entrance, flat: a.flat });
      const { csv, rows } =
        kind === 'tickets'
          ? await exportTickets(range.start, range.end, headers, {
              category: names.category,
              status: (s) => t(`status.${s}`),
              urgency: (u) => t(`urgency.${u}`),
              home: (ticket) => address({ ...ticket.home, number: ticket.home.buildingNumber }),
              place: (ticket) =>
                ticket.location.kind === 'common' && ticket.location.area
                  ? `${t('building.name', { number: ticket.buildingNumber })} · ${t(`area.${ticket.location.area as 'lift'}`)}`
                  : address({ ...ticket.home, number: ticket.home.buildingNumber }),
            })
          : await exportVisits(range.start, range.end, headers, {
              yes: t('dashboard.csvYes'),
              no: t('dashboard.csvNo'),
              address: (h) => address({ ...h, number: names.buildingNumber(h.buildingId) }),
            });
      if (rows === 0) {
        setStatus(t(`dashboard.exportedNone.${kind}`));
        return;
      }
      download(`${kind}-${from}-${to}.csv`, csv);
      setStatus(t('dashboard.exported', { count: rows }));
    } catch (e) {
      setStatus(errorMessage(e));
    }
  };
  return (
    <Section title={t('dashboard.export')}>
      <div ref={fields} className="grid grid-cols-2 gap-3 md:max-w-md">
        <TextInput
          label={t('dashboard.from')}
          type="date"
          value={from}
          error={problem(errors.from)}
          onChange={(e) => {
            setFrom(e.target.value);
            setErrors(({ from: _, ...rest }) => rest);
          }}
        />
        <TextInput
          label={t('dashboard.to')}
          type="date"
          value={to}
          error={problem(errors.to)}
          onChange={(e) => {
            setTo(e.target.value);
            setErrors(({ to: _, ...rest }) => rest);
          }}
        />
      </div>
      <p className="text-sm text-stone-700">{t('dashboard.exportHint')}</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void run('tickets')}>
          {t('dashboard.exportTickets')}
        </Button>
        <Button variant="secondary" onClick={() => void run('visits')}>
          {t('dashboard.exportVisits')}
        </Button>
      </div>
      <p role="status">{status}</p>
    </Section>
  );
}
