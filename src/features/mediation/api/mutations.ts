import { getBackend } from '@/lib/backend';
import { userConverter, type UserProfile } from '@/lib/converters/users';
import type { Outcome } from '../types';

export interface CaseInput {
  title: string;
  summary: string;
  buildingId: string | null;
  parties: { name: string; uid: string | null }[];
  mediator: { id: string; name: string };
}

export async function openCase(headUid: string, input: CaseInput) {
  const b = await getBackend();
  const ref = b.doc(b.collection(b.db, 'mediationCases'));
  await b.setDoc(ref, {
    title: input.title.trim(),
    summary: input.summary.trim(),
    buildingId: input.buildingId,
    parties: input.parties,
    partyUids: input.parties.map((p) => p.uid).filter((u): u is string => Boolean(u)),
    mediatorId: input.mediator.id,
    mediatorName: input.mediator.name,
    status: 'open',
    outcome: null,
    followUpAt: null,
    ticketId: null,
    createdBy: headUid,
    createdAt: b.serverTimestamp(),
    updatedAt: b.serverTimestamp(),
  });
  return ref.id;
}

export async function addSession(
  caseId: string,
  who: { uid: string; name: string },
  at: Date,
  agreed: string,
) {
  const b = await getBackend();
  await b.setDoc(b.doc(b.collection(b.db, 'mediationCases', caseId, 'sessions')), {
    at: b.Timestamp.fromDate(at),
    agreed: agreed.trim(),
    createdBy: who.uid,
    createdByName: who.name,
    createdAt: b.serverTimestamp(),
  });
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
