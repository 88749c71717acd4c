/**
 * 简体中文, a part of the core messages loaded with the ticket's actions (cancel, add details or a photo,
 * confirm and rate, send back), which the ticket screen fetches after it shows — not in every first load.
 * TicketActions and TextAction call `addMessages` with it; `en.ts` has every key.
 */
const zhCNActions = {
  actions: {
    title: '办理',
    send: '发送',
    cancel: '撤销报事',
    cancelConfirm: '确定撤销这个报事吗？',
    comment: '补充说明',
    commentText: '补充内容',
    addPhoto: '补充照片',
    confirmTitle: '问题解决了吗？',
    confirmHint: '请在 {{date}} 前确认，过期将自动办结。',
    rate: '满意度评分',
    stars_one: '{{count}} 分',
    stars_other: '{{count}} 分',
    rateComment: '评价（可选）',
    confirm: '已解决，提交评价',
    notFixed: '没有解决',
    notFixedReason: '哪里还没有解决？',
    reopen: '退回重新处理',
    done: '已保存',
    errors: {
      textMissing: '请填写内容',
      ratingMissing: '请选择 1 到 {{max}} 分',
    },
  },
} as const;

export default zhCNActions;
