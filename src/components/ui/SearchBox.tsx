import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Button, buttonClass } from './Button';
import { TextInput } from './Field';

/**
 * A search box (staff: the queue, the register). What is typed stays in the box — a search that is too
 * short, one with no results, going to a result and back (the query is in the page's address) — until the
 * person clears it.
 */
export function SearchBox({
  label,
  hint,
  value,
  onSearch,
}: {
  label: string;
  hint: string;
  /** The query searched for now ('' = none). */
  value: string;
  onSearch: (query: string) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  // The address changed under the box (back to an earlier search, or cleared): show that search.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  return (
    <form
      role="search"
      aria-label={label}
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <TextInput
        type="search"
        label={label}
        hint={hint}
        value={draft}
        enterKeyHint="search"
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary')}>
          {t('search.submit')}
        </button>
        {(value || draft) && (
          <Button
            variant="ghost"
            onClick={() => {
              setDraft('');
              onSearch('');
            }}
          >
            {t('search.clear')}
          </Button>
        )}
      </div>
    </form>
  );
}
