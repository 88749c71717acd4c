/**
 * 简体中文, a part of the core messages loaded with the screen that uses it (消息提醒, under 我的), not in
 * every first load. The module that renders these calls `addMessages` with it; `en.ts` has every key.
 */
const zhCNNotify = {
  notify: {
    title: '消息提醒',
    intro: '事情有进展时，社区给您的手机发短信。您可以在这里选择哪些事情发短信、夜里要不要打扰。',
    sendsTo: '短信发到',
    noPhone: '您的账号没有手机号，收不到短信。',
    noPhoneHow: '想收短信，请退出后在登录页用“手机号登录”，以后就会发到那个手机号。',
    stopAll: '不接收任何短信',
    stopAllHint: '打开后，下面所有的提醒都不再发短信。',
    stopAllOn: '您现在不接收任何短信。要收提醒，请先关掉“不接收任何短信”。',
    kinds: '这些事情给我发短信',
    kind: {
      myTickets: '我家报事的进展',
      buildingNew: '我的楼栋有新报事、转给我的报事',
      escalations: '超期督办',
      events: '活动候补轮到我',
    },
    kindHint: {
      buildingNew: '紧急报事马上发，其他新报事每半小时合成一条。',
      escalations:
        '报事快到期、已超期、{{days}} 天没有进展、居民 {{times}} 次反映没解决，或同一楼栋多户反映同类问题时。',
    },
    offline: {
      kept: '现在没有网络。您的选择已记在这部手机上，联网后会自动保存到社区。',
    },
    quiet: '夜间免打扰',
    quietHint: '这段时间里的短信，等到结束时再发。漏水、停电、燃气味等紧急报事照常马上发。',
    quietFrom: '从',
    quietTo: '到',
    save: '保存设置',
    saved: '已保存。以后的短信按这里的选择发送。',
    unsaved: '有改动还没有保存。',
    history: '最近收到的提醒',
    historyHint: '最近 {{count}} 条，包括没有发出的，以及为什么。',
    historyNone: '还没有给您发过短信提醒。',
    status: {
      sent: '已发送',
      sentLater: '夜间免打扰，{{time}} 发送',
      deferred: '夜间免打扰，将在 {{time}} 发送',
      sending: '正在发送',
      retry: '发送没有成功，稍后自动再发',
      failed: '发送失败',
      kindOff: '没有发送：您关闭了这类提醒',
      stopped: '没有发送：您选择了不接收任何短信',
      noPhone: '没有发送：账号没有手机号',
      skipped: '没有发送',
      capped: '今天的短信已达上限，没有发送',
    },
    openTicket: '查看报事',
    openEvent: '查看活动',
  },
} as const;

export default zhCNNotify;
