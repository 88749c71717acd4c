import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/i18n';
import { useUnread } from '@/lib/unread';
import { category, ticket } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import Inbox from './inbox';

// The queries the inbox reads, answered from here (the app's come from Firestore listeners).
const server = vi.hoisted(() => ({ tickets: [] as unknown[] }));
vi.mock('@/features/tickets/api/queries', () => ({
  ticketQueries: {
    household: (id: string) => ({ queryKey: ['tickets', 'household', id], queryFn: () => server.tickets }),
  },
  categoryQueries: {
    tree: () => ({ queryKey: ['categories'], queryFn: () => [category('leak', { zh: '漏水', en: 'Leak' })] }),
  },
}));
vi.mock('@/features/events/api/volunteer-queries', () => ({
  volunteerQueries: { mine: (uid: string) => ({ queryKey: ['events', 'mine', uid], queryFn: () => [] }) },
}));
vi.mock('@/features/notices/api/queries', () => ({
  noticeQueries: {
    since: (after: number) => ({ queryKey: ['notices', 'since', after], queryFn: () => [] }),
  },
}));

const TABS = () => {
  const home = useUnread('home');
  return <p data-testid="tab">{home}</p>;
};

const badge = { set: vi.fn(() => Promise.resolve()), clear: vi.fn(() => Promise.resolve()) };
beforeEach(() => {
  Object.assign(navigator, { setAppBadge: badge.set, clearAppBadge: badge.clear });
});
afterEach(() => {
  badge.set.mockClear();
  badge.clear.mockClear();
});

const leak = ticket({
  id: 't1',
  categoryId: 'leak',
  buildingNumber: 3,
  householdId: 'h',
  status: 'accepted',
});

function renderInbox() {
  server.tickets = [leak];
  const view = renderWithProviders(
    <>
      <Inbox uid="u1" householdId="h" buildingId="b3" />
      <TABS />
    </>,
  );
  return view;
}

describe("the resident home's what's new", () => {
  it('lists nothing on the first look; a staff reply then shows in words, opens the ticket, and clears when opened', async () => {
    const { client } = renderInbox();
    await waitFor(() => expect(localStorage.getItem('shequ.kept.["seen","u1"]')).toContain('"t1"'));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    act(() => client.setQueryData(['tickets', 'household', 'h'], [{ ...leak, lastReplyAt: new Date() }]));
    const item = await screen.findByRole('link', { name: '3栋漏水：网格员回复了' });
    expect(item).toHaveAttribute('href', '/tickets/t1');
    expect(screen.getByRole('heading', { name: '新消息' })).toBeInTheDocument();
    expect(screen.getByTestId('tab')).toHaveTextContent('1');
    await waitFor(() => expect(badge.set).toHaveBeenCalledWith(1));

    fireEvent.click(item);
    await waitFor(() => expect(screen.queryByRole('link')).not.toBeInTheDocument());
    expect(screen.getByTestId('tab')).toHaveTextContent('0');
    expect(badge.clear).toHaveBeenCalled();
  });

  it('says a resolved ticket waits for a confirmation and rating, in English too', async () => {
    const { client } = renderInbox();
    await waitFor(() => expect(localStorage.getItem('shequ.kept.["seen","u1"]')).toContain('"t1"'));
    await act(() => setLanguage('en'));
    act(() => client.setQueryData(['tickets', 'household', 'h'], [{ ...leak, status: 'resolved' as const }]));
    expect(
      await screen.findByRole('link', { name: 'Building 3 · Leak: Resolved: please confirm and rate' }),
    ).toBeInTheDocument();
  });
});
