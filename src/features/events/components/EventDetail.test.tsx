import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { EventDetail } from './EventDetail';

describe('an event’s details', () => {
  it('an event within one day says its date once, with the hours from and to', () => {
    const start = new Date(2026, 11, 9, 8, 0);
    renderWithProviders(
      <EventDetail
        event={{
          id: 'e1',
          title: '楼道清洁志愿活动',
          description: '清理楼道杂物。',
          place: '3 栋楼下',
          coverDataUrl: null,
          startAt: start,
          endAt: new Date(2026, 11, 9, 10, 0),
          signupDeadline: new Date(2026, 11, 9, 7, 0),
          status: 'published',
          capacity: 10,
          confirmed: 0,
          waitlist: [],
          seq: 0,
          roles: [],
        }}
      />,
    );
    // (the hours joined: they never part at the dash)
    expect(screen.getByText('12月9日周三 08:00\u2060–\u206010:00')).toBeInTheDocument();
  });
});
