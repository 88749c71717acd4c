import { answerMax, notBlank, otherFlatMax } from '@/lib/policy';
import type { Category, TicketAnswer } from '../types';
import type { ReportErrors, ReportValues } from './validate-report';

/**
 * The report's details, checked the way the rules will (and the form's own rule: a required question is
 * answered): the chosen category's answers, another flat's number. Part of the details' chunk
 * (../components/ReportDetails.tsx), not of the form's first load. Returns the answers as the ticket keeps
 * them: each with its question as asked, unanswered ones left out.
 */
export function checkDetails(v: ReportValues, category: Category) {
  const errors: ReportErrors = {};
  const answers: TicketAnswer[] = [];
  category.questions.forEach((q, i) => {
    const a = v.answers?.[i]?.trim() ?? '';
    const choice = q.kind === 'choice' ? q.choices[Number(a)] : undefined;
    if (q.required && !notBlank(a)) errors[`answer${i}`] = 'answerMissing';
    else if (a.length > answerMax) errors[`answer${i}`] = 'answerTooLong';
    else if (notBlank(a) && (q.kind === 'text' || choice))
      answers.push({ zh: q.zh, en: q.en, answer: choice?.zh ?? a, answerEn: choice?.en ?? null });
  });
  if (!category.noLocation && v.where === 'flat' && (v.otherFlat?.trim().length ?? 0) > otherFlatMax)
    errors.otherFlat = 'flatTooLong';
  return { errors, answers };
}
