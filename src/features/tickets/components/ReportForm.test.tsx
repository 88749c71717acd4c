import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/i18n';
import { renderWithProviders } from '@/testing/render';
import { category } from '@/testing/fixtures';
import { ReportForm } from './ReportForm';

const getDocs = vi.hoisted(() => vi.fn());
vi.mock('@/lib/backend', () => ({
  getBackend: () =>
    Promise.resolve({
      db: {},
      collection: () => ({ withConverter: () => ({}) }),
      query: () => ({}),
      where: () => ({}),
      orderBy: () => ({}),
      limit: () => ({}),
      getDocs,
    }),
}));

const cat = (id: string, parent: string | null, zh: string, en: string) => category(id, { parent, zh, en });
const categories = [
  cat('repair', null, '维修', 'Repairs'),
  cat('leak', 'repair', '漏水 / 渗水', 'Leak / seepage'),
  cat('other', null, '其他', 'Other'),
  // the head's questions (issue 22): one required typed, one optional choice
  category('seep', {
    parent: 'repair',
    zh: '渗水',
    en: 'Seepage',
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
  }),
  category('pension', {
    zh: '养老金',
    en: 'Pension',
    shared: false,
    noLocation: true,
    responseHours: 24,
    resolutionHours: 120,
  }),
];
const buildings = [
  {
    id: 'b1',
    number: 1,
    commonAreas: ['stairwell', 'lift'],
    entrances: 2,
    workerId: 'w1',
    workerName: '黄网格',
  },
  { id: 'b2', number: 2, commonAreas: ['yard'], workerId: null, workerName: null },
];

/**
 * The form at 1-1-101; `proxy`: as a worker files it for a resident who phoned; `own`: the household's own
 * tickets (null: not loaded yet).
 */
function renderForm(
  onSubmit = vi.fn().mockResolvedValue(undefined),
  proxy = false,
  {
    own = new Set<string>(),
    onFollow = vi.fn().mockResolvedValue(undefined),
  }: { own?: ReadonlySet<string> | null; onFollow?: (id: string) => Promise<void> } = {},
) {
  renderWithProviders(
    <ReportForm
      categories={categories}
      buildings={buildings}
      homeBuildingId="b1"
      homeAddress="1栋1单元101"
      followedIds={new Set()}
      ownTicketIds={own}
      onSubmit={onSubmit}
      onFollow={onFollow}
      proxy={proxy}
    />,
  );
  return onSubmit;
}

/** An open public copy in building 1, category 其他 (the "me too" view: no reporter). */
const publicCopy = (id: string, followerCount = 0) => ({
  data: () => ({
    id,
    buildingId: 'b1',
    buildingNumber: 1,
    categoryId: 'other',
    area: id === 'p1' ? 'lift' : 'stairwell',
    status: 'accepted',
    open: true,
    createdAt: new Date('2026-11-20T08:00:00Z'),
    followerCount,
  }),
});

beforeEach(() => {
  getDocs.mockReset();
  getDocs.mockResolvedValue({ docs: [] });
});

describe('report form', () => {
  it('says what is missing, next to each field, in Chinese', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    expect(screen.getByRole('group', { name: '是什么问题？' })).toHaveAccessibleDescription('请选择问题类别');
    expect(screen.getByLabelText('请描述一下问题')).toHaveAccessibleDescription(/请写几句话说明问题/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('…and in English', async () => {
    await setLanguage('en');
    renderForm();
    await userEvent.click(screen.getByRole('radio', { name: 'Repairs' }));
    await userEvent.click(screen.getByRole('radio', { name: 'A common area (stairwell, lift…)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(screen.getByRole('group', { name: 'Which kind exactly?' })).toHaveAccessibleDescription(
      'Choose the exact kind',
    );
    expect(screen.getByLabelText('Describe the problem')).toHaveAccessibleDescription(
      /Write a few words about the problem/,
    );
    expect(screen.getByLabelText('Where in the building?')).toHaveAccessibleDescription(
      'Choose where in the building',
    );
  });

  it('refuses a whitespace-only or over-long description and keeps the text', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    const box = screen.getByLabelText('请描述一下问题');
    await userEvent.type(box, '\u3000 ');
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    expect(box).toHaveAccessibleDescription(/请写几句话说明问题/);
    await userEvent.clear(box);
    await userEvent.click(box);
    await userEvent.paste('漏'.repeat(1001));
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    expect(box).toHaveAccessibleDescription(/说明最多 1000 字，现在是 1001 字/);
    expect(box).toHaveValue('漏'.repeat(1001));
  });

  it('says a description is too long as it is typed, and stops saying it once it is short enough', async () => {
    renderForm();
    const box = screen.getByLabelText('请描述一下问题');
    await userEvent.click(box);
    await userEvent.paste('漏'.repeat(1001));
    expect(box).toHaveAccessibleDescription(/说明最多 1000 字，现在是 1001 字/);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(box, '{Backspace}');
    expect(box).not.toHaveAccessibleDescription(/说明最多/);
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends a valid report: sub-category, common area of another building, urgency', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '维修' }));
    await userEvent.click(screen.getByRole('radio', { name: '漏水 / 渗水' }));
    await userEvent.type(screen.getByLabelText('请描述一下问题'), '  院子里水管爆了 ');
    await userEvent.click(screen.getByRole('radio', { name: '公共区域（楼道、电梯等）' }));
    await userEvent.selectOptions(screen.getByLabelText('哪一栋楼？'), 'b2');
    await userEvent.selectOptions(screen.getByLabelText('哪个位置？'), 'yard');
    await userEvent.click(screen.getByRole('radio', { name: '紧急（影响安全或生活）' }));
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        category: expect.objectContaining({ id: 'leak' }),
        building: expect.objectContaining({ id: 'b2' }),
        area: 'yard',
        description: '院子里水管爆了',
        urgency: 'urgent',
        photos: [],
      }),
    );
  });

  it('asks the category’s questions: a required one left blank is marked, nothing typed is lost', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '维修' }));
    await userEvent.click(screen.getByRole('radio', { name: '渗水' }));
    const room = await screen.findByLabelText('哪个房间？');
    await userEvent.type(screen.getByLabelText('请描述一下问题'), '天花板渗水');
    await userEvent.type(screen.getByLabelText('问题在别的住户家吗？写房号（可不填）'), '201');
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    // (the details are checked by their own chunk, a moment after the tap)
    await waitFor(() => expect(room).toHaveAccessibleDescription(expect.stringContaining('请回答这个问题')));
    await waitFor(() => expect(room).toHaveFocus());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('请描述一下问题')).toHaveValue('天花板渗水');
    await userEvent.type(room, ' 卫生间 ');
    expect(screen.queryByText('请回答这个问题')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: '是' }));
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        otherFlat: '201',
        noPlace: false,
        answers: [
          { zh: '哪个房间？', en: 'Which room?', answer: '卫生间', answerEn: null },
          { zh: '现在还在漏吗？', en: 'Still leaking?', answer: '是', answerEn: 'Yes' },
        ],
      }),
    );
  });

  it('an optional question says so; a common area asks which entrance', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '维修' }));
    await userEvent.click(screen.getByRole('radio', { name: '渗水' }));
    expect(await screen.findByRole('group', { name: '现在还在漏吗？（可不填）' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('哪个房间？'), '楼道');
    await userEvent.type(screen.getByLabelText('请描述一下问题'), '楼道顶上渗水');
    await userEvent.click(screen.getByRole('radio', { name: '公共区域（楼道、电梯等）' }));
    await userEvent.selectOptions(screen.getByLabelText('哪个位置？'), 'stairwell');
    await userEvent.selectOptions(await screen.findByLabelText('哪个单元？（可不填）'), '2');
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        area: 'stairwell',
        entrance: 2,
        otherFlat: null,
        answers: [{ zh: '哪个房间？', en: 'Which room?', answer: '楼道', answerEn: null }],
      }),
    );
  });

  it('a category that asks no place does not ask where', async () => {
    const onSubmit = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '养老金' }));
    expect(screen.queryByRole('group', { name: '在哪里？' })).toBeNull();
    await userEvent.type(screen.getByLabelText('请描述一下问题'), '这个月养老金少了');
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        noPlace: true,
        area: null,
        answers: [],
        building: expect.objectContaining({ id: 'b1' }),
      }),
    );
  });

  it('says when the chosen kind of problem is taken on and solved: its category’s hours, halved when urgent, never working days', async () => {
    renderForm();
    const promise = () => screen.findByText(/^这类问题，网格员会在提交后/);
    await userEvent.click(screen.getByRole('radio', { name: '维修' }));
    await userEvent.click(screen.getByRole('radio', { name: '漏水 / 渗水' })); // 4 and 48 hours
    const around = '（按实际时间算，夜里、周末和节假日都算在内）。';
    expect(await promise()).toHaveTextContent(`这类问题，网格员会在提交后 4 小时内受理、2 天内解决${around}`);
    await userEvent.click(screen.getByRole('radio', { name: '紧急（影响安全或生活）' }));
    expect(await promise()).toHaveTextContent(`提交后 2 小时内受理、24 小时内解决${around}`);
    await userEvent.click(screen.getByRole('radio', { name: '养老金' })); // 24 and 120 hours, urgent
    expect(await promise()).toHaveTextContent(`提交后 12 小时内受理、60 小时内解决${around}`);
    await userEvent.click(screen.getByRole('radio', { name: '一般' }));
    expect(await promise()).toHaveTextContent(`提交后 24 小时内受理、5 天内解决${around}`);
    expect(screen.queryByText(/工作日/)).toBeNull();

    await setLanguage('en');
    expect(
      await screen.findByText(
        'For this kind of problem, your grid worker takes it on within 24 hours of sending and solves it within 5 days (counted around the clock: nights, weekends and holidays included).',
      ),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('radio', { name: 'Urgent (safety or daily life)' }));
    expect(await screen.findByText(/within 12 hours of sending and solves it within 60 hours/)).toBeVisible();
  });

  it('keeps a draft on the phone: a reload brings back what was typed', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    await userEvent.type(screen.getByLabelText('请描述一下问题'), '健身器材坏了');
    document.body.innerHTML = '';
    renderForm();
    expect(screen.getByLabelText('请描述一下问题')).toHaveValue('健身器材坏了');
    expect(screen.getByRole('radio', { name: '其他' })).toBeChecked();
  });

  it('shows the same open problem in the building and offers “me too”', async () => {
    getDocs.mockResolvedValue({
      docs: [
        {
          data: () => ({
            id: 'p1',
            buildingId: 'b1',
            buildingNumber: 1,
            categoryId: 'other',
            area: 'lift',
            status: 'accepted',
            open: true,
            createdAt: new Date('2026-11-20T08:00:00Z'),
            followerCount: 2,
          }),
        },
      ],
    });
    renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    expect(await screen.findByRole('heading', { name: '同一楼栋已有人反映了这个问题' })).toBeInTheDocument();
    expect(screen.getByText(/已有 2 户也遇到了/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '我也遇到了，关注进度' })).toBeInTheDocument();
  });

  it('never offers “me too” for the household’s own report, nor before its own reports are known', async () => {
    getDocs.mockResolvedValue({ docs: [publicCopy('mine'), publicCopy('p1', 2)] });
    renderForm(undefined, false, { own: new Set(['mine']) });
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    const panel = await screen.findByRole('region', { name: '同一楼栋已有人反映了这个问题' });
    const offered = within(panel).getAllByRole('listitem');
    expect(offered).toHaveLength(1);
    expect(offered[0]).toHaveTextContent(/电梯/); // p1's place; not the household's own report in the stairwell

    document.body.innerHTML = '';
    getDocs.mockResolvedValue({ docs: [publicCopy('mine')] });
    renderForm(undefined, false, { own: new Set(['mine']) });
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    await waitFor(() => expect(getDocs).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('heading', { name: '同一楼栋已有人反映了这个问题' })).not.toBeInTheDocument();

    document.body.innerHTML = '';
    getDocs.mockResolvedValue({ docs: [publicCopy('p1', 2)] });
    renderForm(undefined, false, { own: null });
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    await waitFor(() => expect(getDocs).toHaveBeenCalledTimes(3));
    expect(screen.queryByRole('button', { name: '我也遇到了，关注进度' })).not.toBeInTheDocument();
  });

  it('“me too” instead of reporting leaves no draft behind', async () => {
    getDocs.mockResolvedValue({ docs: [publicCopy('p1', 2)] });
    const onFollow = vi.fn().mockResolvedValue(undefined);
    renderForm(undefined, false, { onFollow });
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    await userEvent.type(screen.getByLabelText('请描述一下问题'), '电梯又坏了');
    await userEvent.click(await screen.findByRole('button', { name: '我也遇到了，关注进度' }));
    expect(onFollow).toHaveBeenCalledWith('p1');
    await screen.findByRole('button', { name: '已关注' });
    document.body.innerHTML = '';
    renderForm();
    expect(screen.getByLabelText('请描述一下问题')).toHaveValue('');
    expect(screen.getByRole('radio', { name: '其他' })).not.toBeChecked();
  });

  it('a category picked with nothing typed is no draft to come back to', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    document.body.innerHTML = '';
    renderForm();
    expect(screen.getByRole('radio', { name: '其他' })).not.toBeChecked();
  });

  it('for a resident who phoned: a name one character too long is refused at the field and kept', async () => {
    const onSubmit = renderForm(vi.fn(), true);
    const reporter = screen.getByLabelText('居民姓名（和联系方式）');
    await userEvent.click(reporter);
    await userEvent.paste('刘'.repeat(41));
    await userEvent.click(screen.getByRole('radio', { name: '其他' }));
    await userEvent.type(screen.getByLabelText('请描述一下问题'), '楼道灯坏了');
    await userEvent.click(screen.getByRole('button', { name: '提交报事' }));
    expect(reporter).toHaveAccessibleDescription(/^太长了：41 字，最多 40 字。.*41\/40$/);
    expect(reporter).toHaveValue('刘'.repeat(41));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers no speech-to-text, even in a browser that has it: it sends the voice to a vendor unreachable from mainland China (the voice message is the one microphone)', () => {
    const heard = vi.fn();
    vi.stubGlobal(
      'webkitSpeechRecognition',
      class {
        start = heard;
      },
    );
    try {
      renderForm();
      const buttons = screen.getAllByRole('button').map((x) => x.textContent ?? '');
      expect(buttons.filter((name) => /语音|话筒|说话|听/.test(name))).toEqual([]);
      expect(heard).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says how many photos it takes, from the policy', () => {
    renderForm();
    expect(screen.getByRole('group', { name: '照片（可选，最多 3 张）' })).toBeVisible();
  });
});
