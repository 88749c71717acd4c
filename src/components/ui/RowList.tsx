import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { Button } from './Button';
import { AddRow } from './ListLimit';

/**
 * A list of editable rows the rules cap (members, phone numbers, ID numbers, volunteer roles, parties): a
 * fieldset with its legend, each row's fields, a "remove" button per row, and the "add a row" button while
 * the list has room. The form keeps the rows; `children` draws one row's fields and changes it through
 * `update`.
 */
export function RowList<T>({
  legend,
  rows,
  onRows,
  blank,
  rowClassName,
  max,
  addLabel,
  full,
  removeLabel,
  disabled,
  footer,
  children,
}: {
  legend: string;
  rows: T[];
  onRows: (rows: T[]) => void;
  /** The row "add" appends. */
  blank: T;
  /** The classes of a row's grid. */
  rowClassName: string;
  max: number;
  addLabel: string;
  /** Why nothing more can be added, e.g. "At most 6 phone numbers". */
  full: string;
  /** The remove button's name for row `n` (from 1); without it, rows are not removed one by one. */
  removeLabel?: (n: number) => string;
  disabled?: boolean;
  /** Shown under the rows, above the add button (e.g. what is wrong with the list as a whole). */
  footer?: ReactNode;
  children: (row: T, update: (change: Partial<T>) => void, i: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="mb-1 text-base font-bold">{legend}</legend>
      {rows.map((row, i) => (
        <div key={i} className={rowClassName}>
          {children(row, (change) => onRows(rows.map((x, j) => (j === i ? { ...x, ...change } : x))), i)}
          {removeLabel && (
            <Button
              variant="ghost"
              className="mt-7"
              onClick={() => onRows(rows.filter((_, j) => j !== i))}
              aria-label={removeLabel(i + 1)}
            >
              {t('app.remove')}
            </Button>
          )}
        </div>
      ))}
      {footer}
      <AddRow
        count={rows.length}
        max={max}
        label={addLabel}
        full={full}
        onAdd={() => onRows([...rows, blank])}
      />
    </fieldset>
  );
}
