/**
 * 简体中文, a part of the core messages loaded with the screen that uses it (消息提醒, under 我的), not in
 * every first load. The module that renders these calls `addMessages` with it; `en.ts` has every key.
 */
const zhCNNotify = {
  notify: {
    title: '消息提醒',
    intro:
      '事情有进展时，社区发短信告诉您，也可以通知到您的手机。您可以在这里选择哪些事情提醒您、夜里要不要打扰。',
    sendsTo: '短信发到',
    noPhone: '您的账号没有手机号，收不到短信。',
    noPhoneHow: '想收短信，请退出后在登录页用“手机号登录”，以后就会发到那个手机号。',
    stopAll: '不接收任何短信和通知',
    stopAllHint: '打开后，下面所有的提醒都不再发短信，也不再通知到手机。',
    stopAllOn: '您现在不接收任何短信和通知。要收提醒，请先关掉“不接收任何短信和通知”。',
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
    historyNone: '还没有给您发过提醒。',
    status: {
      sent: '已发送',
      sentLater: '夜间免打扰，{{time}} 发送',
      deferred: '夜间免打扰，将在 {{time}} 发送',
      sending: '正在发送',
      retry: '发送没有成功，稍后自动再发',
      failed: '发送失败',
      kindOff: '没有发送：您关闭了这类提醒',
      stopped: '没有发送：您选择了不接收任何短信和通知',
      pushed: '已通知到手机',
      noDevice: '没有通知到：这部手机已不再接收通知',
      noPhone: '没有发送：账号没有手机号',
      skipped: '没有发送',
      capped: '今天的短信已达上限，没有发送',
    },
    push: {
      title: '手机通知',
      here: '在这部手机上接收通知',
      hereHint: '事情有进展时，手机上方会弹出提醒，点一下就打开那件事。不花钱，不占短信条数。',
      on: '这部手机会收到通知。',
      asking: '请在手机弹出的询问里点“允许”。',
      unsupported:
        '这个浏览器收不到通知（有些手机自带的浏览器和微信里打开的页面不支持）。短信照常发送，不受影响。',
      denied:
        '这个网站的通知被关掉了，所以收不到。要收，请打开浏览器的“设置 → 网站设置 → 通知”，允许本网站，再回到这里打开开关。',
      noKey: '本社区还没有开通手机通知。短信照常发送。',
      noWorker: '请从手机桌面上的“社区服务”图标打开本应用，再打开这个开关。',
      kinds: '这些事情在手机上通知我',
      quietHint: '手机通知不用等：夜里照常送到，但不响铃、不振动。',
      phones: '接收通知的手机',
      thisPhone: '这部手机',
      added: '{{date}} 开通',
      remove: '不再通知',
      removeLabel: '不再通知“{{label}}”',
      full: '最多 {{count}} 部手机接收通知。再开通一部，最早开通的那部就不再收到。',
    },
    openTicket: '查看报事',
    openEvent: '查看活动',
  },
} as const;

export default zhCNNotify;
