import { useId } from 'react';
import { Select, TextInput } from '@/components/ui/Field';
import { addMessages } from '@/i18n';
import { useTranslation } from '@/i18n/react';
import questionMessages from '@/i18n/zh-CN.questions';
import { answerMax, hoursFor, otherFlatMax } from '@/lib/policy';
import type { ReportErrors, ReportValues } from '../api/validate-report';
import type { Category, Question, Urgency } from '../types';
import { RadioCards } from './RadioCards';

export { checkDetails } from '../api/report-details';

// These messages come with this chunk, fetched once a category is chosen (not in the form's first load).
addMessages(questionMessages);

type ErrorText = (key: keyof ReportErrors, params?: Record<string, number>) => string | null;
interface Props {
  values: ReportValues;
  onChange: (patch: Partial<ReportValues>, field?: keyof ReportErrors) => void;
  err: ErrorText;
}

/**
 * The chosen category's questions, as the head wrote them: a few words typed, or one of the choices as big
 * cards. An optional one says so; a required one left blank is marked when the report is sent.
 */
export function Questions({ questions, values, onChange, err }: Props & { questions: Question[] }) {
  const { t, lang } = useTranslation();
  const id = useId();
  const answers = values.answers ?? [];
  const answer = (i: number, a: string) => {
    const next = [...answers];
    next[i] = a;
    onChange({ answers: next }, `answer${i}`);
  };
  return questions.map((q, i) => {
    const text = lang === 'en' ? q.en : q.zh;
    const label = q.required ? text : t('report.details.optional', { question: text });
    const value = answers[i] ?? '';
    const error = err(`answer${i}`, { count: value.trim().length, max: answerMax });
    return q.kind === 'choice' ? (
      <RadioCards
        key={i}
        id={`${id}-q${i}`}
        legend={label}
        error={error}
        options={q.choices.map((c, n) => ({ value: String(n), label: lang === 'en' ? c.en : c.zh }))}
        value={value}
        onChange={(v) => answer(i, v)}
        columns
      />
    ) : (
      <TextInput
        key={i}
        label={label}
        question
        error={error}
        value={value}
        limit={answerMax}
        onChange={(e) => answer(i, e.target.value)}
      />
    );
  });
}

/**
 * Where exactly: which entrance of a building a common area is at (with `entrances`, when it has several),
 * or else another flat than one's own.
 */
export function WhereExactly({
  entrances,
  values,
  onChange,
  err,
}: Props & { entrances?: number | undefined }) {
  const { t } = useTranslation();
  const otherFlat = values.otherFlat ?? '';
  if (entrances === undefined)
    return (
      <TextInput
        label={t('report.details.otherFlat')}
        hint={t('report.details.otherFlatHint')}
        error={err('otherFlat', { count: otherFlat.trim().length, max: otherFlatMax })}
        value={otherFlat}
        limit={otherFlatMax}
        onChange={(e) => onChange({ otherFlat: e.target.value }, 'otherFlat')}
      />
    );
  if (entrances < 2) return null;
  return (
    <Select
      label={t('report.details.entrance')}
      value={values.entrance ?? ''}
      onChange={(e) => onChange({ entrance: e.target.value })}
    >
      <option value="">{t('report.details.entranceAny')}</option>
      {Array.from({ length: entrances }, (_, n) => (
        <option key={n} value={String(n + 1)}>
          {t('report.details.entranceN', { n: n + 1 })}
        </option>
      ))}
    </Select>
  );
}

/**
 * When the chosen kind of problem will be taken on and solved, from its category's deadlines as the ticket
 * counts them: hours from sending, nights, weekends and holidays included (never "working days"); half the
 * time when it is urgent. Whole days from 48 hours on ("3 天"), else hours ("24 小时").
 */
export function Deadlines({
  category,
  urgency,
}: {
  category: Pick<Category, 'responseHours' | 'resolutionHours'>;
  urgency: Urgency;
}) {
  const { t } = useTranslation();
  const span = (hours: number) =>
    hours >= 48 && hours % 24 === 0
      ? t('report.deadlines.days', { count: hours / 24 })
      : t('report.deadlines.hours', { count: hours });
  return (
    <p className="text-base text-stone-800">
      {t('report.deadlines.promise', {
        response: span(hoursFor(category.responseHours, urgency)),
        resolution: span(hoursFor(category.resolutionHours, urgency)),
      })}
    </p>
  );
}
