/** Every route path in one place; links and tests use these, never retyped strings. */
export const paths = {
  home: '/',
  signIn: '/signin',
  welcome: '/welcome',
  profile: '/me',
  ticket: (id = ':ticketId') => `/tickets/${id}`,
  report: '/report',
  fixReport: (id = ':outboxId') => `/report/${id}`,
  notices: '/notices',
  notice: (id = ':noticeId') => `/notices/${id}`,
  events: '/events',
  event: (id = ':eventId') => `/events/${id}`,
} as const;
