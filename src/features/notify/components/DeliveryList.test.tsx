import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { Delivery } from '../types';
import { DeliveryList } from './DeliveryList';

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

  it('says so when nothing was sent yet', () => {
    renderWithProviders(<DeliveryList items={[]} ticketHref={() => ''} eventHref={() => ''} />);
    expect(screen.getByText('还没有给您发过提醒。')).toBeInTheDocument();
  });
});
