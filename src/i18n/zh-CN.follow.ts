/**
 * 简体中文, a part of the core messages loaded with the screens that use it, not in every first load: a
 * problem I follow ("me too"), and 我要报事 before the address is confirmed — screens of their own, so the
 * report form's first load does not carry them. Each module that renders these calls `addMessages` with
 * it; `en.ts` has every key.
 */
const zhCNFollow = {
  report: {
    followedPage: {
      title: '我关注的问题',
      what: '问题',
      where: '位置',
      reported: '反映时间',
      status: '进度',
      others: '关注',
      privacy: '这是其他住户反映的问题。为保护隐私，这里只显示问题类别、位置和进度。',
      unfollow: '不再关注这个问题',
      unfollowHint: '不再关注后，首页不再显示它的进度；问题本身照常处理。',
      notFollowing: '您没有关注这个问题，或已经不再关注。',
    },
    notLinked: {
      pendingWait: '核对住址没有固定的期限；想问问进展，请打下面的电话。',
      noAddressTitle: '住址还没有核对通过',
      urgent: '漏水、停电、燃气味等紧急情况，请直接打电话：',
      home: '返回首页',
    },
  },
} as const;

export default zhCNFollow;
