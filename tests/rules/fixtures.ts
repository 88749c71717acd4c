/** Fixture data shared by the rules tests and the scripts that reuse them (no test-runner imports). */
import { Timestamp } from 'firebase/firestore';

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
