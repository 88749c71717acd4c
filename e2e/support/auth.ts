/** Signing in through the real UI, reading the SMS code from the Auth emulator (used by the benchmark too). */
import type { Page } from 'playwright-core';

export interface AuthEmulator {
  authPort: number;
  projectId: string;
}

async function latestCode(env: AuthEmulator, phone: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(
      `http://127.0.0.1:${env.authPort}/emulator/v1/projects/${env.projectId}/verificationCodes`,
    );
    const body = (await res.json()) as { verificationCodes?: { phoneNumber: string; code: string }[] };
    const codes = (body.verificationCodes ?? []).filter((c) => c.phoneNumber === phone);
    if (codes.length) return codes[codes.length - 1]!.code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no SMS code for ${phone}`);
}

/** `phone` as a resident types it, e.g. '13800000001'. */
export async function signInWithPhone(page: Page, env: AuthEmulator, phone: string, base = '') {
  await page.goto(`${base}/signin`);
  await page.getByRole('textbox', { name: /^(手机号|Mobile number)$/ }).fill(phone);
  await page.getByRole('button', { name: /获取验证码|Send code/ }).click();
  const code = await latestCode(env, `+86${phone}`);
  await page.getByLabel(/短信验证码|SMS code/).fill(code);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await signedIn(page);
}

export async function signInWithEmail(page: Page, email: string, password: string, base = '') {
  await page.goto(`${base}/signin`);
  await page.getByRole('tab', { name: /工作人员登录|Staff/ }).click();
  await page.getByLabel(/邮箱|Email/).fill(email);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await signedIn(page);
}

/** Resolves once the app has left the sign-in page. */
function signedIn(page: Page) {
  return page.waitForURL((url) => url.pathname !== '/signin', { timeout: 15_000 });
}
