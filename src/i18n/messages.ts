import type zhCN from './zh-CN';
import type zhCNEvents from './zh-CN.events';
import type zhCNEventList from './zh-CN.event-list';
import type zhCNFollow from './zh-CN.follow';
import type zhCNInbox from './zh-CN.inbox';
import type zhCNNotify from './zh-CN.notify';
import type zhCNQuestions from './zh-CN.questions';
import type zhCNActions from './zh-CN.actions';
import type zhCNTimeline from './zh-CN.timeline';
import type zhCNReport from './zh-CN.report';
import type zhCNSignin from './zh-CN.signin';
import type zhCNStaff from './zh-CN.staff';
import type zhCNVolunteer from './zh-CN.volunteer';
import type zhCNVoice from './zh-CN.voice';
import type zhCNOutbox from './zh-CN.outbox';

type DeepStrings<T> = { -readonly [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/**
 * The shape every language must fill: the keys of the default language, any string values — its first
 * load (`zh-CN.ts`) and the parts that come with the screens that use them (`zh-CN.signin.ts`,
 * `zh-CN.events.ts`, `zh-CN.event-list.ts`, `zh-CN.volunteer.ts`, `zh-CN.report.ts`, `zh-CN.follow.ts`, `zh-CN.inbox.ts`, `zh-CN.notify.ts`, `zh-CN.questions.ts`, `zh-CN.actions.ts`, `zh-CN.timeline.ts`, `zh-CN.voice.ts`, `zh-CN.outbox.ts`: `addMessages`). English is one file with all of them.
 */
export type CoreMessages = DeepStrings<typeof zhCN> &
  DeepStrings<typeof zhCNSignin> &
  DeepStrings<typeof zhCNEvents> &
  DeepStrings<typeof zhCNEventList> &
  DeepStrings<typeof zhCNVolunteer> &
  DeepStrings<typeof zhCNReport> &
  DeepStrings<typeof zhCNFollow> &
  DeepStrings<typeof zhCNInbox> &
  DeepStrings<typeof zhCNNotify> &
  DeepStrings<typeof zhCNQuestions> &
  DeepStrings<typeof zhCNActions> &
  DeepStrings<typeof zhCNTimeline> &
  DeepStrings<typeof zhCNVoice> &
  DeepStrings<typeof zhCNOutbox>;
/** The staff screens' part, loaded with them (`loadStaffMessages`). */
export type StaffMessages = DeepStrings<typeof zhCNStaff>;
export type Messages = CoreMessages & StaffMessages;

type StripPlural<K extends string> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** Every message key, e.g. `'tickets.mine'`; plural keys without their `_one`/`_other` suffix. */
export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;
