import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import { FormError } from '@/components/ui/FormError';
import { useTranslation } from '@/i18n/react';
import { errorMessage, isRefused } from '@/lib/errors';
import { checkInCodePattern } from '@/lib/policy';
import { selfCheckIn } from '../api/checkin';

/**
 * Checking oneself in at the event with the code the organiser shows (loaded only while check-in is open
 * for a confirmed place). The live sign-up shows 已签到 once the rules accepted the code.
 */
export default function SelfCheckIn({ eventId, uid }: { eventId: string; uid: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="flex flex-col gap-2 border-t border-stone-200 pt-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const typed = code.replace(/\s/g, '');
        if (!new RegExp(checkInCodePattern).test(typed)) {
          setFieldError(t('checkIn.format'));
          return;
        }
        setFieldError(null);
        setError(null);
        setBusy(true);
        selfCheckIn(eventId, uid, typed)
          .catch((err: unknown) => setError(isRefused(err) ? t('checkIn.wrong') : errorMessage(err)))
          .finally(() => setBusy(false));
      }}
    >
      <h3 className="text-lg font-bold">{t('checkIn.title')}</h3>
      <TextInput
        label={t('checkIn.code')}
        hint={t('checkIn.hint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={8}
        value={code}
        error={fieldError}
        onChange={(e) => setCode(e.target.value)}
      />
      <Button type="submit" disabled={busy} className="self-start">
        {t('checkIn.submit')}
      </Button>
      <FormError>{error}</FormError>
    </form>
  );
}
