/**
 * 简体中文, a part of the core messages loaded with the screens that use it, not in every first load:
 * Community events and a volunteer's record (the events screens, the volunteer's home, the profile). Each module that renders these calls `addMessages` with it; `en.ts` has every key.
 */
const zhCNEvents = {
  events: {
    title: '社区活动',
    when: '时间',
    where: '地点',
    deadline: '报名截止：{{date}}',
    cancelled: '活动已取消',
    volunteerRoles: '志愿者岗位',
    rolePlaces: '{{name}}：{{confirmed}}/{{capacity}}',
    notFound: '没有找到这个活动。',
    signUp: '报名参加',
    signUpRole: '报名做{{role}}',
    signingUp: '正在报名…（人多时要排一会儿队）',
    confirmed: '已报名，名额已确认',
    confirmedRole: '已报名做{{role}}，名额已确认',
    waitlisted: '候补第 {{position}} 位',
    waitlistedRole: '报名做{{role}}，候补第 {{position}} 位',
    waitlistHint: '有人取消时按报名先后递补，递补成功会在这里显示。',
    cancelMine: '取消报名',
    cancelConfirm: '确定取消报名吗？名额会让给候补的人。',
    closed: '报名已截止',
    signupFailed: '报名没有成功：{{reason}}',
    reasons: {
      closed: '报名已截止或活动已取消',
      already: '您已经报过名了',
      notVolunteer: '先在“我的”里报名成为志愿者',
    },
    create: '新建活动',
    edit: '修改活动',
    roster: '报名名单与签到',
    draft: '草稿',
    publish: '发布',
    cancelEvent: '取消活动',
    cancelEventConfirm: '确定取消这个活动吗？已报名的人会看到活动已取消。',
    hours: '服务时长（小时）',
  },
  record: {
    title: '我的志愿服务记录',
    total: '累计认证时长：{{hours}} 小时',
    year: '{{year}} 年：{{hours}} 小时',
    empty: '还没有报名记录。',
    print: '打印 / 保存为 PDF',
    printedFor: '{{name}} 的志愿服务记录（打印于 {{date}}）',
    link: '我的志愿服务记录',
  },
} as const;

export default zhCNEvents;
