/**
 * 简体中文, a part of the core messages: what a list of events says (the volunteer's home shows the next
 * three; the events screen all of them, and an event its places). Apart from `zh-CN.events.ts` so that the
 * home does not download the events screens' messages. `en.ts` has every key.
 */
const zhCNEventList = {
  events: {
    upcoming: '近期活动',
    empty: '近期没有活动。',
    places: '名额 {{confirmed}}/{{capacity}}',
    full: '已满，可排队候补',
  },
} as const;

export default zhCNEventList;
