import { getAuthBackend } from '@/lib/backend';
import type { ConfirmationResult } from 'firebase/auth';

export function isSixDigitCode(code: string) {
  return /^\d{6}$/.test(code.trim());
}

export async function sendCode(phoneE164: string, container: HTMLElement): Promise<ConfirmationResult> {
  const b = await getAuthBackend();
  return b.sendSmsCode(phoneE164, container);
}

export async function signInWithEmail(email: string, password: string) {
  const b = await getAuthBackend();
  await b.signInWithEmail(email.trim(), password);
}

export async function signOut() {
  const b = await getAuthBackend();
  await b.signOutNow();
}

/** Maps Firebase Auth error codes to the message keys users see. */
export function authErrorKey(
  error: unknown,
):
  | 'auth.errors.codeWrong'
  | 'auth.errors.wrongPassword'
  | 'auth.errors.tooMany'
  | 'auth.errors.network'
  | 'auth.errors.phoneInvalid'
  | 'auth.errors.unknown' {
  const code = (error as { code?: string } | null)?.code ?? '';
  switch (code) {
    case 'auth/invalid-verification-code':
    case 'auth/code-expired':
    case 'auth/missing-verification-code':
      return 'auth.errors.codeWrong';
    case 'auth/invalid-credential':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/invalid-email':
      return 'auth.errors.wrongPassword';
    case 'auth/too-many-requests':
      return 'auth.errors.tooMany';
    case 'auth/network-request-failed':
      return 'auth.errors.network';
    case 'auth/invalid-phone-number':
      return 'auth.errors.phoneInvalid';
    default:
      return 'auth.errors.unknown';
  }
}
