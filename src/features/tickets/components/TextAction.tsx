import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { useLength } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { notBlank, timelineTextMax } from '@/lib/policy';
import actionMessages from '@/i18n/zh-CN.actions';
import { addMessages } from '@/i18n';

// This part of the messages comes with this code (not in every first load).
addMessages(actionMessages);

/** What was typed into a box, kept by its owner so that it survives the box closing and reopening. */
export interface Draft {
  text: string;
  setText: (text: string) => void;
}

/**
 * A button that opens a text box (with canned replies) and submits. The text stays on failure, and — with
 * a `draft` kept by the screen — also when the box disappears for a while (the ticket changed under it,
 * e.g. someone else acted first: the box opens again with the text when it is offered again).
 */
export function TextAction({
  label,
  textLabel,
  submitLabel,
  optional = false,
  canned,
  variant = 'secondary',
  max = timelineTextMax,
  draft,
  onSubmit,
}: {
  label: string;
  textLabel: string;
  submitLabel?: string;
  optional?: boolean;
  canned?: string[] | undefined;
  variant?: 'secondary' | 'danger';
  /** The most characters the rules accept for this text. */
  max?: number;
  draft?: Draft;
  onSubmit: (text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [local, setLocal] = useState('');
  const text = draft?.text ?? local;
  const setText = draft?.setText ?? setLocal;
  const [open, setOpen] = useState(text !== '');
  // Text put into the box from elsewhere (kept from a box the ticket no longer offers) opens it.
  const [seen, setSeen] = useState(text);
  if (text !== seen) {
    setSeen(text);
    if (text !== '' && !open) setOpen(true);
  }
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const length = useLength(text, max);
  if (!open) {
    return (
      <Button variant={variant === 'danger' ? 'danger' : 'primary'} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!optional && !notBlank(text)) {
      setError(t('actions.errors.textMissing'));
      return;
    }
    if (length.over) {
      setError(length.error);
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
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        aria-invalid={Boolean(error ?? length.error)}
        aria-describedby={`${(error ?? length.error) ? `${id}-error ` : ''}${id}-count`}
        className="w-full rounded-xl border border-stone-500 p-2 text-base aria-[invalid=true]:border-red-700"
      />
      <p id={`${id}-count`} className="text-sm text-stone-700">
        {length.counter}
      </p>
      {(error ?? length.error) && (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-red-800">
          {error ?? length.error}
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
