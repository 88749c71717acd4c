import type { Question } from '../../src/features/tickets/types';

/** The initial category tree (the head edits it later in the app). Hours: response / resolution. */
export interface SeedCategory {
  id: string;
  parent: string | null;
  zh: string;
  en: string;
  responseHours: number;
  resolutionHours: number;
  canned: string[];
  /** Neighbours may meet it too ("me too"); a person's own matter is not shared. */
  shared: boolean;
  /** What the report form asks for it (the head edits them later). */
  questions: Question[];
  /** A pension or a fee question is nowhere in particular: the report asks no place. */
  noLocation: boolean;
}

const yesNo = [
  { zh: '是', en: 'Yes' },
  { zh: '否', en: 'No' },
];
/** The questions the demo's categories start with. */
const QUESTIONS: Record<string, Question[]> = {
  leak: [
    { zh: '哪个房间？', en: 'Which room?', kind: 'text', choices: [], required: true },
    { zh: '现在还在漏吗？', en: 'Is it still leaking?', kind: 'choice', choices: yesNo, required: true },
  ],
  lift: [
    {
      zh: '有人被困在电梯里吗？',
      en: 'Is anyone trapped inside?',
      kind: 'choice',
      choices: yesNo,
      required: true,
    },
  ],
  heating: [
    {
      zh: '是整屋都不热，还是个别房间？',
      en: 'Is the whole flat cold, or some rooms?',
      kind: 'choice',
      choices: [
        { zh: '整屋', en: 'Whole flat' },
        { zh: '个别房间', en: 'Some rooms' },
      ],
      required: false,
    },
  ],
};

const c = (
  id: string,
  parent: string | null,
  zh: string,
  en: string,
  responseHours: number,
  resolutionHours: number,
  canned: string[] = [],
): SeedCategory => ({
  id,
  parent,
  zh,
  en,
  responseHours,
  resolutionHours,
  canned,
  shared: !PERSONAL.includes(parent ?? id),
  questions: QUESTIONS[id] ?? [],
  noLocation: NO_PLACE.includes(id),
});

/** Asked about, not somewhere: fee and policy questions, pensions and benefits. */
const NO_PLACE = ['feePolicy', 'benefits'];

/** A person's own matters: fees and policy questions, pensions, housing, disputes, anything else. */
const PERSONAL = ['feePolicy', 'benefits', 'housing', 'dispute', 'other'];

export const CATEGORIES: SeedCategory[] = [
  c('repair', null, '维修', 'Repairs', 4, 72),
  c('water', 'repair', '供水 / 水管', 'Water supply / pipes', 4, 48, [
    '已安排维修师傅上门，请家中留人。',
    '已关闭总阀，师傅正在更换管件。',
  ]),
  c('power', 'repair', '电路 / 停电', 'Electricity / power cut', 2, 24, ['电工已出发，请勿自行拆修电路。']),
  c('heating', 'repair', '暖气', 'Heating', 4, 48, ['已联系供热站排查管网。']),
  c('gas', 'repair', '燃气', 'Gas', 1, 8, ['请立即开窗通风、关闭燃气阀门，燃气公司抢修人员已出发。']),
  c('lift', 'repair', '电梯', 'Lift', 2, 24, ['已通知电梯维保单位到场检修。']),
  c('leak', 'repair', '漏水 / 渗水', 'Leak / seepage', 4, 72, ['已联系楼上住户一起查看渗水点。']),
  c('doorWindow', 'repair', '门窗', 'Doors and windows', 24, 120),
  c('environment', null, '环境卫生', 'Environment', 24, 72),
  c('sanitation', 'environment', '卫生保洁', 'Cleaning and rubbish', 24, 72, ['已安排保洁员清理。']),
  c('flyers', 'environment', '乱贴小广告', 'Illegal flyers', 24, 72, ['已安排清理，并在楼道张贴提示。']),
  c('animals', 'environment', '饲养家禽 / 宠物扰民', 'Poultry or pets', 24, 120, [
    '网格员将上门做劝导工作。',
  ]),
  c('vegetablePlot', 'environment', '公共绿地种菜', 'Vegetables on public land', 48, 168, [
    '网格员将上门沟通，恢复绿地。',
  ]),
  c('safety', null, '治安消防', 'Safety and fire', 2, 48, ['已通知物业保安加强巡查。']),
  c('feePolicy', null, '物业费与政策咨询', 'Property fees and policy', 24, 120, [
    '物业收费标准请见社区公告，如有疑问可来办公室当面咨询。',
  ]),
  c('benefits', null, '养老金与待遇', 'Pensions and benefits', 24, 240, [
    '已转社保经办人员核实，结果会电话告知。',
  ]),
  c('housing', null, '住房', 'Housing', 48, 240),
  c('dispute', null, '邻里纠纷 / 申请调解', 'Neighbour dispute / mediation', 24, 168, [
    '调解员会先分别了解情况，再约双方见面。',
  ]),
  c('other', null, '其他', 'Other', 48, 168),
];

export function categoriesDoc() {
  return Object.fromEntries(
    CATEGORIES.map((x, i) => [
      x.id,
      {
        parent: x.parent,
        zh: x.zh,
        en: x.en,
        order: i,
        responseHours: x.responseHours,
        resolutionHours: x.resolutionHours,
        canned: x.canned,
        active: true,
        shared: x.shared,
        questions: x.questions,
        noLocation: x.noLocation,
      },
    ]),
  );
}

/** Categories a ticket can be filed under: children, and top-level categories without children. */
export const LEAF_CATEGORIES = CATEGORIES.filter(
  (x) => x.parent !== null || !CATEGORIES.some((y) => y.parent === x.id),
);
