import { useEffect, useRef, useState } from 'react';
import { Button } from './Button';

/**
 * The "add a row" button of a list the rules cap (src/lib/policy.ts): offered while the list has room; at the
 * cap, a sentence saying why there is no more in its place (it takes the focus when the last click filled
 * the list, so the focus is not lost with the button).
 */
export function AddRow({
  count,
  max,
  label,
  full,
  onAdd,
}: {
  count: number;
  max: number;
  label: string;
  /** Why nothing more can be added, e.g. "At most 6 phone numbers". */
  full: string;
  onAdd: () => void;
}) {
  const hint = useRef<HTMLParagraphElement>(null);
  const [clicked, setClicked] = useState(false);
  useEffect(() => {
    if (clicked && count >= max) hint.current?.focus();
  }, [clicked, count, max]);
  if (count < max)
    return (
      <Button
        variant="secondary"
        className="self-start"
        onClick={() => {
          setClicked(true);
          onAdd();
        }}
      >
        {label}
      </Button>
    );
  return (
    <p ref={hint} tabIndex={-1} className="text-base text-stone-800 outline-none">
      {full}
    </p>
  );
}

/**
 * After a refused submit, takes the person to the first field that needs attention (marked aria-invalid),
 * once the messages have rendered. `refused()` is called by the submit handler.
 */
export function useFocusInvalid<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  return { ref, refused: () => setRefusals((n) => n + 1) };
}
