import { getBackend } from '@/lib/backend';
import type { NotifyPrefs } from '../types';
import { notifyPrefsWrite } from './writes';

/** Saves my message choices (the whole document: the rules want its exact shape). */
export async function saveNotifyPrefs(uid: string, prefs: NotifyPrefs) {
  const b = await getBackend();
  await b.setDoc(b.doc(b.db, 'notifyPrefs', uid), notifyPrefsWrite(b, prefs));
}
