// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clip, pushText, render, shortDate, shortDateTime, TEMPLATES, type Template } from './text.js';

describe('the text messages', () => {
  it('render in the person’s language with the signature a provider adds', () => {
    expect(render('ticketAccepted', { date: '12月5日', link: 'https://x/t/1' }, 'zh-CN')).toBe(
      '【社区服务】您家12月5日反映的问题已受理，网格员正在处理。查看进度：https://x/t/1',
    );
    expect(render('ticketNewUrgent', { building: '3', link: 'L' }, 'en')).toBe(
      '[Community Service] URGENT report in building 3. Please act now: L',
    );
    expect(render('ticketsNewBatch', { count: '3', link: 'https://x/work' }, 'zh-CN')).toBe(
      '【社区服务】您负责的楼栋有3条新报事，请及时受理：https://x/work',
    );
    expect(() => render('ticketAccepted', { date: '12月5日' }, 'zh-CN')).toThrow(/needs \{link\}/);
  });

  it('tells a household its report was merged with only its date and a link to it, as text and as a notification', () => {
    const vars = { date: '12月5日', link: 'https://x/tickets/t51' };
    expect(render('ticketMerged', vars, 'zh-CN')).toBe(
      '【社区服务】您家12月5日反映的问题与同一问题的另一件报事合并，一起处理。查看进度：https://x/tickets/t51',
    );
    expect(render('ticketMerged', { date: 'Dec 5', link: 'L' }, 'en')).toBe(
      '[Community Service] Your report of Dec 5 was joined to another report of the same problem; they are handled together. Progress: L',
    );
    expect(pushText('ticketMerged', vars, 'zh-CN')).toEqual({
      title: '社区服务',
      body: '您家12月5日反映的问题与同一问题的另一件报事合并，一起处理。',
    });
    expect(pushText('ticketMerged', { date: 'Dec 5', link: 'L' }, 'en').body).toBe(
      'Your report of Dec 5 was joined to another report of the same problem; they are handled together.',
    );
  });

  it('name no person and quote nobody: only dates, building numbers, a count of reports or days, an event title and a link', () => {
    for (const t of Object.values(TEMPLATES)) {
      for (const text of [t.zh, t.en]) {
        const vars = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(
          vars.every((v) => ['date', 'building', 'link', 'title', 'when', 'count', 'days'].includes(v!)),
          text,
        ).toBe(true);
      }
    }
  });

  it('as a phone notification: the app’s name as title, the same words without the link', () => {
    expect(pushText('ticketResolved', { date: '12月5日', link: 'https://x/t/1' }, 'zh-CN')).toEqual({
      title: '社区服务',
      body: '您家12月5日反映的问题已处理完毕，请确认是否解决并评价。',
    });
    expect(pushText('ticketNewUrgent', { building: '3', link: 'L' }, 'en')).toEqual({
      title: 'Community Service',
      body: 'URGENT report in building 3. Please act now.',
    });
    const vars = {
      date: 'D',
      building: 'B',
      link: 'https://x/secret-link',
      title: 'T',
      when: 'W',
      count: '2',
      days: '3',
    };
    for (const t of Object.keys(TEMPLATES) as Template[]) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const { body } = pushText(t, vars, locale);
        expect(body, t).not.toContain('https://');
        expect(body, t).not.toMatch(/[{}]/);
        expect(body, t).toMatch(/[。.!！]$/);
      }
    }
  });

  it('keeps variables short and on one line, and dates on the community’s calendar', () => {
    expect(clip('重阳节  登山\n活动')).toBe('重阳节 登山 活动');
    expect(clip('一二三四五六七八九十一二三四五六七八九十一')).toBe(
      '一二三四五六七八九十一二三四五六七八九…',
    );
    expect(shortDate(new Date('2026-12-05T17:00:00Z'), 'zh-CN')).toBe('12月6日');
    expect(shortDateTime(new Date('2026-12-06T01:30:00Z'), 'en')).toBe('Dec 6 09:30');
  });
});
