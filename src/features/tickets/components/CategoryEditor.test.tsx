/**
 * The head's category editor, as the head uses it for the questions a report asks: a question with its
 * choices saved as the rules take it; bad input (a question with no English, one choice, more questions than
 * the rules take) said at its field, nothing sent; and nothing typed lost when the server refuses the save.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/i18n';
import { choicesMax, choiceTextMax, questionsMax } from '@/lib/policy';
import { category } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import type { Question } from '../types';
import { CategoryEditor } from './CategoryEditor';

const saveCategories = vi.fn();
vi.mock('../api/categories', () => ({ saveCategories: (...a: unknown[]) => saveCategories(...a) }));

beforeEach(() => saveCategories.mockReset());

const field = (label: string) => screen.getByLabelText(label);
const save = () => userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.save') }));
const question = (zh: string): Question => ({
  zh,
  en: 'Q',
  kind: 'text',
  choices: [],
  required: false,
});

/** 漏水 asks nothing yet: the head adds "现在还在漏吗？" with its two choices, required. */
async function addLeakQuestion() {
  await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.addQuestion') }));
  await userEvent.type(field(t('categoriesAdmin.questionZh', { n: 1 })), '现在还在漏吗？');
  await userEvent.type(field(t('categoriesAdmin.questionEn', { n: 1 })), 'Is it still leaking?');
  await userEvent.selectOptions(field(t('categoriesAdmin.kind')), t('categoriesAdmin.kindChoice'));
  await userEvent.type(field(t('categoriesAdmin.choices')), '是 / Yes{Enter}否 / No');
  await userEvent.click(screen.getByRole('checkbox', { name: t('categoriesAdmin.required') }));
}

// (each test types a question or two key by key: seconds in jsdom when the machine is busy)
describe('the category editor’s questions', { timeout: 20_000 }, () => {
  it('a question with its choices is saved as typed, choices split into Chinese and English', async () => {
    saveCategories.mockResolvedValue(undefined);
    const leak = category('leak', { zh: '漏水', en: 'Leak' });
    renderWithProviders(<CategoryEditor head={{ id: 'head', name: '主任' }} initial={[leak]} />);
    await addLeakQuestion();
    await save();
    await screen.findByText(t('categoriesAdmin.saved'));
    expect(saveCategories).toHaveBeenCalledTimes(1);
    const [before, after, head] = saveCategories.mock.calls[0]!;
    expect(before).toEqual([leak]);
    expect(head).toEqual({ id: 'head', name: '主任' }); // recorded as who changed it (the audit log)
    expect(after).toEqual([
      {
        ...leak,
        questions: [
          {
            zh: '现在还在漏吗？',
            en: 'Is it still leaking?',
            kind: 'choice',
            choices: [
              { zh: '是', en: 'Yes' },
              { zh: '否', en: 'No' },
            ],
            required: true,
          },
        ],
      },
    ]);
    // Up to the rules' number of questions: one more can be added, then no more.
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.addQuestion') }));
    expect(screen.getAllByLabelText(/问题 \d（中文）/)).toHaveLength(questionsMax);
    expect(screen.queryByRole('button', { name: t('categoriesAdmin.addQuestion') })).toBeNull();
  });

  it('a question without English and a choice question with one choice: said at each field, nothing sent', async () => {
    renderWithProviders(<CategoryEditor head={{ id: 'head', name: '主任' }} initial={[category('leak')]} />);
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.addQuestion') }));
    await userEvent.type(field(t('categoriesAdmin.questionZh', { n: 1 })), '哪个房间？');
    await userEvent.type(field(t('categoriesAdmin.questionEn', { n: 1 })), '   ');
    await userEvent.click(screen.getByRole('button', { name: t('categoriesAdmin.addQuestion') }));
    await userEvent.type(field(t('categoriesAdmin.questionZh', { n: 2 })), '还在漏吗？');
    await userEvent.type(field(t('categoriesAdmin.questionEn', { n: 2 })), 'Still leaking?');
    const [, kind2] = screen.getAllByLabelText(t('categoriesAdmin.kind'));
    await userEvent.selectOptions(kind2!, t('categoriesAdmin.kindChoice'));
    await userEvent.type(field(t('categoriesAdmin.choices')), '是 / Yes');
    await save();

    const en1 = field(t('categoriesAdmin.questionEn', { n: 1 }));
    expect(en1).toHaveAttribute('aria-invalid', 'true');
    expect(en1).toHaveAccessibleDescription(`${t('categoriesAdmin.errors.question')} 3/40`);
    // the first field to fix has the focus
    expect(en1).toHaveFocus();
    const choices = field(t('categoriesAdmin.choices'));
    expect(choices).toHaveAccessibleDescription(
      `${t('categoriesAdmin.errors.choiceCount', { count: 1, max: choicesMax })} ${t('categoriesAdmin.choicesHint', { max: choicesMax, chars: choiceTextMax })}`,
    );
    expect(screen.getByText(t('categoriesAdmin.errors.fields', { count: 2 }))).toBeVisible();
    // the question written in Chinese, and the other one, keep what was typed
    expect(field(t('categoriesAdmin.questionZh', { n: 1 }))).toHaveValue('哪个房间？');
    expect(field(t('categoriesAdmin.questionZh', { n: 2 }))).toHaveValue('还在漏吗？');
    expect(choices).toHaveValue('是 / Yes');
    expect(saveCategories).not.toHaveBeenCalled();

    // Fixed, it saves; too many choices is said the same way
    await userEvent.type(en1, 'Which room?');
    await userEvent.type(
      choices,
      '{Enter}否 / No{Enter}不知道 / Not sure{Enter}刚停 / Just stopped{Enter}滴水 / Dripping',
    );
    await save();
    expect(choices).toHaveAccessibleDescription(
      new RegExp(`^${t('categoriesAdmin.errors.choiceCount', { count: choicesMax + 1, max: choicesMax })}`),
    );
    expect(saveCategories).not.toHaveBeenCalled();
  });

  it('more questions than the rules take (written before the limit): said at the questions, nothing sent', async () => {
    const many = Array.from({ length: questionsMax + 1 }, (_, i) => question(`问题${i + 1}`));
    renderWithProviders(
      <CategoryEditor
        head={{ id: 'head', name: '主任' }}
        initial={[category('leak', { questions: many })]}
      />,
    );
    expect(screen.queryByRole('button', { name: t('categoriesAdmin.addQuestion') })).toBeNull();
    await save();
    const group = screen.getByRole('group', { name: t('categoriesAdmin.questions', { max: questionsMax }) });
    expect(group).toHaveAccessibleDescription(
      t('categoriesAdmin.errors.tooManyQuestions', { count: questionsMax + 1, max: questionsMax }),
    );
    expect(group).toHaveFocus();
    expect(saveCategories).not.toHaveBeenCalled();

    // removing one is enough
    await userEvent.click(
      within(group).getByRole('button', {
        name: t('categoriesAdmin.removeQuestion', { n: questionsMax + 1 }),
      }),
    );
    saveCategories.mockResolvedValue(undefined);
    await save();
    await screen.findByText(t('categoriesAdmin.saved'));
    expect(saveCategories.mock.calls[0]![1][0].questions).toEqual(many.slice(0, questionsMax));
  });

  it('a save the server refuses says so in words, and keeps every question as typed', async () => {
    saveCategories.mockRejectedValue(Object.assign(new Error('denied'), { code: 'permission-denied' }));
    renderWithProviders(<CategoryEditor head={{ id: 'head', name: '主任' }} initial={[category('leak')]} />);
    await addLeakQuestion();
    await save();
    await screen.findByText(t('errors.denied'));
    expect(screen.queryByText(/permission-denied/)).toBeNull();
    expect(field(t('categoriesAdmin.questionZh', { n: 1 }))).toHaveValue('现在还在漏吗？');
    expect(field(t('categoriesAdmin.questionEn', { n: 1 }))).toHaveValue('Is it still leaking?');
    expect(field(t('categoriesAdmin.kind'))).toHaveValue('choice');
    expect(field(t('categoriesAdmin.choices'))).toHaveValue('是 / Yes\n否 / No');
    expect(screen.getByRole('checkbox', { name: t('categoriesAdmin.required') })).toBeChecked();

    // sent again once the server takes it: the same question
    saveCategories.mockResolvedValue(undefined);
    await save();
    await screen.findByText(t('categoriesAdmin.saved'));
    expect(saveCategories.mock.calls[1]![1]).toEqual(saveCategories.mock.calls[0]![1]);
  });
});
