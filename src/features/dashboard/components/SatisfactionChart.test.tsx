import { render, screen, within } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '@/i18n';
import { SatisfactionChart } from './SatisfactionChart';

const rows = [
  { key: 'b1', rated: 4, average: 4.25, goodShare: 0.75 },
  { key: 'b7', rated: 3, average: 2, goodShare: 0 },
  { key: 'b2', rated: 1, average: 5, goodShare: 1 },
];
const names: Record<string, string> = { b1: '1号楼', b2: '2号楼', b7: '7号楼' };

describe('the satisfaction chart', () => {
  it('draws one bar per row on a 0–5 scale, lowest first, each named and with its figure', () => {
    render(<SatisfactionChart title="按楼栋" rows={rows} label={(k) => names[k]!} />);
    const chart = screen.getByRole('img', { name: '按楼栋的平均分条形图（0–5 分，低的在上），数字见下表' });
    const bars = [...chart.querySelectorAll<HTMLElement>('[data-average]')];
    expect(bars.map((b) => b.style.width)).toEqual(['40%', '85%', '100%']);
    expect(bars.map((b) => b.nextElementSibling!.textContent)).toEqual(['2', '4.3', '5']);
    expect(bars.map((b) => b.parentElement!.previousElementSibling!.textContent)).toEqual([
      '7号楼',
      '1号楼',
      '2号楼',
    ]);
    expect(within(chart).getByText('0')).toBeInTheDocument();
  });

  it('repeats the figures in a table, best first, with the share rated 4–5', () => {
    render(<SatisfactionChart title="按楼栋" rows={rows} label={(k) => names[k]!} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['按楼栋', '平均分', '好评（4–5 分）占']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['2号楼5100% · 1 次评价', '1号楼4.375% · 4 次评价', '7号楼20% · 3 次评价']);
  });

  it('speaks English', async () => {
    await act(() => setLanguage('en'));
    render(<SatisfactionChart title="By building" rows={rows} label={(k) => `Building ${k.slice(1)}`} />);
    expect(
      screen.getByRole('img', {
        name: 'By building: bar chart of the average rating (0–5, lowest first); the figures are in the table below',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'Building 1 4.3 75% · 4 ratings' })).toBeInTheDocument();
  });

  it('draws nothing without ratings', () => {
    const { container } = render(<SatisfactionChart title="按楼栋" rows={[]} label={(k) => k} />);
    expect(container).toBeEmptyDOMElement();
  });
});
