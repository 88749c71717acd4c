import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import type { ConfirmationResult } from 'firebase/auth';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import { formatPhone, parsePhone } from '@/lib/phone';
import { authErrorKey, isSixDigitCode, sendCode, signInWithEmail } from '../api/sign-in';
import { FormError } from '@/components/ui/FormError';
import signinMessages from '@/i18n/zh-CN.signin';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(signinMessages);

type Tab = 'phone' | 'staff';

/** Residents sign in with phone + SMS code; staff may also use email + password. */
export function SignInForm() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('phone');
  return (
    <div className="flex flex-col gap-4">
      <div role="tablist" aria-label={t('auth.title')} className="grid grid-cols-2 gap-2">
        {(['phone', 'staff'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            id={`tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`panel-${k}`}
            onClick={() => setTab(k)}
            className={`tap rounded-xl border-2 px-3 py-2 text-base font-bold ${
              tab === k
                ? 'border-brand-700 bg-brand-50 text-brand-800'
                : 'border-stone-300 bg-white text-stone-800'
            }`}
          >
            {k === 'phone' ? t('auth.phoneTab') : t('auth.staffTab')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'phone' ? <PhoneSignIn /> : <EmailSignIn />}
      </div>
    </div>
  );
}

function PhoneSignIn() {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState<ConfirmationResult | null>(null);
  const [sentTo, setSentTo] = useState('');
  const recaptcha = useRef<HTMLDivElement>(null);

  async function onSend(e?: FormEvent) {
    e?.preventDefault();
    const parsed = parsePhone(phone, { mobile: true });
    if (!parsed.ok) {
      setPhoneError(
        t(parsed.problem === 'notMobile' ? 'auth.errors.phoneLandline' : 'auth.errors.phoneInvalid'),
      );
      return;
    }
    setPhoneError(null);
    setBusy(true);
    try {
      const result = await sendCode(parsed.e164, recaptcha.current!);
      setConfirmation(result);
      setSentTo(formatPhone(parsed.e164));
    } catch (err) {
      const key = authErrorKey(err);
      setPhoneError(t(key));
    } finally {
      setBusy(false);
    }
  }

  async function onConfirm(e: FormEvent) {
    e.preventDefault();
    if (!isSixDigitCode(code)) {
      setCodeError(t('auth.errors.codeInvalid'));
      return;
    }
    setCodeError(null);
    setBusy(true);
    try {
      await confirmation!.confirm(code.trim());
    } catch (err) {
      setCodeError(t(authErrorKey(err)));
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSend} noValidate className="flex flex-col gap-3">
        <TextInput
          label={t('auth.phone')}
          hint={t('auth.phoneHint')}
          error={phoneError}
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
        <Button type="submit" variant={confirmation ? 'secondary' : 'primary'} disabled={busy}>
          {busy && !confirmation ? t('auth.sending') : confirmation ? t('auth.resend') : t('auth.sendCode')}
        </Button>
      </form>
      <div ref={recaptcha} />
      {confirmation && (
        <form onSubmit={onConfirm} noValidate className="flex flex-col gap-3">
          <p role="status" className="text-base text-green-900">
            {t('auth.codeSent', { phone: sentTo })}
          </p>
          <TextInput
            label={t('auth.code')}
            hint={t('auth.codeHint')}
            error={codeError}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <Button type="submit" disabled={busy}>
            {busy ? t('auth.signingIn') : t('auth.signIn')}
          </Button>
        </form>
      )}
    </div>
  );
}

function EmailSignIn() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t('auth.errors.emailInvalid');
    if (!password) next.password = t('auth.errors.passwordMissing');
    setErrors(next);
    if (next.email || next.password) return;
    setBusy(true);
    try {
      await signInWithEmail(email, password);
    } catch (err) {
      setErrors({ form: t(authErrorKey(err)) });
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextInput
        label={t('auth.email')}
        error={errors.email}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextInput
        label={t('auth.password')}
        error={errors.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <FormError>{errors.form}</FormError>
      <Button type="submit" disabled={busy}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </Button>
    </form>
  );
}
