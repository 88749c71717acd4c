import { communityClock } from './clock.js';

/**
 * The text messages, as templates: a mainland SMS provider sends only templates it approved beforehand
 * (Aliyun: a template code plus its variables), so every message is one of these, with short variables.
 * Privacy: a message names no other person and carries nothing anyone wrote (no reply text, no dispute);
 * it says what changed and links to the screen where the person, signed in, reads the rest.
 */
export const TEMPLATES = {
  ticketAccepted: {
    zh: '您家{date}反映的问题已受理，网格员正在处理。查看进度：{link}',
    en: 'Your report of {date} has been accepted and is being handled. Progress: {link}',
  },
  ticketReplied: {
    zh: '您家{date}反映的问题有新回复，请打开查看：{link}',
    en: 'There is a new reply on your report of {date}: {link}',
  },
  ticketResolved: {
    zh: '您家{date}反映的问题已处理完毕，请确认是否解决并评价：{link}',
    en: 'Your report of {date} is marked resolved. Please confirm it is fixed and rate it: {link}',
  },
  ticketRejected: {
    zh: '您家{date}反映的问题没有受理，原因请打开查看：{link}',
    en: 'Your report of {date} was not accepted. The reason: {link}',
  },
  ticketMerged: {
    zh: '您家{date}反映的问题与同一问题的另一件报事合并，一起处理。查看进度：{link}',
    en: 'Your report of {date} was joined to another report of the same problem; they are handled together. Progress: {link}',
  },
  ticketNew: {
    zh: '{building}栋有新报事，请及时受理：{link}',
    en: 'New report in building {building}. Please accept it: {link}',
  },
  ticketNewUrgent: {
    zh: '{building}栋有紧急报事，请尽快处理：{link}',
    en: 'URGENT report in building {building}. Please act now: {link}',
  },
  ticketAssigned: {
    zh: '一件{building}栋的报事转给了您，请查看：{link}',
    en: 'A report from building {building} was handed to you: {link}',
  },
  ticketReopenedByStaff: {
    zh: '您家{date}反映的问题已按您在电话里说的重新打开，网格员会继续处理。查看进度：{link}',
    en: 'As you said on the phone, your report of {date} is open again; the grid worker will go on with it. Progress: {link}',
  },
  ticketReopened: {
    zh: '{building}栋一件报事，居民反映没有解决，请查看：{link}',
    en: 'A resident in building {building} says a report is not fixed: {link}',
  },
  ticketDueSoon: {
    zh: '{building}栋一件报事将于{when}到期，请抓紧处理：{link}',
    en: 'A report in building {building} is due at {when}: {link}',
  },
  ticketOverdue: {
    zh: '{building}栋一件报事已超过办理期限，请尽快处理：{link}',
    en: 'A report in building {building} is overdue: {link}',
  },
  ticketsNewBatch: {
    zh: '您负责的楼栋有{count}条新报事，请及时受理：{link}',
    en: '{count} new reports in your buildings. Please accept them: {link}',
  },
  ticketStalling: {
    zh: '{building}栋一件报事已{days}天没有进展，明天起将报社区主任督办，请尽快处理：{link}',
    en: 'A report in building {building} has not moved for {days} days; from tomorrow it goes to the head: {link}',
  },
  ticketNotAccepted: {
    zh: '督办：{building}栋一件报事已过受理时限，还没有人受理，请查看：{link}',
    en: 'Follow-up: a report in building {building} is past its time to be accepted and nobody has: {link}',
  },
  ticketStalled: {
    zh: '督办：{building}栋一件报事已{days}天没有进展，请查看：{link}',
    en: 'Follow-up: a report in building {building} has not moved for {days} days: {link}',
  },
  ticketUnsatisfied: {
    zh: '督办：{building}栋一件报事，居民已{count}次反映没有解决，请查看：{link}',
    en: 'Follow-up: a household has said {count} times that a report in building {building} is not fixed: {link}',
  },
  clusterWarning: {
    zh: '预警：{building}栋近{days}天有{count}户反映同一类问题，请留意：{link}',
    en: 'Early warning: {count} households in building {building} reported the same kind of problem within {days} days: {link}',
  },
  overdueDigest: {
    zh: '社区现有{count}件报事超期未办结，请查看：{link}',
    en: '{count} reports in the community are overdue: {link}',
  },
  eventTomorrow: {
    zh: '提醒：您报名的活动“{title}”将于{when}开始，详情：{link}',
    en: 'Reminder: "{title}" starts {when}. Details: {link}',
  },
  hoursCertified: {
    zh: '您在活动“{title}”的志愿服务已认证 {count} 小时，谢谢您！记录：{link}',
    en: 'Your volunteering at "{title}" is certified: {count} hours. Thank you! Record: {link}',
  },
  signupConfirmed: {
    zh: '您候补的活动“{title}”有名额了，您已报上名。时间：{when}。详情：{link}',
    en: 'A place opened for "{title}": you are in. When: {when}. Details: {link}',
  },
} as const;
export type Template = keyof typeof TEMPLATES;
export type Locale = 'zh-CN' | 'en';

/** The app's name, the signature a provider puts in front of every message (【社区服务】). */
export const SIGNATURE = { zh: '社区服务', en: 'Community Service' } as const;

/** A variable as the provider accepts it: short (Aliyun allows 35 characters), one line. */
export function clip(value: string, max = 20): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return [...line].length > max ? `${[...line].slice(0, max - 1).join('')}…` : line;
}

function fill(template: Template, text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) throw new Error(`template ${template} needs {${k}}`);
    return v;
  });
}

/** The message as the person reads it, signature first. */
export function render(template: Template, params: Record<string, string>, locale: Locale): string {
  const lang = locale === 'en' ? 'en' : 'zh';
  const body = fill(template, TEMPLATES[template][lang], params);
  return lang === 'en' ? `[${SIGNATURE.en}] ${body}` : `【${SIGNATURE.zh}】${body}`;
}

/**
 * The same message as a phone notification: the app's name as its title, the text without its link (a tap
 * on the notification opens it).
 */
export function pushText(
  template: Template,
  params: Record<string, string>,
  locale: Locale,
): { title: string; body: string } {
  const lang = locale === 'en' ? 'en' : 'zh';
  // "…详情：{link}" / "… Details: {link}": the words that only introduce the link go with it.
  let text = TEMPLATES[template][lang]
    .replace(/\s*(?:详情|记录|查看进度|Details|Record|Progress|The reason)?\s*[：:]\s*\{link\}$/, '')
    .replace(/[，,]$/, '');
  if (!/[。！.!]$/.test(text)) text += lang === 'en' ? '.' : '。';
  return { title: SIGNATURE[lang], body: fill(template, text, params) };
}

/** A date as the message says it: 12月3日 / Dec 3 (community time). */
export function shortDate(at: Date, locale: Locale): string {
  const d = communityClock(at);
  if (locale === 'en') {
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
      d.getUTCMonth()
    ];
    return `${month} ${d.getUTCDate()}`;
  }
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A date and time: 12月6日 09:30 / Dec 6 09:30 (community time). */
export function shortDateTime(at: Date, locale: Locale): string {
  const d = communityClock(at);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${shortDate(at, locale)} ${hm}`;
}
