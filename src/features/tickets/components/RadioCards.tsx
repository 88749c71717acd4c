import type { ReactNode } from 'react';

/**
 * A radio group as big tappable cards, with its legend and error tied together. `id` names the group (its
 * radios' `name`) and is the fieldset's id, so a refused form can move focus to it.
 */
export function RadioCards({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  columns = false,
}: {
  id: string;
  legend: string;
  options: { value: string; label: ReactNode }[];
  value: string;
  onChange: (v: string) => void;
  error?: string | null;
  columns?: boolean;
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 text-lg font-bold">{legend}</legend>
      {/* Two columns where two fit (10rem each: one column on a 320 px phone, in 长辈版 or at 200 % zoom). */}
      <div
        className={
          columns
            ? 'grid grid-cols-[repeat(auto-fill,minmax(min(100%,10rem),1fr))] gap-2'
            : 'flex flex-col gap-2'
        }
      >
        {options.map((o) => (
          <label
            key={o.value}
            className={`tap flex cursor-pointer items-center gap-3 rounded-xl border-2 px-3 py-2 text-base ${
              value === o.value ? 'border-brand-700 bg-brand-50 font-bold' : 'border-stone-300 bg-white'
            }`}
          >
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="h-5 w-5 shrink-0"
            />
            <span className="min-w-0 [overflow-wrap:anywhere]">{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
