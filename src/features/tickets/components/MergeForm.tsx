import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextArea } from '@/components/ui/Field';
import { LoadError, Loading } from '@/components/ui/Loading';
import { useTranslation } from '@/i18n/react';
import { timelineTextMax } from '@/lib/policy';
import { mergeCandidates, mergeQueries } from '../api/merge-queries';
import { categoryQueries } from '../api/queries';
import type { Ticket } from '../types';
import { categoryLabel } from './category-label';
import { placeLabel } from './place-label';
import { RadioCards } from './RadioCards';
import { StatusBadge } from './StatusBadge';
import type { Draft } from './TextAction';
import { ticketNumber } from './ticket-number';

/**
 * A duplicate (重复报事) merged into another open ticket of its building instead of being turned down: the
 * building's open tickets to choose from (the same kind of problem first), a note the household reads, and a
 * confirmation. The household then sees where it went and follows that ticket's progress.
 */
export function MergeForm({
  ticket,
  note,
  onMerge,
}: {
  ticket: Ticket;
  note: Draft;
  onMerge: (target: Ticket, note: string) => Promise<boolean>;
}) {
  const { t, lang } = useTranslation();
  const [open, setOpen] = useState(note.text !== '');
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = useQuery({ ...mergeQueries.targets(ticket.buildingId), enabled: open });
  const categories = useQuery({ ...categoryQueries.tree(), enabled: open });
  if (!open)
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('merge.open')}
      </Button>
    );
  const candidates = mergeCandidates(ticket, targets.data ?? []);
  const target = candidates.find((c) => c.id === targetId);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!target) {
      setError(t('merge.errors.targetMissing'));
      document.getElementById('merge-target')?.focus();
      return;
    }
    if (note.text.length > timelineTextMax) return;
    if (!window.confirm(t('merge.confirm', { number: ticketNumber(target.id) }))) return;
    setError(null);
    setBusy(true);
    if (await onMerge(target, note.text)) {
      note.setText('');
      setOpen(false);
    }
    setBusy(false);
  };
  return (
    <form
      noValidate
      onSubmit={submit}
      className="flex flex-col gap-3 rounded-xl border border-stone-200 p-3"
      aria-labelledby="merge-h"
    >
      <p id="merge-h" className="text-base font-bold">
        {t('merge.title')}
      </p>
      <p className="text-base">{t('merge.hint')}</p>
      {targets.isError ? (
        <LoadError error={targets.error} onRetry={() => void targets.refetch()} />
      ) : targets.isPending ? (
        <Loading />
      ) : candidates.length === 0 ? (
        <p className="text-base">{t('merge.none')}</p>
      ) : (
        <RadioCards
          id="merge-target"
          legend={t('merge.target')}
          value={targetId}
          error={error}
          onChange={(v) => {
            setTargetId(v);
            setError(null);
          }}
          options={candidates.map((c) => ({
            value: c.id,
            label: (
              <span className="flex flex-col gap-1 font-normal">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-bold">{ticketNumber(c.id)}</span>
                  <span>{categoryLabel(categories.data ?? [], c.categoryId, lang)}</span>
                  {c.categoryId === ticket.categoryId && (
                    <span className="rounded bg-amber-100 px-1 text-sm font-bold text-amber-950">
                      {t('merge.sameKind')}
                    </span>
                  )}
                  <StatusBadge status={c.status} />
                </span>
                {c.location.kind !== 'none' && <span className="text-sm">{placeLabel(c, t)}</span>}
                <span className="line-clamp-2 text-sm text-stone-800">{c.description}</span>
              </span>
            ),
          }))}
        />
      )}
      <TextArea
        label={t('merge.note')}
        max={timelineTextMax}
        value={note.text}
        onChange={(e) => note.setText(e.target.value)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy || candidates.length === 0}>
          {t('merge.submit')}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
