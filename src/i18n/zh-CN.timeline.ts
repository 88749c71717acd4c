/**
 * 简体中文, a part of the core messages loaded with a ticket's detail: what each step of its progress says.
 * TicketDetail calls `addMessages` with it; `en.ts` has every key.
 */
const zhCNTimeline = {
  tickets: {
    event: {
      created: '提交了报事',
      accepted: '受理了这件报事',
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
      phoneRated: '电话回访：居民反映已解决，评价 {{score}} 分',
      phoneReopened: '电话回访：居民反映问题没有解决',
      merged: '与同一问题的报事合并，一起处理',
      mergedIn: '合并了另一户反映的同一问题',
    },
    mergedInto: '已合并到 {{number}}，一起处理',
    mergedIntoStaff: '已合并到',
    mergedIntoNow: '{{number}} 现在：',
    mergedFromCount_one: '另有 {{count}} 件同一问题的报事合并到这里，一起处理。',
    mergedFromCount_other: '另有 {{count}} 件同一问题的报事合并到这里，一起处理。',
    ratedByPhone: '网格员电话回访时记录的评价',
  },
} as const;

export default zhCNTimeline;
