/** Fixture data shared by the rules tests and the scripts that reuse them (no test-runner imports). */
import { serverTimestamp, Timestamp } from 'firebase/firestore';

export const T0 = Timestamp.fromDate(new Date('2026-11-01T08:00:00Z'));

export function profile(over: Record<string, unknown>) {
  return {
    displayName: '测试',
    role: 'resident',
    active: true,
    phone: null,
    email: null,
    householdId: null,
    buildingId: null,
    linkStatus: 'none',
    link: null,
    volunteer: false,
    locale: 'zh-CN',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

/** A mediation case the head may open: residents A and B, worker X mediating. */
export const kase = (over: Record<string, unknown> = {}) => ({
  title: '楼上装修噪音纠纷',
  summary: '双方同意由社区调解。',
  buildingId: 'b1',
  parties: [
    { name: '居民A', uid: 'rA' },
    { name: '居民B', uid: 'rB' },
  ],
  partyUids: ['rA', 'rB'],
  mediatorId: 'wX',
  mediatorName: '网格X',
  status: 'open',
  outcome: null,
  followUpAt: null,
  ticketId: null,
  createdBy: 'head',
  createdAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
  ...over,
});
