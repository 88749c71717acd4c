import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addMessages, setLanguage } from '@/i18n';
import volunteerMessages from '@/i18n/zh-CN.volunteer';
import type { CommunityEvent, Signup } from '../types';
import { myPlace } from './EventMarks';

addMessages(volunteerMessages);

const day = new Date('2026-12-09T09:00:00+08:00');
const event: CommunityEvent = {
  id: 'e1',
  title: '重阳节敬老活动',
  description: '',
  place: '活动室',
  coverDataUrl: null,
  startAt: day,
  endAt: new Date(day.getTime() + 2 * 3_600_000),
  signupDeadline: day,
  status: 'published',
  capacity: 10,
  confirmed: 10,
  waitlist: ['r9', 'r7'],
  seq: 14,
  roles: [
    { id: 'medic', name: '健康咨询助理', capacity: 1, confirmed: 1, waitlist: ['r8', 'r7'] },
    { id: 'steward', name: '引导员', capacity: 2, confirmed: 0, waitlist: [] },
  ],
};
const signup = (roleId: string): Signup => ({
  id: 'r7',
  uid: 'r7',
  name: '吴芳',
  roleId,
  seq: 13,
  status: 'waitlisted',
  createdAt: day,
  checkedInAt: null,
  hours: null,
  hoursConfirmedBy: null,
  hoursConfirmedAt: null,
  eventId: 'e1',
  eventTitle: event.title,
  eventStartAt: day,
});

describe('my place under an event in my list', () => {
  it('a volunteer waiting for a role reads which role, and their place in its line', async () => {
    render(<>{myPlace([signup('medic')])(event)}</>);
    expect(screen.getByText('健康咨询助理候补第 2 位')).toBeInTheDocument();
    await setLanguage('en');
    render(<>{myPlace([signup('medic')])(event)}</>);
    expect(screen.getByText('健康咨询助理: number 2 on the waiting list')).toBeInTheDocument();
    await setLanguage('zh-CN');
  });

  it('a resident waiting for a place (no role) reads their place in the event’s line', () => {
    render(<>{myPlace([signup('resident')])(event)}</>);
    expect(screen.getByText('候补第 2 位')).toBeInTheDocument();
  });
});
