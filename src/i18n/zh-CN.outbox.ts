/**
 * 简体中文, a part of the core messages loaded with what shows a report that was not sent, not with any
 * first load: why the server refused it and what to do (the home's outbox list, the report form fixing one,
 * and the write code that finds a household's reports of the day used up). `en.ts` has every key.
 */
const zhCNOutbox = {
  outbox: {
    reason: {
      'permission-denied': '服务器没有接受这个报事（可能住址已变更或内容不符合要求）。',
      'invalid-argument': '内容不符合要求，请检查后重新发送。',
      'report-limit':
        '今天您家已经报了 {{max}} 件事（每户每天最多 {{max}} 件）。明天可以再发送；急事请打电话给社区办公室。',
      unknown: '发送出错，请检查后重新发送。',
    },
    fix: '修改后重新发送',
    discard: '删除这条',
    discardConfirm: '确定删除这条没有发送的报事吗？',
  },
  errors: {
    reportLimit:
      '没有发出：今天您家已经报了 {{max}} 件事，每户每天最多 {{max}} 件。填写的内容都还在，明天可以再发送；急事请直接打电话给社区办公室。',
  },
} as const;

export default zhCNOutbox;
