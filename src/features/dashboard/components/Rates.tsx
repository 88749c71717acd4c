import { useState, useSyncExternalStore } from 'react';
import { Select } from '@/components/ui/Field';
import { Section } from '@/components/ui/Card';
import { useTranslation } from '@/i18n/react';
import { goodRatingMin, ratingMax } from '@/lib/policy';
import {
  RATE_KINDS,
  isLow,
  rateAlertBelow,
  ratesAll,
  ratesBy,
  sortRates,
  trendsAll,
  trendsBy,
  type Rate,
  type RateKind,
  type RateRow,
  type Trend,
  type TrendRow,
} from '../api/rates';
import type { Summary } from '../api/summary';

const wide = typeof window !== 'undefined' ? window.matchMedia('(min-width: 768px)') : null;
function useWide() {
  return useSyncExternalStore(
    (cb) => {
      wide?.addEventListener('change', cb);
      return () => wide?.removeEventListener('change', cb);
    },
    () => wide?.matches ?? false,
  );
}

type SortBy = RateKind | 'worst';

/**
 * 响应率, 解决率, 满意率 per grid worker and per building for the chosen period, with the counts behind each
 * figure and what each means written above them; worst first, red under the threshold. Beside each, last
 * month's figure and the change since (环比: this month against last month, whatever the period). A table
 * on a desk, a list of cards on a phone.
 */
export function Rates({
  summary,
  months,
  periodIsMonth,
  workerIds,
  buildingIds,
  workerName,
  buildingName,
}: {
  summary: Summary;
  /** This month's and last month's summaries alone, for the month-on-month trend. */
  months: { thisMonth: Summary; lastMonth: Summary };
  /** The period is this month only: its figure is this month's, not repeated in the trend. */
  periodIsMonth: boolean;
  workerIds: string[];
  buildingIds: string[];
  workerName: (id: string) => string;
  buildingName: (id: string) => string;
}) {
  const { t, lang } = useTranslation();
  const isWide = useWide();
  const [by, setBy] = useState<SortBy>('worst');
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const threshold = pct.format(rateAlertBelow);
  const all = ratesAll(summary);
  const trendAll = trendsAll(months.thisMonth, months.lastMonth);
  const trendWorkers = trendsBy(months.thisMonth, months.lastMonth, 'ByWorker', workerIds);
  const trendBuildings = trendsBy(months.thisMonth, months.lastMonth, 'ByBuilding', buildingIds);

  /**
   * "上月 80% · ▲ 5 个百分点" (the arrow and figure read out as words), or "—" and why there is nothing to
   * compare; with this month's figure first when the period is longer than this month.
   */
  const trendLine = (kind: RateKind, tr: Trend | undefined) => {
    if (!tr) return null;
    const value = (r: Rate) => (r.value === null ? '—' : pct.format(r.value));
    const change =
      tr.points === null ? (
        <span>
          {t(`dashboard.trend.missing.${tr.missing ?? 'both'}`, {
            none: t(`dashboard.trend.none.${kind}`),
          })}
        </span>
      ) : (
        <>
          <span aria-hidden="true">
            {tr.points > 0 ? '▲ ' : tr.points < 0 ? '▼ ' : '= '}
            {tr.points === 0
              ? t('dashboard.trend.same')
              : t('dashboard.trend.points', { points: Math.abs(tr.points) })}
          </span>
          <span className="sr-only">
            {tr.points === 0
              ? t('dashboard.trend.same')
              : t(`dashboard.trend.${tr.points > 0 ? 'up' : 'down'}`, { points: Math.abs(tr.points) })}
          </span>
        </>
      );
    return (
      <span data-testid={`trend-${kind}`} className="block text-sm text-stone-700">
        {!periodIsMonth && <>{t('dashboard.trend.thisMonth', { value: value(tr.thisMonth) })} · </>}
        {tr.lastMonth.value === null
          ? t('dashboard.trend.lastMonthNone')
          : t('dashboard.trend.lastMonth', { value: value(tr.lastMonth) })}
        {' · '}
        {change}
      </span>
    );
  };

  /** "18/20 · 90%", red with a word when under the threshold; "—" and why with nothing to divide by. */
  const figure = (kind: RateKind, r: Rate) => {
    if (r.value === null)
      return (
        <span data-testid={`rate-${kind}`}>
          {'— '}
          <span className="text-sm text-stone-700">
            {t(`dashboard.rates.none.${kind}`, { count: r.count })}
          </span>
        </span>
      );
    const low = isLow(r);
    return (
      <span data-testid={`rate-${kind}`} className={low ? 'font-bold text-red-800' : ''}>
        {low && <span aria-hidden="true">⚠ </span>}
        {t('dashboard.rates.figure', { count: r.count, of: r.of, value: pct.format(r.value) })}
        {low && <span className="sr-only"> {t('dashboard.rates.low', { threshold })}</span>}
      </span>
    );
  };

  const table = (
    title: string,
    rows: RateRow[],
    trends: Map<string, TrendRow>,
    name: (id: string) => string,
    testId: string,
  ) => {
    const sorted = sortRates(rows, by, name);
    if (!isWide)
      return (
        <div className="flex flex-col gap-2">
          <h3 className="text-lg font-bold">{title}</h3>
          <ul className="flex flex-col gap-2" aria-label={title}>
            {sorted.map((r) => (
              <li
                key={r.key}
                data-testid={`${testId}-${r.key}`}
                className="rounded-2xl border border-stone-200 bg-white p-3"
              >
                <p className="text-lg font-bold">{name(r.key)}</p>
                <dl className="flex flex-col gap-1">
                  {RATE_KINDS.map((k) => (
                    <div key={k} className="flex flex-wrap gap-2">
                      <dt className="font-medium">{t(`dashboard.rates.${k}`)}</dt>
                      <dd>
                        {figure(k, r[k])}
                        {trendLine(k, trends.get(r.key)?.[k])}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </div>
      );
    return (
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={title}>
        <table className="w-full bg-white text-left text-base">
          <caption className="p-2 text-left text-lg font-bold">{title}</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">
                {t(testId === 'rates-worker' ? 'dashboard.worker' : 'dashboard.building')}
              </th>
              {RATE_KINDS.map((k) => (
                <th key={k} scope="col" className="p-2">
                  {t(`dashboard.rates.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.key} className="border-t border-stone-200" data-testid={`${testId}-${r.key}`}>
                <th scope="row" className="p-2 font-medium">
                  {name(r.key)}
                </th>
                {RATE_KINDS.map((k) => (
                  <td key={k} className="p-2">
                    {figure(k, r[k])}
                    {trendLine(k, trends.get(r.key)?.[k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <Section title={t('dashboard.rates.title')}>
      <div className="flex flex-col gap-1 rounded-2xl border border-stone-200 bg-white p-3 text-base">
        <dl className="flex flex-col gap-1">
          {RATE_KINDS.map((k) => (
            <div key={k}>
              <dt className="inline font-bold">{t(`dashboard.rates.${k}`)}</dt>
              <dd className="inline">
                {' = '}
                {t(`dashboard.rates.define.${k}`, { min: goodRatingMin, max: ratingMax })}
              </dd>
            </div>
          ))}
        </dl>
        <p className="font-medium text-red-800">{t('dashboard.rates.threshold', { threshold })}</p>
      </div>
      <dl className="grid gap-3 md:grid-cols-3" data-testid="rates-all">
        {RATE_KINDS.map((k) => (
          <div key={k} className="rounded-2xl border border-stone-200 bg-white p-3">
            <dt className="text-base text-stone-800">{t(`dashboard.rates.all.${k}`)}</dt>
            <dd className="text-lg">
              {figure(k, all[k])}
              {trendLine(k, trendAll[k])}
            </dd>
          </div>
        ))}
      </dl>
      <div className="md:max-w-md">
        <Select
          label={t('dashboard.rates.sort')}
          value={by}
          onChange={(e) => setBy(e.target.value as SortBy)}
        >
          {(['worst', ...RATE_KINDS] as const).map((k) => (
            <option key={k} value={k}>
              {t(`dashboard.rates.sortBy.${k}`)}
            </option>
          ))}
        </Select>
      </div>
      {table(
        t('dashboard.byWorker'),
        ratesBy(summary, 'ByWorker', workerIds),
        trendWorkers,
        workerName,
        'rates-worker',
      )}
      {table(
        t('dashboard.byBuilding'),
        ratesBy(summary, 'ByBuilding', buildingIds),
        trendBuildings,
        buildingName,
        'rates-building',
      )}
    </Section>
  );
}
