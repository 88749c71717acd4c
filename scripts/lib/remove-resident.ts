/**
 * Removes a resident's personal data on request (docs/security.md), with the Admin SDK: the rules let
 * nobody delete records from the app. Ticket facts (status, category, building, times, rating) stay, so
 * the monthly summaries and the dashboard do not change; names, ids, the photos the person added and their
 * recorded voice go, and so does everything the messages kept under their uid: their choices, the phones
 * they receive notifications on, the record of each message sent to them (it holds their number) and their
 * daily text-message counts.
 */
import { FieldPath, FieldValue, type Firestore } from 'firebase-admin/firestore';
import { householdTokens, ticketTokens } from '../../src/lib/search';

export const REMOVED_NAME = '已注销居民';
export const REMOVED_ID = 'removed';

export interface Removal {
  tickets: number;
  timelineEntries: number;
  photos: number;
  voiceMessages: number;
  follows: number;
  signups: number;
  householdMembers: number;
  /** Their message choices (`notifyPrefs/{uid}`): 1 or 0. */
  notifyPrefs: number;
  /** The phones they receive notifications on (`pushSubscriptions/{uid}/devices`). */
  pushDevices: number;
  /** The records of messages sent to them (`notifications`, `recipientId == uid`). */
  notifications: number;
  /** Their text-message counts per day (`smsDaily/{uid}~{day}`). */
  smsDays: number;
}

export async function removeResident(db: Firestore, uid: string): Promise<Removal> {
  const user = await db.doc(`users/${uid}`).get();
  if (!user.exists) throw new Error(`no profile users/${uid}`);
  if (user.get('role') !== 'resident')
    throw new Error(`users/${uid} is staff: deactivate staff, don't remove`);
  const name = String(user.get('displayName'));
  const householdId = user.get('householdId') as string | null;
  const out: Removal = {
    tickets: 0,
    timelineEntries: 0,
    photos: 0,
    voiceMessages: 0,
    follows: 0,
    signups: 0,
    householdMembers: 0,
    notifyPrefs: 0,
    pushDevices: 0,
    notifications: 0,
    smsDays: 0,
  };
  const writer = db.bulkWriter();

  // 1. Tickets they reported: anonymise the reporter; drop the photos they added and their voice message.
  for (const t of (await db.collection('tickets').where('reporterId', '==', uid).get()).docs) {
    const photos = (await t.ref.collection('photos').where('authorId', '==', uid).get()).docs;
    for (const p of photos) void writer.delete(p.ref);
    const voice = await db.doc(`tickets/${t.id}/voice/v1`).get();
    const ownVoice = voice.exists && voice.get('authorId') === uid;
    if (ownVoice) void writer.delete(voice.ref);
    // (its search tokens held the name: worked out again without it, docs/data-model.md "Search")
    const tokens = t.get('search')
      ? {
          search: ticketTokens({
            id: t.id,
            description: String(t.get('description') ?? ''),
            reporterName: REMOVED_NAME,
            home: t.get('home') as { flat: string },
            location: t.get('location') as { flat: string | null },
          }),
        }
      : {};
    void writer.update(t.ref, {
      reporterId: REMOVED_ID,
      reporterName: REMOVED_NAME,
      ...tokens,
      photoCount: FieldValue.increment(-photos.length),
      ...(ownVoice ? { voiceSeconds: null } : {}),
    });
    out.tickets += 1;
    out.photos += photos.length;
    if (ownVoice) out.voiceMessages += 1;
  }
  // 2. Their words in any timeline (comments, ratings, reopen reasons) keep their text, lose the name.
  for (const e of (await db.collectionGroup('timeline').where('authorId', '==', uid).get()).docs) {
    void writer.update(e.ref, { authorId: REMOVED_ID, authorName: REMOVED_NAME });
    out.timelineEntries += 1;
  }
  // 3. "Me too" follows: the follow goes, the ticket's follower count with it.
  for (const f of (await db.collectionGroup('followers').where('uid', '==', uid).get()).docs) {
    void writer.delete(f.ref);
    void writer.update(f.ref.parent.parent!, { followerCount: FieldValue.increment(-1) });
    out.follows += 1;
  }
  // 4. Event sign-ups stay (places, waitlist order and certified hours must still add up) without a name.
  for (const s of (await db.collectionGroup('signups').where('uid', '==', uid).get()).docs) {
    void writer.update(s.ref, { name: REMOVED_NAME });
    out.signups += 1;
  }
  // 5. Messages (functions/src/notify): their choices, their phones' push addresses, what was sent to them
  // (the record holds their number and the text), their daily counts. The month's totals (smsMonthly) stay.
  const prefs = await db.doc(`notifyPrefs/${uid}`).get();
  if (prefs.exists) {
    void writer.delete(prefs.ref);
    out.notifyPrefs = 1;
  }
  for (const d of (await db.collection(`pushSubscriptions/${uid}/devices`).get()).docs) {
    void writer.delete(d.ref);
    out.pushDevices += 1;
  }
  for (const n of (await db.collection('notifications').where('recipientId', '==', uid).get()).docs) {
    void writer.delete(n.ref);
    out.notifications += 1;
  }
  // (ids `{uid}~{YYYY-MM-DD}`: from `{uid}~` to just below `{uid}\u007f`, the character after '~' — no other
  // uid's days fall between)
  const days = db
    .collection('smsDaily')
    .where(FieldPath.documentId(), '>=', `${uid}~`)
    .where(FieldPath.documentId(), '<', `${uid}\u007f`);
  for (const d of (await days.get()).docs) {
    void writer.delete(d.ref);
    out.smsDays += 1;
  }
  await writer.flush();
  // 6. The household keeps its other members; the person's own entry goes.
  if (householdId) {
    const h = db.doc(`households/${householdId}`);
    await db.runTransaction(async (tx) => {
      const snap = await tx.get(h);
      const members = (snap.get('members') ?? []) as { name: string }[];
      const kept = members.filter((m) => m.name !== name);
      out.householdMembers = members.length - kept.length;
      tx.update(h, {
        members: kept,
        // the name goes from the tokens it is found by too
        ...(snap.get('search')
          ? { search: householdTokens({ flat: String(snap.get('flat')), members: kept }) }
          : {}),
        updatedAt: FieldValue.serverTimestamp(),
      });
    });
  }
  // 7. Finally the profile itself.
  await db.doc(`users/${uid}`).delete();
  await writer.close();
  return out;
}
