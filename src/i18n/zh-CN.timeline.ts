/**
 * 简体中文, a part of the core messages loaded with a ticket's detail: what each step of its progress says.
 * TicketDetail calls `addMessages` with it; `en.ts` has every key.
 */
const zhCNTimeline = {
  tickets: {
    event: {
      created: '提交了报事',
      accepted: '受理了工单',
      started: '开始处理',
      resolved: '标记为已解决',
      closed: '办结',
      reopened: '反映问题没有解决',
      cancelled: '撤销了报事',
      rejected: '不予受理',
      transferred: '转给了 {{name}}',
      transferredBack: '放回了待分派',
      reply: '回复',
      note: '内部备注',
      comment: '补充说明',
      photo: '补充了照片',
      rated: '评价了 {{score}} 分',
    },
  },
} as const;

export default zhCNTimeline;
