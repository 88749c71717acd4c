// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { category } from '@/testing/fixtures';
import { answerMax, otherFlatMax } from '@/lib/policy';
import { checkDetails } from './report-details';
import type { ReportValues } from './validate-report';

const leak = category('leak', {
  questions: [
    { zh: '哪个房间？', en: 'Which room?', kind: 'text', choices: [], required: true },
    {
      zh: '现在还在漏吗？',
      en: 'Still leaking?',
      kind: 'choice',
      choices: [
        { zh: '是', en: 'Yes' },
        { zh: '否', en: 'No' },
      ],
      required: false,
    },
  ],
});
const values = (over: Partial<ReportValues>): ReportValues => ({
  top: 'leak',
  categoryId: '',
  description: '渗水',
  where: 'flat',
  buildingId: 'b1',
  area: '',
  urgency: 'normal',
  ...over,
});

describe('checking a report’s answers and where exactly', () => {
  it('a required question left blank (or only spaces) is missing; an optional one may be', () => {
    expect(checkDetails(values({}), leak).errors).toEqual({ answer0: 'answerMissing' });
    expect(checkDetails(values({ answers: ['\u3000 '] }), leak).errors).toEqual({ answer0: 'answerMissing' });
    expect(checkDetails(values({ answers: ['厨房'] }), leak)).toEqual({
      errors: {},
      answers: [{ zh: '哪个房间？', en: 'Which room?', answer: '厨房', answerEn: null }],
    });
  });

  it('a typed answer over the policy’s length is refused; at the length it is kept, trimmed', () => {
    const long = '厨'.repeat(answerMax);
    expect(checkDetails(values({ answers: [`${long}房`] }), leak).errors).toEqual({
      answer0: 'answerTooLong',
    });
    expect(checkDetails(values({ answers: [` ${long} `] }), leak).answers[0]?.answer).toBe(long);
  });

  it('a choice is kept in both languages, with its question as asked', () => {
    expect(checkDetails(values({ answers: ['卫生间', '1'] }), leak).answers[1]).toEqual({
      zh: '现在还在漏吗？',
      en: 'Still leaking?',
      answer: '否',
      answerEn: 'No',
    });
    // a choice the category no longer has (a draft from before an edit) is left out
    expect(checkDetails(values({ answers: ['卫生间', '7'] }), leak).answers).toHaveLength(1);
  });

  it('another flat over the policy’s length is refused, unless the category asks no place', () => {
    const long = '5'.repeat(otherFlatMax + 1);
    expect(checkDetails(values({ answers: ['厨房'], otherFlat: long }), leak).errors).toEqual({
      otherFlat: 'flatTooLong',
    });
    expect(
      checkDetails(values({ otherFlat: long }), category('pension', { noLocation: true })).errors,
    ).toEqual({});
  });
});
