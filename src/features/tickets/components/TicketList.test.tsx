import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/i18n';
import { ticket } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Category } from '../types';
import { TicketList } from './TicketList';

// Whether the phone is online and the server answers (the offline banner's signal).
const connection = vi.hoisted(() => ({ connected: true }));
vi.mock('@/lib/online', () => ({ useConnected: () => connection.connected }));

const categories: Category[] = [
  {
    id: 'repair',
    parent: null,
    zh: '维修',
    en: 'Repairs',
    order: 0,
    responseHours: 4,
    resolutionHours: 72,
    canned: [],
    active: true,
    shared: true,
    questions: [],
    noLocation: false,
  },
  {
    id: 'leak',
    parent: 'repair',
    zh: '漏水 / 渗水',
    en: 'Leak / seepage',
    order: 1,
    responseHours: 4,
    resolutionHours: 72,
    canned: [],
    active: true,
    shared: true,
    questions: [],
    noLocation: false,
  },
];

describe('ticket list', () => {
  it('shows category, status as text (not only colour), and time left', () => {
    renderWithProviders(
      <TicketList
        tickets={[ticket({})]}
        categories={categories}
        linkTo={(id) => `/tickets/${id}`}
        empty="无"
      />,
    );
    const item = screen.getByRole('link');
    expect(item).toHaveAttribute('href', '/tickets/t1');
    expect(within(item).getByText('维修 · 漏水 / 渗水')).toBeInTheDocument();
    expect(within(item).getByText('已提交')).toBeInTheDocument();
    expect(within(item).getByText('还剩 3小时')).toBeInTheDocument();
  });

  it('never shows a category’s code while the categories are still loading (a slow first load)', () => {
    renderWithProviders(
      <TicketList
        tickets={[ticket({ categoryId: 'power' })]}
        categories={[]}
        linkTo={(id) => `/tickets/${id}`}
        empty="无"
      />,
    );
    const item = screen.getByRole('link');
    expect(item).not.toHaveTextContent(/power/);
    expect(within(item).getByText('…')).toBeInTheDocument();
    expect(within(item).getByText('已提交')).toBeInTheDocument();
  });

  it('a report still on the phone says it is being sent while connected, and waits for a connection when not', () => {
    const list = () => (
      <TicketList
        tickets={[ticket({})]}
        categories={categories}
        linkTo={(id) => `/tickets/${id}`}
        empty="无"
        queuedIds={new Set(['t1'])}
      />
    );
    const { unmount } = renderWithProviders(list());
    expect(screen.getByRole('link')).toHaveTextContent(/正在发送.*正在发送，请稍候/);
    expect(screen.getByRole('link')).not.toHaveTextContent(/联网后/);
    unmount();
    connection.connected = false;
    renderWithProviders(list());
    expect(screen.getByRole('link')).toHaveTextContent(/等待发送.*联网后自动发送/);
    connection.connected = true;
  });

  it('marks overdue tickets in words, in English too', async () => {
    await setLanguage('en');
    renderWithProviders(
      <TicketList
        tickets={[ticket({ status: 'in_progress', dueAt: new Date(Date.now() - 26 * 3_600_000) })]}
        categories={categories}
        linkTo={(id) => `/tickets/${id}`}
        empty="none"
        showPlace
      />,
    );
    expect(screen.getByText('In progress')).toBeInTheDocument();
    expect(screen.getByText('overdue by 1 day 2 hours')).toBeInTheDocument();
    expect(screen.getByText('Building 1, entrance 2, flat 401')).toBeInTheDocument();
  });

  it('says so when there is nothing', () => {
    renderWithProviders(
      <TicketList tickets={[]} categories={categories} linkTo={(id) => id} empty="您家还没有报事记录。" />,
    );
    expect(screen.getByText('您家还没有报事记录。')).toBeInTheDocument();
  });
});
