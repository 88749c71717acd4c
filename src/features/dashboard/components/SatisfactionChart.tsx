import { useTranslation } from '@/i18n/react';
import type { Satisfaction } from '../api/summary';

const SCALE = [0, 1, 2, 3, 4, 5];
// The drawing's own geometry is written inline: as Tailwind classes it would be in every resident's CSS.
// (Tailwind also turns any word in a source file that names one of its utilities into CSS, comments too.)
const NAME = { width: '7rem', overflowWrap: 'anywhere', lineHeight: 1.25 } as const;
/** Grid lines at 1–5 behind each bar (every fifth of the track); room after it for the figure of a 5. */
const TRACK = {
  backgroundImage:
    'repeating-linear-gradient(to right, transparent 0 calc(20% - 1px), #d6d3d1 calc(20% - 1px) 20%)',
  marginRight: '2.5rem',
} as const;
/** The figure after its bar, on white so that no grid line runs through it. */
const FIGURE = {
  top: 0,
  padding: '0 0.25rem',
  lineHeight: '1.5rem',
} as const;
const SCALE_ROW = { marginRight: '2.5rem', fontSize: '0.75rem', lineHeight: '1rem' } as const;

/**
 * Average rating per building / worker / category as horizontal bars on a 0–5 scale, lowest first, each
 * with its name and figure written beside it — plain HTML and CSS (no chart library: the service worker
 * precaches every chunk on every resident's phone). The drawing is one labelled image for assistive
 * technology; the table below holds the same figures (and the share rated 4–5) to be read row by row.
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
      key: r.key,
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
      <div
        role="img"
        aria-label={t('dashboard.chartLabel', { title })}
        className="flex flex-col gap-2 text-sm"
        data-testid="satisfaction-bars"
      >
        {data.map((d) => (
          <div key={d.key} className="flex items-center gap-2">
            <span className="shrink-0" style={NAME}>
              {d.name}
            </span>
            <div className="relative h-6 flex-1 rounded bg-stone-50" style={TRACK}>
              <div
                className="h-6 rounded bg-brand-700"
                style={{ width: `${(d.average / 5) * 100}%` }}
                data-average={d.average}
              />
              <span className="absolute bg-white" style={{ ...FIGURE, left: `${(d.average / 5) * 100}%` }}>
                {num.format(d.average)}
              </span>
            </div>
          </div>
        ))}
        <div className="flex gap-2">
          <span className="shrink-0" style={{ width: NAME.width }} />
          <div className="relative h-4 flex-1 text-stone-700" style={SCALE_ROW}>
            {SCALE.map((n) => (
              <span key={n} className="absolute" style={{ left: `${n * 20}%`, translate: '-50%' }}>
                {n}
              </span>
            ))}
          </div>
        </div>
      </div>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="px-1">
              {title}
            </th>
            <th scope="col" className="px-1">
              {t('dashboard.chartAverage')}
            </th>
            <th scope="col" className="px-1">
              {t('dashboard.goodShare', { value: '' }).trim()}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...data].reverse().map((d) => (
            <tr key={d.key} className="border-t border-stone-100">
              <td className="px-1">{d.name}</td>
              <td className="px-1">{num.format(d.average)}</td>
              <td className="px-1">
                {pct.format(d.good)} · {t('dashboard.rated', { count: d.rated })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
