import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { SignInForm } from './SignInForm';

const backend = vi.hoisted(() => ({
  sendSmsCode: vi.fn(),
  signInWithEmail: vi.fn(),
}));
vi.mock('@/lib/backend', () => ({ getAuthBackend: () => Promise.resolve(backend) }));

beforeEach(() => {
  backend.sendSmsCode.mockReset();
  backend.signInWithEmail.mockReset();
});

describe('phone sign-in', () => {
  it('refuses a number that is not a mainland mobile, says why, and keeps what was typed', async () => {
    renderWithProviders(<SignInForm />);
    const phone = screen.getByRole('textbox', { name: '手机号' });
    await userEvent.type(phone, '1234');
    await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('请输入 11 位手机号，以 1 开头')).toBeInTheDocument();
    expect(phone).toHaveValue('1234');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(backend.sendSmsCode).not.toHaveBeenCalled();
  });

  it('says the same in English', async () => {
    await setLanguage('en');
    renderWithProviders(<SignInForm />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Mobile number' }), '99');
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText('Enter an 11-digit mobile number starting with 1')).toBeInTheDocument();
  });

  it('sends the code to the +86 number, then signs in with the 6-digit code', async () => {
    const confirm = vi.fn().mockResolvedValue({});
    backend.sendSmsCode.mockResolvedValue({ confirm });
    renderWithProviders(<SignInForm />);
    await userEvent.type(screen.getByRole('textbox', { name: '手机号' }), '138 0000 0001');
    await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    expect(await screen.findByText('验证码已发送到 138 0000 0001')).toBeInTheDocument();
    expect(backend.sendSmsCode.mock.calls[0]![0]).toBe('+8613800000001');

    const code = screen.getByRole('textbox', { name: '短信验证码' });
    await userEvent.type(code, '12a');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入短信里的 6 位数字验证码')).toBeInTheDocument();
    expect(code).toHaveValue('12a');
    await userEvent.clear(code);
    await userEvent.type(code, '654321');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(confirm).toHaveBeenCalledWith('654321');
  });

  it('a wrong code gets a clear message', async () => {
    backend.sendSmsCode.mockResolvedValue({
      confirm: vi
        .fn()
        .mockRejectedValue(Object.assign(new Error('x'), { code: 'auth/invalid-verification-code' })),
    });
    renderWithProviders(<SignInForm />);
    await userEvent.type(screen.getByRole('textbox', { name: '手机号' }), '13800000001');
    await userEvent.click(screen.getByRole('button', { name: '获取验证码' }));
    await userEvent.type(await screen.findByRole('textbox', { name: '短信验证码' }), '000000');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('验证码不对或已过期，请重新获取')).toBeInTheDocument();
  });
});

describe('staff sign-in', () => {
  it('checks the email and password before asking the server', async () => {
    renderWithProviders(<SignInForm />);
    await userEvent.click(screen.getByRole('tab', { name: '工作人员登录' }));
    await userEvent.type(screen.getByLabelText('邮箱'), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入正确的邮箱地址')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(screen.getByLabelText('邮箱')).toHaveValue('not-an-email');
    expect(backend.signInWithEmail).not.toHaveBeenCalled();
  });

  it('reports a wrong password without clearing the form', async () => {
    backend.signInWithEmail.mockRejectedValue(
      Object.assign(new Error('x'), { code: 'auth/invalid-credential' }),
    );
    renderWithProviders(<SignInForm />);
    await userEvent.click(screen.getByRole('tab', { name: '工作人员登录' }));
    await userEvent.type(screen.getByLabelText('邮箱'), 'worker1@demo.shequ');
    await userEvent.type(screen.getByLabelText('密码'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('邮箱或密码不对')).toBeInTheDocument();
    expect(screen.getByLabelText('邮箱')).toHaveValue('worker1@demo.shequ');
  });
});
