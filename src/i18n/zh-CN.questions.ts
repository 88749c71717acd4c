/**
 * 简体中文, a part of the core messages loaded with the report form's details, not with its first load:
 * the chosen category's questions and "where exactly" (an entrance, another flat), and its deadlines. The module that renders
 * them (src/features/tickets/components/ReportDetails.tsx) calls `addMessages` with it; `en.ts` has every
 * key.
 */
const zhCNQuestions = {
  report: {
    details: {
      optional: '{{question}}（可不填）',
      entrance: '哪个单元？（可不填）',
      entranceAny: '不确定 / 整栋楼',
      entranceN: '{{n}}单元',
      otherFlat: '问题在别的住户家吗？写房号（可不填）',
      otherFlatHint: '例如楼上漏水，写 502',
    },
    deadlines: {
      promise:
        '这类问题，网格员会在提交后 {{response}}内受理、{{resolution}}内解决（按实际时间算，夜里、周末和节假日都算在内）。',
      hours_one: '{{count}} 小时',
      hours_other: '{{count}} 小时',
      days_one: '{{count}} 天',
      days_other: '{{count}} 天',
    },
    errors: {
      answerMissing: '请回答这个问题',
      answerTooLong: '最多 {{max}} 字，现在是 {{count}} 字',
      flatTooLong: '房号最多 {{max}} 字，现在是 {{count}} 字',
    },
  },
} as const;

export default zhCNQuestions;
