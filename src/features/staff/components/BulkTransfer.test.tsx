import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { t } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { BulkTransfer } from './BulkTransfer';

const HUANG = { id: 'u-w1', name: '黄网格' };
const HE = { id: 'u-w2', name: '何网格' };

function setUp() {
  const transfer = vi.fn(async () => 3);
  const countOpen = vi.fn(async () => 3);
  const onMessage = vi.fn();
  renderWithProviders(
    <BulkTransfer
      from={HUANG}
      workers={[HE]}
      countOpen={countOpen}
      transfer={transfer}
      onMessage={onMessage}
      onError={(e) => {
        throw e;
      }}
    />,
  );
  return { transfer, countOpen, onMessage };
}

async function ask() {
  await userEvent.selectOptions(screen.getByLabelText(t('admin.reassign', { name: '黄网格' })), 'u-w2');
  await userEvent.click(screen.getByRole('button', { name: t('admin.reassignDo') }));
  const dialog = await screen.findByRole('dialog', { name: '把 黄网格 的未办结工单转给 何网格？' });
  await waitFor(() =>
    expect(screen.getByTestId('reassign-summary')).toHaveTextContent(
      '将把 黄网格 手上的 3 件未办结工单转交给 何网格',
    ),
  );
  return dialog;
}

describe('the head hands one worker’s open tickets to another', () => {
  it('asks first, naming how many tickets go from whom to whom; cancel keeps everything', async () => {
    const { transfer, onMessage } = setUp();
    await ask();
    await userEvent.click(screen.getByRole('button', { name: t('admin.leaveCancel') }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(transfer).not.toHaveBeenCalled();
    expect(onMessage).not.toHaveBeenCalled();
    // …and the choice stays, to confirm another time; Escape also cancels
    expect(screen.getByLabelText(t('admin.reassign', { name: '黄网格' }))).toHaveValue('u-w2');
    await userEvent.click(screen.getByRole('button', { name: t('admin.reassignDo') }));
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(transfer).not.toHaveBeenCalled();
  });
  it('moves them only once confirmed, and says how many moved', async () => {
    const { transfer, onMessage } = setUp();
    await ask();
    await userEvent.click(screen.getByRole('button', { name: '确认转交 3 件' }));
    await waitFor(() => expect(onMessage).toHaveBeenCalledWith('已转交 3 件工单。'));
    expect(transfer).toHaveBeenCalledTimes(1);
    expect(transfer).toHaveBeenCalledWith(HE);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
  it('with nothing open, says so and offers nothing to confirm', async () => {
    const transfer = vi.fn(async () => 0);
    renderWithProviders(
      <BulkTransfer
        from={HUANG}
        workers={[HE]}
        countOpen={async () => 0}
        transfer={transfer}
        onMessage={() => {}}
        onError={() => {}}
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText(t('admin.reassign', { name: '黄网格' })), 'u-w2');
    await userEvent.click(screen.getByRole('button', { name: t('admin.reassignDo') }));
    await waitFor(() =>
      expect(screen.getByTestId('reassign-summary')).toHaveTextContent('黄网格 现在没有未办结工单'),
    );
    expect(screen.getByRole('button', { name: '确认转交 0 件' })).toBeDisabled();
  });
});
