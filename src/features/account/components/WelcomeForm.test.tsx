import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { WelcomeForm } from './WelcomeForm';

const buildings = [
  { id: 'b1', number: 1, entrances: 2 },
  { id: 'b2', number: 2, entrances: 3 },
];

describe('first sign-in: name and address', () => {
  it('names every missing field next to it, in Chinese', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<WelcomeForm buildings={buildings} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    // each message is tied to its field, so a screen reader reads it with the field
    expect(screen.getByLabelText('您的称呼')).toHaveAccessibleDescription(/请填写您的称呼/);
    expect(screen.getByLabelText('楼栋')).toHaveAccessibleDescription('请选择楼栋');
    expect(screen.getByLabelText('单元')).toHaveAccessibleDescription('请选择单元');
    expect(screen.getByLabelText('房号')).toHaveAccessibleDescription(/房号是 3 到 4 位数字，例如 401/);
    expect(screen.getAllByRole('alert')).toHaveLength(4);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('…and in English', async () => {
    await setLanguage('en');
    renderWithProviders(<WelcomeForm buildings={buildings} onSubmit={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(/Please enter your name/);
    expect(screen.getByLabelText('Building')).toHaveAccessibleDescription('Please choose a building');
  });

  it('keeps what was typed when the flat is wrong, then submits the corrected address', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<WelcomeForm buildings={buildings} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('您的称呼'), '  王秀英 ');
    await userEvent.selectOptions(screen.getByLabelText('楼栋'), 'b2');
    await userEvent.selectOptions(screen.getByLabelText('单元'), '3');
    await userEvent.type(screen.getByLabelText('房号'), '40');
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.getByText('房号是 3 到 4 位数字，例如 401')).toBeInTheDocument();
    expect(screen.getByLabelText('您的称呼')).toHaveValue('  王秀英 ');
    expect(screen.getByLabelText('单元')).toHaveValue('3');
    await userEvent.type(screen.getByLabelText('房号'), '1');
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(onSubmit).toHaveBeenCalledWith({
      displayName: '王秀英',
      link: { buildingId: 'b2', entrance: 3, flat: '401' },
    });
  });

  it('only offers the entrances the chosen building has', async () => {
    renderWithProviders(<WelcomeForm buildings={buildings} onSubmit={vi.fn()} />);
    await userEvent.selectOptions(screen.getByLabelText('楼栋'), 'b1');
    const options = screen
      .getAllByRole('option')
      .filter((o) => o.closest('select') === screen.getByLabelText('单元'));
    expect(options.map((o) => o.textContent)).toEqual(['请选择单元', '1', '2']);
  });

  it('can skip the address', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<WelcomeForm buildings={buildings} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('您的称呼'), '周杰');
    await userEvent.click(screen.getByLabelText('我暂时不填住址（只看公告和活动）'));
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(onSubmit).toHaveBeenCalledWith({ displayName: '周杰', link: null });
  });

  it('shows a save failure in words, never the code, and keeps the form', async () => {
    const refused = Object.assign(new Error('Missing or insufficient permissions.'), {
      code: 'permission-denied',
    });
    const onSubmit = vi.fn().mockRejectedValue(refused);
    renderWithProviders(<WelcomeForm buildings={buildings} onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('您的称呼'), '周杰');
    await userEvent.click(screen.getByLabelText('我暂时不填住址（只看公告和活动）'));
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^没有保存成功：这样填写不被接受/);
    expect(alert).toHaveFocus();
    expect(document.body).not.toHaveTextContent(/permission|insufficient/i);
    expect(screen.getByLabelText('您的称呼')).toHaveValue('周杰');
  });

  it('shows the name’s length against its limit and refuses one character too many, keeping it', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<WelcomeForm buildings={buildings} onSubmit={onSubmit} />);
    const name = screen.getByLabelText('您的称呼');
    expect(name).toHaveAccessibleDescription(/0\/40$/);
    await userEvent.click(name);
    await userEvent.paste('王'.repeat(41));
    await userEvent.click(screen.getByLabelText('我暂时不填住址（只看公告和活动）'));
    await userEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(name).toHaveAccessibleDescription(/^称呼最多 40 个字 .*41\/40$/);
    expect(name).toHaveValue('王'.repeat(41));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
