import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { Delivery } from '../types';
import { DeliveryList, shownText } from './DeliveryList';

const base: Delivery = {
  id: 'd',
  channel: 'sms',
  kind: 'myTickets',
  text: '【社区服务】您家12月3日反映的问题已受理',
  to: '+8613800000001',
  status: 'sent',
  reason: null,
  ticketId: 't1',
  eventId: null,
  recipientId: 'u1',
  attempts: 1,
  error: null,
  createdAt: new Date(2026, 11, 3, 22, 40),
  sendAfter: null,
  sentAt: new Date(2026, 11, 4, 8, 0),
};

describe('recent messages', () => {
  it('says what became of each message, and links to what it was about', () => {
    renderWithProviders(
      <DeliveryList
        items={[
          { ...base, id: 'a' },
          { ...base, id: 'b', reason: 'quietHours' },
          { ...base, id: 'c', status: 'skipped', reason: 'kindOff', ticketId: null, eventId: 'e1' },
          { ...base, id: 'd', status: 'capped', reason: 'dailyCap', sentAt: null },
          { ...base, id: 'e', status: 'failed', sentAt: null },
          // a phone notification, sent at night (silently) and one to a phone no longer there
          { ...base, id: 'f', channel: 'push', to: null, reason: 'quietHours' },
          { ...base, id: 'g', channel: 'push', to: null, status: 'skipped', reason: 'noDevice' },
        ]}
        ticketHref={(id) => `/tickets/${id}`}
        eventHref={(id) => `/events/${id}`}
      />,
    );
    const items = within(screen.getByTestId('notify-history')).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByTestId('notify-outcome').textContent)).toEqual([
      '已发送',
      '夜间免打扰，12月4日周五 08:00 发送',
      '没有发送：您关闭了这类提醒',
      '今天的短信已达上限，没有发送',
      '发送失败',
      '已通知到手机',
      '没有通知到：这部手机已不再接收通知',
    ]);
    expect(within(items[0]!).getByRole('link', { name: '查看报事' })).toHaveAttribute('href', '/tickets/t1');
    expect(within(items[2]!).getByRole('link', { name: '查看活动' })).toHaveAttribute('href', '/events/e1');
  });

  it('shows a text message without the web address it ended with, where a button opens what it was about', () => {
    const sms = (text: string, over: Partial<Delivery> = {}) => shownText({ ...base, text, ...over });
    expect(
      sms(
        '【社区服务】您家12月5日反映的问题已受理，网格员正在处理。查看进度：http://localhost:4173/tickets/t0016',
      ),
    ).toBe('【社区服务】您家12月5日反映的问题已受理，网格员正在处理。');
    expect(sms('【社区服务】您家12月5日反映的问题没有受理，原因请打开查看：https://x.cn/tickets/t1')).toBe(
      '【社区服务】您家12月5日反映的问题没有受理，原因请打开查看。',
    );
    expect(
      sms('[Community Service] A place opened for "Opera": you are in. Details: https://x.cn/events/e1', {
        ticketId: null,
        eventId: 'e1',
      }),
    ).toBe('[Community Service] A place opened for "Opera": you are in.');
    // nothing to open it with (the head's digest): the address stays
    expect(sms('【社区服务】社区现有3件报事超期未办结，请查看：https://x.cn/admin', { ticketId: null })).toBe(
      '【社区服务】社区现有3件报事超期未办结，请查看：https://x.cn/admin',
    );
  });

  it('says so when nothing was sent yet', () => {
    renderWithProviders(<DeliveryList items={[]} ticketHref={() => ''} eventHref={() => ''} />);
    expect(screen.getByText('还没有给您发过提醒。')).toBeInTheDocument();
  });
});
