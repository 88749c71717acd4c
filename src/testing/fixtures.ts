import type { Category, Ticket } from '@/features/tickets/types';

/** A ticket as the converter gives it: a repair in 1-2-401, reported an hour ago, owned by 黄网格. */
export function ticket(over: Partial<Ticket>): Ticket {
  const now = Date.now();
  return {
    id: 't1',
    categoryId: 'leak',
    description: '卫生间天花板渗水',
    location: { kind: 'flat', area: null, entrance: null, flat: null },
    answers: [],
    buildingId: 'b1',
    buildingNumber: 1,
    home: { buildingNumber: 1, entrance: 2, flat: '401' },
    householdId: 'h',
    urgency: 'normal',
    status: 'submitted',
    open: true,
    reporterId: 'r',
    reporterName: '王秀英',
    viaProxy: false,
    assigneeId: 'w',
    assigneeName: '黄网格',
    createdAt: new Date(now - 3_600_000),
    updatedAt: new Date(now),
    responseDueAt: new Date(now + 3 * 3_600_000 + 60_000),
    resolutionDueAt: new Date(now + 72 * 3_600_000),
    dueAt: new Date(now + 3 * 3_600_000 + 60_000),
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    photoCount: 0,
    voiceSeconds: null,
    rating: null,
    reopenCount: 0,
    rejectReason: null,
    closeReason: null,
    lastEventId: 'created',
    lastReplyAt: null,
    shared: true,
    pending: false,
    ...over,
  };
}

/** A category as the converter gives it: top-level, active, shared, 4 h to respond and 48 h to resolve. */
export function category(id: string, over: Partial<Category> = {}): Category {
  return {
    id,
    parent: null,
    zh: '水管',
    en: 'Water',
    order: 0,
    responseHours: 4,
    resolutionHours: 48,
    canned: [],
    active: true,
    shared: true,
    questions: [],
    noLocation: false,
    ...over,
  };
}
