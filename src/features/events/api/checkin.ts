/**
 * Self check-in with the code the organiser shows at the event (loaded only by the screens that use it).
 * The code is a staff-only document per event day; the rules compare the code a volunteer quotes with it.
 */
import { getBackend } from '@/lib/backend';
import { dayKey } from '@/lib/period';
import { checkInCodeWrite, newCheckInCode, selfCheckInWrite } from './writes';

/**
 * Today's code of an event: the one already made, or a new one (`fresh`: replace it, should it have leaked).
 * A transaction, so two organisers showing it at once show the same code.
 */
export async function ensureCheckInCode(eventId: string, uid: string, fresh = false): Promise<string> {
  const b = await getBackend();
  const ref = b.doc(b.db, 'events', eventId, 'checkInCodes', dayKey(new Date()));
  return b.runTransaction(b.db, async (tx) => {
    const now = await tx.get(ref);
    if (now.exists() && !fresh) return String(now.data().code);
    const code = newCheckInCode();
    tx.set(ref, checkInCodeWrite(b, uid, code));
    return code;
  });
}

/**
 * The volunteer checks in with the code they were shown (refused by the rules when it is not today's). A
 * transaction, not a plain update: nothing shows 已签到 on the phone before the server accepted the code
 * (an update would show it at once and take it back on refusal), and offline it fails in words at once.
 */
export async function selfCheckIn(eventId: string, uid: string, code: string) {
  const b = await getBackend();
  const ref = b.doc(b.db, 'events', eventId, 'signups', uid);
  await b.runTransaction(b.db, async (tx) => {
    await tx.get(ref);
    tx.update(ref, selfCheckInWrite(b, code));
  });
}
