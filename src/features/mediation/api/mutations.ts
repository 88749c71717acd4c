import { getBackend } from '@/lib/backend';
import { userConverter, type UserProfile } from '@/lib/converters/users';
import type { Outcome } from '../types';
import {
  caseWrite,
  sessionCorrection,
  sessionWrite,
  type CaseInput,
  type MediationSdk,
  type SessionAt,
} from './writes';

export type { CaseInput };

function sdkOf(b: Awaited<ReturnType<typeof getBackend>>): MediationSdk {
  return { serverTimestamp: b.serverTimestamp, fromDate: (d: Date) => b.Timestamp.fromDate(d) };
}

export async function openCase(by: string, input: CaseInput) {
  const b = await getBackend();
  const ref = b.doc(b.collection(b.db, 'mediationCases'));
  await b.setDoc(ref, caseWrite(sdkOf(b), by, input));
  return ref.id;
}

export async function addSession(
  caseId: string,
  who: { uid: string; name: string },
  at: SessionAt,
  agreed: string,
) {
  const b = await getBackend();
  await b.setDoc(
    b.doc(b.collection(b.db, 'mediationCases', caseId, 'sessions')),
    sessionWrite(sdkOf(b), who, at, agreed),
  );
}

export async function correctSession(
  caseId: string,
  sessionId: string,
  who: { uid: string; name: string },
  at: SessionAt,
  agreed: string,
) {
  const b = await getBackend();
  await b.updateDoc(
    b.doc(b.db, 'mediationCases', caseId, 'sessions', sessionId),
    sessionCorrection(sdkOf(b), who, at, agreed),
  );
}

export async function recordOutcome(caseId: string, outcome: Outcome, followUpAt: Date | null) {
  const b = await getBackend();
  await b.updateDoc(b.doc(b.db, 'mediationCases', caseId), {
    status: 'closed',
    outcome,
    followUpAt: followUpAt ? b.Timestamp.fromDate(followUpAt) : null,
    updatedAt: b.serverTimestamp(),
  });
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
