import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { useTranslation } from '@/i18n/react';

/** A button that opens a text box (with canned replies) and submits; the text stays on failure. */
export function TextAction({
  label,
  textLabel,
  submitLabel,
  optional = false,
  canned,
  variant = 'secondary',
  onSubmit,
}: {
  label: string;
  textLabel: string;
  submitLabel?: string;
  optional?: boolean;
  canned?: string[] | undefined;
  variant?: 'secondary' | 'danger';
  onSubmit: (text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (!open) {
    return (
      <Button variant={variant === 'danger' ? 'danger' : 'primary'} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!optional && !/[^\s\u3000]/.test(text)) {
      setError(t('actions.errors.textMissing'));
      return;
    }
    setError(null);
    setBusy(true);
    if (await onSubmit(text)) {
      setText('');
      setOpen(false);
    }
    setBusy(false);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 rounded-xl border border-stone-200 p-3">
      <label htmlFor={id} className="text-base font-bold">
        {label} · {textLabel}
      </label>
      {canned && canned.length > 0 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('actions.canned')}>
          {canned.map((c) => (
            <button
              key={c}
              type="button"
              onClick={() => setText(c)}
              className="tap rounded-lg border border-stone-300 bg-stone-50 px-2 py-1 text-left text-sm"
            >
              {c}
            </button>
          ))}
        </div>
      )}
      <textarea
        id={id}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded-xl border border-stone-500 p-2 text-base aria-[invalid=true]:border-red-700"
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant={variant === 'danger' ? 'danger' : 'primary'} disabled={busy}>
          {submitLabel ?? label}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
