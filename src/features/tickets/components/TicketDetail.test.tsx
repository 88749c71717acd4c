import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { t } from '@/i18n';
import { category, ticket } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { TicketDetail } from './TicketDetail';

const leak = category('leak', { zh: '漏水', en: 'Leak' });

function owner(over: Parameters<typeof ticket>[0]) {
  const view = renderWithProviders(
    <TicketDetail
      ticket={ticket({ categoryId: 'leak', ...over })}
      categories={[leak]}
      timeline={[]}
      photos={[]}
      staffView={false}
    />,
  );
  const shown = screen.getByText(t('tickets.owner')).nextElementSibling?.textContent;
  view.unmount();
  return shown;
}

describe('the ticket’s owner, as the household reads it', () => {
  it('names the grid worker who has it', () => {
    expect(owner({ status: 'accepted', assigneeId: 'w1', assigneeName: '黄网格' })).toBe('黄网格');
  });

  it('in a building nobody has: waiting for the head until taken up, then the head (never "waiting" after)', () => {
    expect(owner({ status: 'submitted', assigneeId: null, assigneeName: null })).toBe(t('tickets.headQueue'));
    for (const status of ['accepted', 'in_progress', 'resolved', 'closed'] as const)
      expect(owner({ status, assigneeId: null, assigneeName: null }), status).toBe(t('role.head'));
  });
});
