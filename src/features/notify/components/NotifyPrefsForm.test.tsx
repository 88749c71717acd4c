import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { notifyPrefsWrite } from '../api/writes';
import { DEFAULT_NOTIFY_PREFS, type NotifyKind, type NotifyPrefs } from '../types';
import { NotifyPrefsForm } from './NotifyPrefsForm';

const sdk = { serverTimestamp: () => 'SERVER_TIME' };

function setup(kinds: NotifyKind[] = ['myTickets', 'events'], initial: NotifyPrefs = DEFAULT_NOTIFY_PREFS) {
  const onSave = vi.fn<(p: NotifyPrefs) => Promise<void>>().mockResolvedValue(undefined);
  renderWithProviders(<NotifyPrefsForm initial={initial} kinds={kinds} onSave={onSave} />);
  return { onSave };
}

describe('消息提醒 form', () => {
  it('shows only the kinds given, and saves the whole choice as the rules want it', async () => {
    const { onSave } = setup();
    expect(screen.getByRole('checkbox', { name: '我家报事的进展' })).toBeChecked();
    expect(screen.queryByRole('switch', { name: '超期督办' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '活动候补轮到我' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '从' }), '22:00');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '到' }), '07:00');
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(notifyPrefsWrite(sdk, onSave.mock.calls[0]![0])).toEqual({
      // kinds not shown keep their value
      sms: { myTickets: true, buildingNew: true, escalations: true, events: false },
      quiet: true,
      quietStart: 22 * 60,
      quietEnd: 7 * 60,
      stopAll: false,
      updatedAt: 'SERVER_TIME',
    });
    expect(await screen.findByRole('status')).toHaveTextContent('已保存');
  });

  it('offers every hour in the quiet-hour selects, 21:00 to 08:00 before any choice', () => {
    setup();
    const from = screen.getByRole('combobox', { name: '从' });
    expect(from).toHaveDisplayValue('21:00');
    expect(screen.getByRole('combobox', { name: '到' })).toHaveDisplayValue('08:00');
    const hours = within(from)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(hours).toHaveLength(24);
    expect(hours[0]).toBe('00:00');
    expect(hours[23]).toBe('23:00');
    expect(screen.getByText(/紧急报事照常马上发/)).toBeInTheDocument();
  });

  it('turning everything off disables the other choices and keeps them for later', async () => {
    const { onSave } = setup(['myTickets', 'buildingNew', 'escalations']);
    await userEvent.click(screen.getByRole('checkbox', { name: /不接收任何短信/ }));
    for (const name of ['我家报事的进展', '我的楼栋有新报事、转给我的报事', '超期督办', /夜间免打扰/])
      expect(screen.getByRole('checkbox', { name })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: '从' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(onSave.mock.calls[0]![0]).toEqual({ ...DEFAULT_NOTIFY_PREFS, stopAll: true });

    await userEvent.click(screen.getByRole('checkbox', { name: /不接收任何短信/ }));
    expect(screen.getByRole('checkbox', { name: '超期督办' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: '超期督办' })).toBeChecked();
  });

  it('says in words why nothing was saved, and keeps what was chosen', async () => {
    const { onSave } = setup();
    onSave.mockRejectedValueOnce(Object.assign(new Error('denied'), { code: 'permission-denied' }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole('checkbox', { name: '活动候补轮到我' }));
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('没有保存成功');
    expect(screen.getByRole('checkbox', { name: '活动候补轮到我' })).not.toBeChecked();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
