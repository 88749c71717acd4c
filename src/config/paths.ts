/** Every route path in one place; links and tests use these, never retyped strings. */
export const paths = {
  home: '/',
  signIn: '/signin',
  welcome: '/welcome',
  profile: '/me',
  ticket: (id = ':ticketId') => `/tickets/${id}`,
  report: '/report',
  fixReport: (id = ':outboxId') => `/report/${id}`,
  queue: '/work',
  proxyReport: (householdId = ':householdId') => `/work/report/${householdId}`,
  register: '/register',
  household: (id = ':householdId') => `/register/${id}`,
  care: '/care',
  notices: '/notices',
  notice: (id = ':noticeId') => `/notices/${id}`,
  events: '/events',
  event: (id = ':eventId') => `/events/${id}`,
} as const;
