import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import type { Category, Ticket } from '../types';
import { TicketList } from './TicketList';

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
  },
];

function ticket(over: Partial<Ticket>): Ticket {
  const now = Date.now();
  return {
    id: 't1',
    categoryId: 'leak',
    description: '卫生间天花板渗水',
    location: { kind: 'flat', area: null },
    buildingId: 'b1',
    buildingNumber: 1,
    home: { buildingNumber: 1, entrance: 2, flat: '401' },
    householdId: 'h',
    urgency: 'normal',
    status: 'submitted',
    open: true,
    reporterId: 'r',
    reporterName: '王秀英',
    viaProxy: false,
    assigneeId: 'w',
    assigneeName: '黄网格',
    createdAt: new Date(now - 3_600_000),
    updatedAt: new Date(now),
    responseDueAt: new Date(now + 3 * 3_600_000 + 60_000),
    resolutionDueAt: new Date(now + 72 * 3_600_000),
    dueAt: new Date(now + 3 * 3_600_000 + 60_000),
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    photoCount: 0,
    rating: null,
    reopenCount: 0,
    rejectReason: null,
    closeReason: null,
    lastEventId: 'created',
    pending: false,
    ...over,
  };
}

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
