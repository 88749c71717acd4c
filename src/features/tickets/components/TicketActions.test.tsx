import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStaffMessages, t } from '@/i18n';
import { ticket } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Viewer } from '../policy';
import type { TicketStatus } from '../types';
import { TicketActions } from './TicketActions';

const worker: Viewer = { uid: 'w', name: '黄网格', role: 'worker', householdId: null };

/** The ticket screen's actions, with a way for "someone else" to change the ticket while it is open. */
function Screen() {
  const [status, setStatus] = useState<TicketStatus>('submitted');
  return (
    <>
      <button onClick={() => setStatus('accepted')}>someone else accepts it</button>
      <TicketActions
        ticket={ticket({ status })}
        viewer={worker}
        ownsBuilding
        category={undefined}
        workers={[]}
      />
    </>
  );
}

describe('text typed into an action box when the ticket changes under it', () => {
  beforeAll(() => loadStaffMessages());

  it('is kept, with what happened, and can go into the reply box', async () => {
    renderWithProviders(<Screen />);
    await userEvent.click(screen.getByRole('button', { name: t('actions.accept') }));
    await userEvent.type(screen.getByRole('textbox'), '明天上午上门');
    // Someone else accepted it first: the 受理 box is no longer offered.
    await userEvent.click(screen.getByRole('button', { name: 'someone else accepts it' }));
    const kept = await screen.findByRole('status');
    expect(kept).toHaveTextContent(
      t('keptText.changedUnder', { action: t('actions.accept'), status: t('status.accepted') }),
    );
    expect(screen.getByRole('textbox', { name: t('keptText.text') })).toHaveValue('明天上午上门');
    await userEvent.click(screen.getByRole('button', { name: t('keptText.asReply') }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(
      screen.getByRole('textbox', { name: `${t('actions.reply')} · ${t('actions.replyText')}` }),
    ).toHaveValue('明天上午上门');
  });

  it('can be let go', async () => {
    renderWithProviders(<Screen />);
    await userEvent.click(screen.getByRole('button', { name: t('actions.accept') }));
    await userEvent.type(screen.getByRole('textbox'), '明天上午上门');
    await userEvent.click(screen.getByRole('button', { name: 'someone else accepts it' }));
    await userEvent.click(await screen.findByRole('button', { name: t('keptText.discard') }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByDisplayValue('明天上午上门')).toBeNull();
  });
});
