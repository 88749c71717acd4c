import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from '@/i18n/react';
import type { Satisfaction } from '../api/summary';

/**
 * Average rating per building / worker / category as horizontal bars (recharts, loaded only with the
 * dashboard), with the same figures in a table for screen readers and for people who prefer numbers.
 */
export function SatisfactionChart({
  title,
  rows,
  label,
}: {
  title: string;
  rows: Satisfaction[];
  label: (key: string) => string;
}) {
  const { t, lang } = useTranslation();
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const data = rows
    .map((r) => ({
      name: label(r.key),
      average: Number(r.average.toFixed(2)),
      good: r.goodShare,
      rated: r.rated,
    }))
    .sort((a, b) => a.average - b.average);
  if (!data.length) return null;
  return (
    <figure className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-3">
      <figcaption className="text-lg font-bold">{title}</figcaption>
      <div aria-hidden="true" style={{ height: Math.max(120, data.length * 36 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 40 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} />
            <YAxis type="category" dataKey="name" width={110} />
            <Tooltip />
            <Bar
              dataKey="average"
              name={t('dashboard.chartAverage')}
              fill="#a51b1b"
              isAnimationActive={false}
            >
              <LabelList dataKey="average" position="right" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col">{t('dashboard.chartAverage')}</th>
            <th scope="col">{t('dashboard.goodShare', { value: '' }).trim()}</th>
          </tr>
        </thead>
        <tbody>
          {[...data].reverse().map((d) => (
            <tr key={d.name} className="border-t border-stone-100">
              <td>{d.name}</td>
              <td>{num.format(d.average)}</td>
              <td>
                {pct.format(d.good)} · {t('dashboard.rated', { count: d.rated })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
