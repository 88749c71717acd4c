import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { notifyPrefsWrite } from '../api/writes';
import { DEFAULT_NOTIFY_PREFS, type NotifyKind, type NotifyPrefs } from '../types';
import { NotifyPrefsForm } from './NotifyPrefsForm';

const sdk = { serverTimestamp: () => 'SERVER_TIME' };

function setup(
  kinds: NotifyKind[] = ['myTickets', 'events'],
  initial: NotifyPrefs = DEFAULT_NOTIFY_PREFS,
  push = false,
) {
  const onSave = vi.fn<(p: NotifyPrefs) => Promise<void>>().mockResolvedValue(undefined);
  renderWithProviders(<NotifyPrefsForm initial={initial} kinds={kinds} push={push} onSave={onSave} />);
  return { onSave };
}

describe('消息提醒 form', () => {
  it('shows only the kinds given, and saves the whole choice as the rules want it', async () => {
    const { onSave } = setup();
    expect(screen.getByRole('checkbox', { name: '我家报事的进展' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /超期督办/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '活动候补轮到我' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '从' }), '22:00');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '到' }), '07:00');
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(notifyPrefsWrite(sdk, onSave.mock.calls[0]![0])).toEqual({
      // kinds not shown keep their value
      sms: { myTickets: true, buildingNew: true, escalations: true, events: false },
      push: DEFAULT_NOTIFY_PREFS.push,
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
    for (const name of ['我家报事的进展', /^我的楼栋有新报事、转给我的报事/, /^超期督办/, /夜间免打扰/])
      expect(screen.getByRole('checkbox', { name })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: '从' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(onSave.mock.calls[0]![0]).toEqual({ ...DEFAULT_NOTIFY_PREFS, stopAll: true });

    await userEvent.click(screen.getByRole('checkbox', { name: /不接收任何短信/ }));
    expect(screen.getByRole('checkbox', { name: /^超期督办/ })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: /^超期督办/ })).toBeChecked();
  });

  it('with a phone receiving notifications: a second list, per kind, for notifications', async () => {
    const { onSave } = setup(['myTickets', 'events'], DEFAULT_NOTIFY_PREFS, true);
    const sms = screen.getByRole('group', { name: '这些事情给我发短信' });
    const push = screen.getByRole('group', { name: '这些事情在手机上通知我' });
    await userEvent.click(within(sms).getByRole('checkbox', { name: '我家报事的进展' }));
    await userEvent.click(within(push).getByRole('checkbox', { name: '活动候补轮到我' }));
    expect(screen.getByText(/不响铃、不振动/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(onSave.mock.calls[0]![0]).toEqual({
      ...DEFAULT_NOTIFY_PREFS,
      sms: { ...DEFAULT_NOTIFY_PREFS.sms, myTickets: false },
      push: { ...DEFAULT_NOTIFY_PREFS.push, events: false },
    });
  });

  it('without one, no notification choices are shown', () => {
    setup();
    expect(screen.queryByRole('group', { name: '这些事情在手机上通知我' })).not.toBeInTheDocument();
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

  it('tells staff how new reports come and what 督办 covers, with the app’s own numbers', () => {
    setup(['buildingNew', 'escalations']);
    expect(screen.getByRole('checkbox', { name: /^我的楼栋有新报事/ })).toHaveAccessibleName(
      /紧急报事马上发，其他新报事每半小时合成一条/,
    );
    expect(screen.getByRole('checkbox', { name: /^超期督办/ })).toHaveAccessibleName(
      /3 天没有进展、居民 2 次反映没解决，或同一楼栋多户反映同类问题时/,
    );
  });

  it('offline, says the choices are kept on the phone instead of saving for ever, then saved once the server has them', async () => {
    let acknowledge = () => {};
    const onSave = vi.fn<(p: NotifyPrefs) => Promise<void>>(
      () => new Promise<void>((resolve) => (acknowledge = resolve)),
    );
    // The phone comes back online (the screen passes `useConnected()`).
    function Phone() {
      const [connected, setConnected] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setConnected(true)}>
            back online
          </button>
          <NotifyPrefsForm
            initial={DEFAULT_NOTIFY_PREFS}
            kinds={['myTickets', 'events']}
            onSave={onSave}
            connected={connected}
          />
        </>
      );
    }
    renderWithProviders(<Phone />);
    await userEvent.click(screen.getByRole('checkbox', { name: '活动候补轮到我' }));
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已记在这部手机上，联网后会自动保存');
    expect(screen.queryByText('正在保存…')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存设置' })).toBeEnabled();

    await userEvent.click(screen.getByRole('button', { name: 'back online' }));
    // online again, the write on its way: saving, until the server has it
    expect(screen.getByRole('button', { name: '正在保存…' })).toBeDisabled();
    acknowledge();
    expect(await screen.findByRole('status')).toHaveTextContent('已保存');
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});
