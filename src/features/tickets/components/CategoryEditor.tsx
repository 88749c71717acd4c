import { useId, useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Button } from '@/components/ui/Button';
import { useLength } from '@/components/ui/Field';
import { FormError } from '@/components/ui/FormError';
import { useFocusInvalid } from '@/components/ui/ListLimit';
import { useTranslation } from '@/i18n/react';
import {
  cannedMax,
  categoriesMax,
  choicesMax,
  choiceTextMax,
  deadlineHoursMax,
  nameMax,
  notBlank,
  questionsMax,
  questionTextMax,
  timelineTextMax,
} from '@/lib/policy';
import { saveCategories } from '../api/categories';
import type { Category, Choice, Question } from '../types';
import { errorMessage } from '@/lib/errors';
import type { Actor } from '@/lib/audit';

/** The ids the aria-describedby of a small field names: its error first, then its hint. */
function describedBy(id: string, error: string | null | undefined, hint: string) {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and error under it, with the ids describedBy names. */
function Notes({ id, error, hint }: { id: string; error: string | null | undefined; hint: string }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </span>
      )}
    </>
  );
}

/**
 * A small labelled input with its hint and error beside it (tied by aria-describedby); with `limit`, a
 * counter, and the error when the text is over (the text is never cut).
 */
function Cell({
  label,
  error,
  hint = '',
  limit,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  error: string | undefined;
  hint?: string;
  limit?: number;
}) {
  const id = useId();
  const length = useLength(typeof props.value === 'string' ? props.value : '', limit ?? Infinity);
  const shown = error ?? (limit === undefined ? null : length.error);
  const note = limit === undefined ? hint : [hint, length.counter].filter(Boolean).join(' · ');
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="tap rounded-lg border border-stone-400 px-2 text-base aria-[invalid=true]:border-red-700"
        aria-invalid={Boolean(shown)}
        aria-describedby={describedBy(id, shown, note)}
        {...props}
      />
      <Notes id={id} error={shown} hint={note} />
    </div>
  );
}

/** The canned replies, one per line, as they are stored: trimmed, blank lines left out. */
const cannedLines = (text: string) =>
  text
    .split('\n')
    .map((x) => x.trim())
    .filter(notBlank);

/** The canned replies' box: how many of how many as its hint, what is wrong as its error. */
function CannedCell({
  label,
  hint,
  error,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint: string; error: string | undefined }) {
  const id = useId();
  return (
    <div className="mt-2 flex flex-col text-sm">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        className="rounded-lg border border-stone-400 p-2 text-base aria-[invalid=true]:border-red-700"
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, error, hint)}
        {...props}
      />
      <Notes id={id} error={error} hint={hint} />
    </div>
  );
}

const hoursOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
const validHours = (h: number) => Number.isInteger(h) && h >= 1 && h <= deadlineHoursMax;

/** A question as edited: its choices as typed, one per line, "中文 / English". */
interface QuestionDraft {
  zh: string;
  en: string;
  kind: Question['kind'];
  choicesText: string;
  required: boolean;
}
const choicesText = (choices: Choice[]) => choices.map((x) => `${x.zh} / ${x.en}`).join('\n');
/** The choices typed, one per line: "是 / Yes" (a line without " / " has no English). */
export const choiceLines = (text: string): Choice[] =>
  cannedLines(text).map((line) => {
    const at = line.indexOf('/');
    return at < 0 ? { zh: line, en: '' } : { zh: line.slice(0, at).trim(), en: line.slice(at + 1).trim() };
  });
const toQuestion = (q: QuestionDraft): Question => ({
  zh: q.zh,
  en: q.en,
  kind: q.kind,
  choices: q.kind === 'choice' ? choiceLines(q.choicesText) : [],
  required: q.required,
});

/** The category tree with each category's deadlines and canned replies, edited without code changes. */
export function CategoryEditor({ initial, head }: { initial: Category[]; head: Actor }) {
  const { t } = useTranslation();
  // Hours are kept as typed ("12h", "") until saved, so a mistake is shown, not silently turned into 0.
  const [items, setItems] = useState(
    initial.map((c) => ({
      ...c,
      cannedText: c.canned.join('\n'),
      responseText: String(c.responseHours),
      resolutionText: String(c.resolutionHours),
      drafts: c.questions.map((q): QuestionDraft => ({ ...q, choicesText: choicesText(q.choices) })),
    })),
  );
  // `fields`: the message counts errors shown at their fields (the first of which takes the focus).
  const [status, setStatus] = useState<{ ok: boolean; text: string; fields?: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { ref: formRef, refused } = useFocusInvalid<HTMLDivElement>();
  const update = (id: string, patch: Partial<(typeof items)[number]>) =>
    setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  const tops = items.filter((c) => c.parent === null);
  const hoursHint = t('categoriesAdmin.hoursHint', { max: deadlineHoursMax });
  const save = async () => {
    const next: Record<string, string> = {};
    const name = (text: string) =>
      !notBlank(text)
        ? t('categoriesAdmin.errors.name')
        : text.length > nameMax
          ? t('form.tooLong', { count: text.length, max: nameMax })
          : null;
    for (const c of items) {
      const zh = name(c.zh);
      if (zh) next[`${c.id}.zh`] = zh;
      const en = name(c.en);
      if (en) next[`${c.id}.en`] = en;
      const hours = t('categoriesAdmin.errors.hours', { max: deadlineHoursMax });
      if (!validHours(hoursOf(c.responseText))) next[`${c.id}.response`] = hours;
      if (!validHours(hoursOf(c.resolutionText))) next[`${c.id}.resolution`] = hours;
      const lines = cannedLines(c.cannedText);
      const long = lines.findIndex((x) => x.length > timelineTextMax);
      if (lines.length > cannedMax)
        next[`${c.id}.canned`] = t('categoriesAdmin.errors.tooManyCanned', {
          count: lines.length,
          max: cannedMax,
        });
      else if (long !== -1)
        next[`${c.id}.canned`] = t('categoriesAdmin.errors.cannedTooLong', {
          n: long + 1,
          count: lines[long]!.length,
          max: timelineTextMax,
        });
      // (more than the rules take: written before the limit, or by hand; the head removes one)
      if (c.drafts.length > questionsMax)
        next[`${c.id}.questions`] = t('categoriesAdmin.errors.tooManyQuestions', {
          count: c.drafts.length,
          max: questionsMax,
        });
      c.drafts.forEach((q, i) => {
        const key = `${c.id}.q${i}`;
        const text = (v: string) =>
          !notBlank(v)
            ? t('categoriesAdmin.errors.question')
            : v.trim().length > questionTextMax
              ? t('form.tooLong', { count: v.trim().length, max: questionTextMax })
              : null;
        const zhError = text(q.zh);
        if (zhError) next[`${key}.zh`] = zhError;
        const enError = text(q.en);
        if (enError) next[`${key}.en`] = enError;
        if (q.kind !== 'choice') return;
        const choices = choiceLines(q.choicesText);
        const bad = choices.findIndex(
          (x) =>
            !notBlank(x.zh) || !notBlank(x.en) || x.zh.length > choiceTextMax || x.en.length > choiceTextMax,
        );
        if (choices.length < 2 || choices.length > choicesMax)
          next[`${key}.choices`] = t('categoriesAdmin.errors.choiceCount', {
            count: choices.length,
            max: choicesMax,
          });
        else if (bad !== -1)
          next[`${key}.choices`] = t('categoriesAdmin.errors.choice', { n: bad + 1, max: choiceTextMax });
      });
    }
    setErrors(next);
    // Each message sits at its field; the form says how many there are.
    const count = Object.keys(next).length;
    if (count) {
      setStatus({ ok: false, text: t('categoriesAdmin.errors.fields', { count }), fields: true });
      refused();
      return;
    }
    try {
      await saveCategories(
        initial,
        items.map(({ cannedText, responseText, resolutionText, drafts, ...c }) => ({
          ...c,
          questions: drafts.map(toQuestion),
          responseHours: hoursOf(responseText),
          resolutionHours: hoursOf(resolutionText),
          canned: cannedLines(cannedText),
        })),
        head,
      );
      setStatus({ ok: true, text: t('categoriesAdmin.saved') });
    } catch (e) {
      setStatus({
        ok: false,
        text: errorMessage(e),
      });
    }
  };
  const row = (c: (typeof items)[number], depth: number) => (
    <li key={c.id} className={`rounded-xl border border-stone-200 bg-white p-3 ${depth ? 'ml-6' : ''}`}>
      <div className="grid gap-2 md:grid-cols-4">
        <Cell
          label={t('categoriesAdmin.zh')}
          value={c.zh}
          limit={nameMax}
          error={errors[`${c.id}.zh`]}
          onChange={(e) => update(c.id, { zh: e.target.value })}
        />
        <Cell
          label={t('categoriesAdmin.en')}
          value={c.en}
          limit={nameMax}
          error={errors[`${c.id}.en`]}
          onChange={(e) => update(c.id, { en: e.target.value })}
        />
        <Cell
          label={t('categoriesAdmin.responseHours')}
          inputMode="numeric"
          value={c.responseText}
          hint={hoursHint}
          error={errors[`${c.id}.response`]}
          onChange={(e) => update(c.id, { responseText: e.target.value })}
        />
        <Cell
          label={t('categoriesAdmin.resolutionHours')}
          inputMode="numeric"
          value={c.resolutionText}
          hint={hoursHint}
          error={errors[`${c.id}.resolution`]}
          onChange={(e) => update(c.id, { resolutionText: e.target.value })}
        />
      </div>
      <CannedCell
        label={t('categoriesAdmin.canned')}
        hint={t('categoriesAdmin.cannedHint', {
          count: cannedLines(c.cannedText).length,
          max: cannedMax,
          chars: timelineTextMax,
        })}
        error={errors[`${c.id}.canned`]}
        value={c.cannedText}
        onChange={(e) => update(c.id, { cannedText: e.target.value })}
      />
      {(['active', 'shared'] as const).map((flag) => (
        <label key={flag} className="tap mt-2 flex items-center gap-2 text-base">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={c[flag]}
            onChange={(e) => update(c.id, { [flag]: e.target.checked })}
          />
          {t(`categoriesAdmin.${flag}`)}
        </label>
      ))}
      <fieldset
        id={`${c.id}-questions`}
        tabIndex={-1}
        aria-invalid={errors[`${c.id}.questions`] ? true : undefined}
        aria-describedby={errors[`${c.id}.questions`] ? `${c.id}-questions-error` : undefined}
        className="mt-2 flex flex-col gap-2 rounded-lg border border-stone-300 p-2"
      >
        <legend className="px-1 text-base font-medium">
          {t('categoriesAdmin.questions', { max: questionsMax })}
        </legend>
        {errors[`${c.id}.questions`] && (
          <p id={`${c.id}-questions-error`} className="text-sm font-medium text-red-800">
            {errors[`${c.id}.questions`]}
          </p>
        )}
        <label className="tap flex items-center gap-2 text-base">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={c.noLocation}
            onChange={(e) => update(c.id, { noLocation: e.target.checked })}
          />
          {t('categoriesAdmin.noLocation')}
        </label>
        {c.drafts.map((q, i) => {
          const key = `${c.id}.q${i}`;
          const change = (patch: Partial<QuestionDraft>) =>
            update(c.id, { drafts: c.drafts.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <div key={i} className="grid gap-2 rounded-lg bg-stone-50 p-2 md:grid-cols-4">
              <Cell
                label={t('categoriesAdmin.questionZh', { n: i + 1 })}
                value={q.zh}
                limit={questionTextMax}
                error={errors[`${key}.zh`]}
                onChange={(e) => change({ zh: e.target.value })}
              />
              <Cell
                label={t('categoriesAdmin.questionEn', { n: i + 1 })}
                value={q.en}
                limit={questionTextMax}
                error={errors[`${key}.en`]}
                onChange={(e) => change({ en: e.target.value })}
              />
              <label className="flex flex-col text-sm">
                {t('categoriesAdmin.kind')}
                <select
                  className="tap rounded-lg border border-stone-400 bg-white px-2 text-base"
                  value={q.kind}
                  onChange={(e) => change({ kind: e.target.value as Question['kind'] })}
                >
                  <option value="text">{t('categoriesAdmin.kindText')}</option>
                  <option value="choice">{t('categoriesAdmin.kindChoice')}</option>
                </select>
              </label>
              <div className="flex flex-wrap items-end gap-2">
                <label className="tap flex items-center gap-2 text-base">
                  <input
                    type="checkbox"
                    className="h-5 w-5"
                    checked={q.required}
                    onChange={(e) => change({ required: e.target.checked })}
                  />
                  {t('categoriesAdmin.required')}
                </label>
                <Button
                  variant="ghost"
                  onClick={() => update(c.id, { drafts: c.drafts.filter((_, j) => j !== i) })}
                >
                  {t('categoriesAdmin.removeQuestion', { n: i + 1 })}
                </Button>
              </div>
              {q.kind === 'choice' && (
                <div className="md:col-span-4">
                  <CannedCell
                    label={t('categoriesAdmin.choices')}
                    hint={t('categoriesAdmin.choicesHint', { max: choicesMax, chars: choiceTextMax })}
                    error={errors[`${key}.choices`]}
                    value={q.choicesText}
                    placeholder={'是 / Yes\n否 / No'}
                    onChange={(e) => change({ choicesText: e.target.value })}
                  />
                </div>
              )}
            </div>
          );
        })}
        {c.drafts.length < questionsMax && (
          <Button
            variant="ghost"
            className="self-start"
            onClick={() =>
              update(c.id, {
                drafts: [...c.drafts, { zh: '', en: '', kind: 'text', choicesText: '', required: false }],
              })
            }
          >
            {t('categoriesAdmin.addQuestion')}
          </Button>
        )}
      </fieldset>
      {depth === 0 && items.length < categoriesMax && (
        <Button
          variant="ghost"
          onClick={() => {
            // Letters and digits only: the rules take no other id.
            const id = `${c.id}${Date.now().toString(36)}`;
            setItems((xs) => [
              ...xs,
              {
                ...c,
                id,
                parent: c.id,
                zh: t('categoriesAdmin.newName'),
                en: t('categoriesAdmin.newName'),
                order: xs.length,
                canned: [],
                cannedText: '',
                questions: [],
                drafts: [],
                responseText: c.responseText,
                resolutionText: c.resolutionText,
                active: true,
              },
            ]);
          }}
        >
          {t('categoriesAdmin.addChild')}
        </Button>
      )}
    </li>
  );
  return (
    <div ref={formRef} className="flex flex-col gap-3">
      <p className="text-base">{t('categoriesAdmin.intro')}</p>
      <ul className="flex flex-col gap-2">
        {tops.flatMap((top) => [
          row(top, 0),
          ...items.filter((c) => c.parent === top.id).map((c) => row(c, 1)),
        ])}
      </ul>
      {items.length >= categoriesMax && (
        <p className="text-base text-stone-800">{t('categoriesAdmin.full', { max: categoriesMax })}</p>
      )}
      <Button onClick={() => void save()}>{t('categoriesAdmin.save')}</Button>
      {status?.ok ? (
        <p role="status" className="text-green-900">
          {status.text}
        </p>
      ) : status?.fields ? (
        <p role="status" className="text-base font-medium text-red-800">
          {status.text}
        </p>
      ) : (
        <FormError>{status?.text}</FormError>
      )}
    </div>
  );
}
