/**
 * 简体中文, a part of the core messages: the resident home's "what changed since I last looked" (loaded with
 * it, not in every first load). `en.ts` has every key.
 */
const zhCNInbox = {
  inbox: {
    title: '新消息',
    ticketTitle: '{{number}}栋{{category}}',
    change: {
      reply: '网格员回复了',
      accepted: '已受理',
      in_progress: '正在处理',
      resolved: '已解决，请确认并评价',
      rejected: '不予受理，请看原因',
      closed: '已办结',
      other: '有新进展',
    },
    promoted: '您候补的活动轮到您了',
    notice: '新公告',
  },
} as const;

export default zhCNInbox;
