import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { Button, buttonClass } from './Button';
import { TextInput } from './Field';
import { LoadError, Loading } from './Loading';

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

/**
 * What a search found, around the feature's own list: in words when the query is too short to search for
 * (nothing is asked of the server), how many it found or that it found none, that only the newest part is
 * shown (`more`), and that a worker's search covers their own buildings (`scoped`).
 */
export function SearchResults<T extends { more: boolean }>({
  query,
  label,
  searchable,
  found,
  count,
  scoped,
  children,
}: {
  query: string;
  /** The section's name for screen readers ("搜索报事"). */
  label: string;
  searchable: boolean;
  found: UseQueryResult<T>;
  count: (data: T) => number;
  scoped: boolean;
  /** The list of what was found (called only when something was). */
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (!searchable)
    return (
      <p role="status" className="text-base font-medium text-stone-900">
        {t('search.tooShort')}
      </p>
    );
  if (found.isError) return <LoadError error={found.error} onRetry={() => void found.refetch()} />;
  if (!found.data) return <Loading />;
  const n = count(found.data);
  return (
    <section className="flex flex-col gap-3" aria-label={label}>
      <p role="status" className="text-base font-bold text-stone-900">
        {n ? t('search.found', { query, count: n }) : t('search.none', { query })}
      </p>
      {n > 0 && children(found.data)}
      {found.data.more && <p className="text-base text-stone-800">{t('search.more')}</p>}
      {scoped && <p className="text-sm text-stone-700">{t('search.scopeMine')}</p>}
    </section>
  );
}
