import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useLength } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { ratingCommentMax, ratingMax } from '@/lib/policy';
import { TextAction, type Draft } from './TextAction';

/** The rating being written, kept by the screen (it survives the form disappearing for a moment). */
export interface RatingDraft {
  score: number;
  comment: string;
  set: (patch: Partial<Pick<RatingDraft, 'score' | 'comment'>>) => void;
}

/** What the form says, when it is not the household's own answer (staff recording a phone call). */
export interface ConfirmWords {
  title: string;
  hint: string;
  rate: string;
  comment: string;
  confirm: string;
  notFixed: string;
  notFixedReason: string;
  reopen: string;
}

/**
 * The household's answer to a resolution, before `deadline`: confirm it is fixed and rate it (1–5 stars, a
 * comment), or say it is not fixed and why (the ticket goes back to the worker). With `words` and `id`, the
 * same form records that answer as given on the phone (电话回访).
 */
export function ConfirmFix({
  deadline,
  rating,
  reason,
  onConfirm,
  onReopen,
  words,
  id = 'rate',
}: {
  deadline: string;
  rating: RatingDraft;
  reason: Draft;
  onConfirm: (score: number, comment: string) => Promise<boolean>;
  onReopen: (reason: string) => Promise<boolean>;
  words?: ConfirmWords;
  /** Prefix of the form's element ids (two forms on one screen must differ). */
  id?: string;
}) {
  const { t } = useTranslation();
  const say: ConfirmWords = words ?? {
    title: t('actions.confirmTitle'),
    hint: t('actions.confirmHint', { date: deadline }),
    rate: t('actions.rate'),
    comment: t('actions.rateComment'),
    confirm: t('actions.confirm'),
    notFixed: t('actions.notFixed'),
    notFixedReason: t('actions.notFixedReason'),
    reopen: t('actions.reopen'),
  };
  const { score, comment } = rating;
  const setScore = (n: number) => rating.set({ score: n });
  const length = useLength(comment, ratingCommentMax);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="flex flex-col gap-3 rounded-xl border-2 border-green-600 bg-green-50 p-3">
      <p className="text-lg font-bold">{say.title}</p>
      <p className="text-base">{say.hint}</p>
      <form
        noValidate
        className="flex flex-col gap-2"
        onSubmit={async (e) => {
          e.preventDefault();
          if (score < 1) {
            setError(t('actions.errors.ratingMissing', { max: ratingMax }));
            return;
          }
          if (length.over) return;
          setError(null);
          setBusy(true);
          await onConfirm(score, comment);
          setBusy(false);
        }}
      >
        <fieldset aria-describedby={error ? `${id}-error` : undefined}>
          <legend className="mb-1 text-base font-bold">{say.rate}</legend>
          <div className="score-row">
            <div>
              {[1, 2, 3, 4, 5].map((n) => (
                <label
                  key={n}
                  className={`tap flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 text-base ${
                    score === n ? 'border-brand-700 bg-white font-bold' : 'border-stone-300 bg-white'
                  }`}
                >
                  <input
                    type="radio"
                    name={`${id}-score`}
                    value={n}
                    checked={score === n}
                    onChange={() => setScore(n)}
                    className="sr-only"
                  />
                  <span aria-hidden="true" className={score >= n ? 'text-amber-600' : 'text-stone-400'}>
                    ★
                  </span>
                  {t('actions.stars', { count: n })}
                </label>
              ))}
            </div>
          </div>
          {error && (
            <p id={`${id}-error`} role="alert" className="mt-1 text-base font-medium text-red-800">
              {error}
            </p>
          )}
        </fieldset>
        <label htmlFor={`${id}-comment`} className="text-base font-medium">
          {say.comment}
        </label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={comment}
          onChange={(e) => rating.set({ comment: e.target.value })}
          aria-invalid={length.over}
          aria-describedby={`${id}-comment-count${length.over ? ` ${id}-comment-error` : ''}`}
          className="rounded-xl border border-stone-500 p-2 text-base aria-[invalid=true]:border-red-700"
        />
        <p id={`${id}-comment-count`} className="text-sm text-stone-700">
          {length.counter}
        </p>
        {length.error && (
          <p id={`${id}-comment-error`} role="alert" className="text-base font-medium text-red-800">
            {length.error}
          </p>
        )}
        <Button type="submit" disabled={busy}>
          {say.confirm}
        </Button>
      </form>
      <TextAction
        label={say.notFixed}
        textLabel={say.notFixedReason}
        submitLabel={say.reopen}
        variant="danger"
        draft={reason}
        onSubmit={onReopen}
      />
    </div>
  );
}
