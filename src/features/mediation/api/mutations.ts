import { getBackend } from '@/lib/backend';
import { commitPlan, newDocId, planSdk } from '@/lib/commit-plan';
import { userConverter, type UserProfile } from '@/lib/converters/users';
import type { Outcome } from '../types';
import { caseWrite, sessionCorrection, sessionWrite, type CaseInput, type SessionAt } from './writes';

export type { CaseInput };

export async function openCase(by: string, input: CaseInput) {
  const id = newDocId();
  await commitPlan([{ op: 'set', path: `mediationCases/${id}`, data: caseWrite(planSdk, by, input) }]);
  return id;
}

export async function addSession(
  caseId: string,
  who: { uid: string; name: string },
  at: SessionAt,
  agreed: string,
) {
  await commitPlan([
    {
      op: 'set',
      path: `mediationCases/${caseId}/sessions/${newDocId()}`,
      data: sessionWrite(planSdk, who, at, agreed),
    },
  ]);
}

export async function correctSession(
  caseId: string,
  sessionId: string,
  who: { uid: string; name: string },
  at: SessionAt,
  agreed: string,
) {
  await commitPlan([
    {
      op: 'update',
      path: `mediationCases/${caseId}/sessions/${sessionId}`,
      data: sessionCorrection(planSdk, who, at, agreed),
    },
  ]);
}

export async function recordOutcome(caseId: string, outcome: Outcome, followUpAt: Date | null) {
  await commitPlan([
    {
      op: 'update',
      path: `mediationCases/${caseId}`,
      data: {
        status: 'closed',
        outcome,
        followUpAt: followUpAt ? planSdk.fromDate(followUpAt) : null,
        updatedAt: planSdk.serverTimestamp(),
      },
    },
  ]);
}

/**
 * Finds an account by mobile number (E.164, as src/lib/phone.ts parses it), to add a party who uses the app.
 */
export async function findByPhone(
  phoneE164: string,
): Promise<Pick<UserProfile, 'id' | 'displayName'> | null> {
  const b = await getBackend();
  const snap = await b.getDocs(
    b.query(
      b.collection(b.db, 'users').withConverter(userConverter),
      b.where('phone', '==', phoneE164),
      b.limit(1),
    ),
  );
  return snap.docs[0]?.data() ?? null;
}
