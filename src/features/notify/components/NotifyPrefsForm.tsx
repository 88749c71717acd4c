import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Select } from '@/components/ui/Field';
import { FormError } from '@/components/ui/FormError';
import { useTranslation } from '@/i18n/react';
import { errorMessage, reportError } from '@/lib/errors';
import { REOPENS_FLAGGED, STALL_DAYS } from '@/lib/policy';
import type { NotifyKind, NotifyPrefs } from '../types';

/** Kinds whose switch says more than its name: how new reports come, what 督办 covers. */
const HINTED = ['buildingNew', 'escalations'] as const;
const hinted = (k: NotifyKind): k is (typeof HINTED)[number] => (HINTED as readonly string[]).includes(k);

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const two = (n: number) => String(n).padStart(2, '0');

/** A switch: a checkbox in a wide label (≥ 48 px tall, 60 in 长辈版). */
export function Switch({
  label,
  hint,
  checked,
  disabled,
  onChange,
  testId,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
  testId: string;
}) {
  return (
    <label
      className={`tap flex min-h-12 items-center gap-3 rounded-xl border border-stone-300 bg-white px-3 py-2 text-base ${disabled ? 'text-stone-600' : 'text-stone-900'}`}
    >
      <input
        type="checkbox"
        className="h-6 w-6 shrink-0"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
      <span className="flex min-w-0 flex-col [overflow-wrap:anywhere]">
        <span className="font-medium">{label}</span>
        {hint && <span className="text-sm text-stone-700">{hint}</span>}
      </span>
    </label>
  );
}

/**
 * A person's message choices: stop everything, a switch per kind that concerns them — by text message, and
 * (`push`: once they receive notifications on a phone) by phone notification — quiet hours by the hour.
 * What was chosen stays on screen until it is saved (and after a failed save); kinds not shown keep their
 * stored value.
 *
 * Offline (`connected` false), Firestore keeps the write on the phone and sends it when the connection
 * returns; its promise settles only then. So the form does not wait for it: it says the choices are kept on
 * this phone and will be synced, and says "saved" when the server has them (as the report form does).
 */
export function NotifyPrefsForm({
  initial,
  kinds,
  push = false,
  onSave,
  connected = true,
}: {
  initial: NotifyPrefs;
  kinds: NotifyKind[];
  push?: boolean;
  onSave: (prefs: NotifyPrefs) => Promise<void>;
  /** Online and the server answers (`useConnected`). */
  connected?: boolean;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<NotifyPrefs>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Saves made and not yet acknowledged (a newer one may follow an older one still waiting).
  const [waiting, setWaiting] = useState(0);
  const change = (next: NotifyPrefs) => {
    setDraft(next);
    setSaved(false);
    setError(null);
  };
  const hourOptions = (value: number) => {
    // A stored time off the hour (none this form saves) still shows as itself.
    const list = HOURS.map((h) => h * 60);
    if (!list.includes(value)) list.push(value);
    return list
      .sort((a, b) => a - b)
      .map((m) => (
        <option key={m} value={m}>
          {`${two(Math.floor(m / 60))}:${two(m % 60)}`}
        </option>
      ));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    setWaiting((n) => n + 1);
    try {
      await onSave(draft);
      setSaved(true);
    } catch (err) {
      reportError(err, 'notify.savePrefs');
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      setWaiting((n) => n - 1);
    }
  };
  // Offline, or the connection went while saving: kept on the phone, not "saving…" for ever.
  const kept = waiting > 0 && !connected;
  const off = draft.stopAll;
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="flex flex-col gap-4"
      aria-label={t('notify.title')}
    >
      <Switch
        label={t('notify.stopAll')}
        hint={t('notify.stopAllHint')}
        checked={draft.stopAll}
        onChange={(on) => change({ ...draft, stopAll: on })}
        testId="notify-stopAll"
      />
      {off && <p className="text-base text-amber-900">{t('notify.stopAllOn')}</p>}
      <fieldset disabled={off} className="flex flex-col gap-2">
        <legend className="mb-2 text-lg font-bold">{t('notify.kinds')}</legend>
        {kinds.map((k) => (
          <Switch
            key={k}
            label={t(`notify.kind.${k}`)}
            hint={
              hinted(k) ? t(`notify.kindHint.${k}`, { days: STALL_DAYS, times: REOPENS_FLAGGED }) : undefined
            }
            checked={draft.sms[k]}
            disabled={off}
            onChange={(on) => change({ ...draft, sms: { ...draft.sms, [k]: on } })}
            testId={`notify-kind-${k}`}
          />
        ))}
      </fieldset>
      {push && (
        <fieldset disabled={off} className="flex flex-col gap-2">
          <legend className="mb-2 text-lg font-bold">{t('notify.push.kinds')}</legend>
          {kinds.map((k) => (
            <Switch
              key={k}
              label={t(`notify.kind.${k}`)}
              checked={draft.push[k]}
              disabled={off}
              onChange={(on) => change({ ...draft, push: { ...draft.push, [k]: on } })}
              testId={`notify-push-${k}`}
            />
          ))}
        </fieldset>
      )}
      <fieldset disabled={off} className="flex flex-col gap-2">
        <legend className="sr-only">{t('notify.quiet')}</legend>
        <Switch
          label={t('notify.quiet')}
          hint={push ? `${t('notify.quietHint')}${t('notify.push.quietHint')}` : t('notify.quietHint')}
          checked={draft.quiet}
          disabled={off}
          onChange={(on) => change({ ...draft, quiet: on })}
          testId="notify-quiet"
        />
        {draft.quiet && (
          <div className="@container">
            <div className="grid grid-cols-1 gap-3 @min-[260px]:grid-cols-2">
              <Select
                label={t('notify.quietFrom')}
                value={draft.quietStart}
                disabled={off}
                onChange={(e) => change({ ...draft, quietStart: Number(e.target.value) })}
                data-testid="notify-quietStart"
              >
                {hourOptions(draft.quietStart)}
              </Select>
              <Select
                label={t('notify.quietTo')}
                value={draft.quietEnd}
                disabled={off}
                onChange={(e) => change({ ...draft, quietEnd: Number(e.target.value) })}
                data-testid="notify-quietEnd"
              >
                {hourOptions(draft.quietEnd)}
              </Select>
            </div>
          </div>
        )}
      </fieldset>
      <FormError>{error}</FormError>
      <FormError tone="ok">{kept ? t('notify.offline.kept') : saved ? t('notify.saved') : null}</FormError>
      <Button type="submit" disabled={busy && !kept} className="min-h-12 py-3">
        {busy && !kept ? t('app.saving') : t('notify.save')}
      </Button>
    </form>
  );
}
