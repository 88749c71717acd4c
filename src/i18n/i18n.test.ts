import { describe, expect, it } from 'vitest';
import en from './en';
import enStaff from './en.staff';
import { hasMessage, setLanguage, t } from './index';
import zhCN from './zh-CN';
import zhCNEvents from './zh-CN.events';
import zhCNEventList from './zh-CN.event-list';
import zhCNReport from './zh-CN.report';
import zhCNFollow from './zh-CN.follow';
import zhCNInbox from './zh-CN.inbox';
import zhCNNotify from './zh-CN.notify';
import zhCNQuestions from './zh-CN.questions';
import zhCNActions from './zh-CN.actions';
import zhCNTimeline from './zh-CN.timeline';
import zhCNSignin from './zh-CN.signin';
import zhCNStaff from './zh-CN.staff';
import zhCNVolunteer from './zh-CN.volunteer';
import zhCNVoice from './zh-CN.voice';
import zhCNOutbox from './zh-CN.outbox';

function values(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
}

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('translations', () => {
  it('English has exactly the keys of Chinese, and no empty string', () => {
    const zhAll = [
      zhCN,
      zhCNSignin,
      zhCNEvents,
      zhCNEventList,
      zhCNVolunteer,
      zhCNReport,
      zhCNQuestions,
      zhCNActions,
      zhCNTimeline,
      zhCNFollow,
      zhCNInbox,
      zhCNNotify,
      zhCNVoice,
      zhCNOutbox,
    ].flatMap((part) => keys(part));
    expect(keys(en).sort()).toEqual([...new Set(zhAll)].sort());
    expect(zhAll.length, 'a key in two parts').toBe(new Set(zhAll).size);
    expect(keys(enStaff).sort()).toEqual(keys(zhCNStaff).sort());
    for (const k of [...keys(en), ...keys(enStaff)]) expect(hasMessage(k, 'zh-CN'), k).toBe(true);
  });

  it('the messages screen covers text messages and phone notifications: the profile’s link is called as the screen is, and the screen’s first words and empty history speak of both', () => {
    expect(zhCNSignin.profile.messages).toBe(zhCNNotify.notify.title);
    expect(en.profile.messages).toBe(en.notify.title);
    // …and the screen's first words, and its empty history, speak of both
    expect(zhCNNotify.notify.intro).toMatch(/短信.*通知/);
    expect(en.notify.intro).toMatch(/text message.*notify/);
    expect(zhCNNotify.notify.historyNone).not.toMatch(/短信/);
    expect(en.notify.historyNone).not.toMatch(/text/);
  });

  it('what a resident reads of their reports says 报事 / report, not the office’s 工单 / ticket', () => {
    const resident = [
      zhCNSignin.welcome.intro,
      zhCN.link.pendingBody,
      zhCN.tickets.detailMine,
      zhCN.tickets.notFound,
      zhCNTimeline.tickets.event.accepted,
    ];
    for (const s of resident) expect(s).not.toMatch(/工单/);
    for (const s of [
      en.welcome.intro,
      en.link.pendingBody,
      en.tickets.detailMine,
      en.tickets.notFound,
      en.tickets.event.accepted,
    ])
      expect(s).not.toMatch(/ticket/i);
  });

  it('a missing key fails loudly (the test setup turns it into an error)', () => {
    // @ts-expect-error — not a key
    expect(() => t('tickets.doesNotExist')).toThrow(/missing message "tickets.doesNotExist"/);
  });

  it('interpolates and picks plural forms per language', async () => {
    expect(t('tickets.count', { count: 1 })).toBe('共 1 件');
    await setLanguage('en');
    expect(t('tickets.count', { count: 1 })).toBe('1 report');
    expect(t('tickets.count', { count: 3 })).toBe('3 reports');
    expect(t('building.address', { number: 3, entrance: 2, flat: '401' })).toBe(
      'Building 3, entrance 2, flat 401',
    );
  });

  it('no message promises working days: deadlines are counted in hours, nights and weekends included', () => {
    const parts: object[] = [en, enStaff, zhCN, zhCNStaff, zhCNEvents, zhCNEventList, zhCNVolunteer];
    parts.push(
      zhCNReport,
      zhCNQuestions,
      zhCNActions,
      zhCNTimeline,
      zhCNFollow,
      zhCNInbox,
      zhCNNotify,
      zhCNSignin,
      zhCNOutbox,
    );
    const all = parts.flatMap((part) => values(part));
    expect(all.filter((text) => /工作日|working day|business day/i.test(text))).toEqual([]);
  });
});
