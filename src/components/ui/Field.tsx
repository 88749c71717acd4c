import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from '@/i18n/react';

interface FieldProps {
  label: string;
  /** The label is one of a form's questions: set as large as the form's other questions (a group's legend). */
  question?: boolean | undefined;
  hint?: string | undefined;
  error?: string | null | undefined;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** A label, the control, a hint and an error message tied to the control (aria-describedby). */
export function Field({ label, question, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={question ? 'text-lg font-bold' : 'text-base font-medium text-stone-900'}>
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-base font-medium text-red-800" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

const control =
  'tap w-full rounded-xl border border-stone-500 bg-white px-3 py-2 text-lg text-stone-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-2 aria-[invalid=true]:ring-red-200';

export function TextInput({
  label,
  question,
  hint,
  error,
  limit,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  question?: boolean;
  hint?: string;
  error?: string | null;
  /** The most characters the rules accept: shown as a counter, and as the field's error when over. */
  limit?: number;
}) {
  const length = useLength(typeof props.value === 'string' ? props.value : '', limit ?? Infinity);
  const counter = limit === undefined ? undefined : length.counter;
  return (
    <Field
      label={label}
      question={question}
      hint={hint && counter ? `${hint} · ${counter}` : (hint ?? counter)}
      error={error ?? (limit === undefined ? null : length.error)}
    >
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid} className={control} {...props} />
      )}
    </Field>
  );
}

export function Select({
  label,
  hint,
  error,
  children,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  hint?: string;
  error?: string | null;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid} className={control} {...props}>
          {children}
        </select>
      )}
    </Field>
  );
}

/**
 * How long a text is against its limit (the rules' own, from src/lib/policy.ts): the counter a field shows
 * ("12/500"), and the message when it is over. Text is never cut: what was typed or pasted stays, in red,
 * until it is shortened, and the form does not send it.
 */
export function useLength(text: string, max: number) {
  const { t } = useTranslation();
  const over = text.length > max;
  return {
    over,
    counter: `${text.length}/${max}`,
    error: over ? t('form.tooLong', { count: text.length, max }) : null,
  };
}

/** A text area with its limit shown as a counter, and the message at the field when it is over. */
export function TextArea({
  label,
  hint,
  error,
  max,
  value,
  ...props
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> & {
  label: string;
  hint?: string;
  error?: string | null;
  max: number;
  value: string;
}) {
  const length = useLength(value, max);
  return (
    <Field
      label={label}
      hint={hint ? `${hint} · ${length.counter}` : length.counter}
      error={error ?? length.error}
    >
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={`${control} font-normal`}
          rows={3}
          value={value}
          {...props}
        />
      )}
    </Field>
  );
}
