/**
 * 简体中文, a part of the core messages loaded with the screens that use it, not in every first load:
 * my place on each event in the list, a full role's sign-up, an event's self check-in, add-to-calendar and
 * draft deletion, and the volunteer record's row labels (the events, event, roster and record screens; kept
 * out of the volunteer's home). `en.ts` has every key.
 */
const zhCNVolunteer = {
  events: {
    fullJoinsWaitlist: '已满，报名即排队候补',
    cancelledShort: '已取消',
    mine: {
      confirmed: '已报名',
      confirmedRole: '已报名做{{role}}',
      waitlisted: '候补第 {{position}} 位',
      waitlistedRole: '{{role}}候补第 {{position}} 位',
      checkedIn: '已签到',
    },
    addToCalendar: '加入手机日历',
    deleteDraft: '删除草稿',
    deleteDraftConfirm: '确定删除这个草稿吗？删除后不能恢复。',
    deleteFailed: '草稿没有删除：只有没人报过名的草稿，由创建人或社区主任才能删除。',
  },
  checkIn: {
    title: '现场签到',
    hint: '到了活动现场，请输入组织者出示的 6 位签到码。',
    code: '签到码（6 位数字）',
    submit: '签到',
    format: '签到码是 6 位数字，请再核对一下。',
    wrong: '签到没有成功：签到码不对，或者签到时间已过。请核对组织者出示的签到码（每天的码不同）。',
    done: '已签到（{{time}}）',
    opensAt: '签到从 {{time}} 开始。',
    staffTitle: '今天的签到码',
    staffHint:
      '请参加的人用手机扫二维码，或在手机上打开本活动、输入这个签到码，即可自己签到。签到码每天不同。',
    qr: '签到二维码：用手机扫码打开签到页',
    show: '显示签到码',
    renew: '换一个签到码',
    renewConfirm: '换码后，旧的签到码马上不能用了。确定要换吗？',
    notOpen: '签到从 {{time}} 开始，到时可以签到、显示签到码。',
    noCheckIn: '活动已取消，不需要签到。',
  },
  record: {
    status: '服务时长 / 情况',
    kinds: {
      certified: '{{hours}} 小时（已认证）',
      pending: '已签到，待认证',
      upcoming: '已报名，活动还没开始',
      absent: '没有签到，不计时长',
      waitlisted: '候补没有轮到，不计时长',
      resident: '以居民身份参加，不计志愿时长',
      cancelled: '活动已取消，不计时长',
    },
  },
} as const;

export default zhCNVolunteer;
