/**
 * The report draft's photos and voice message, kept in IndexedDB (too large for localStorage) through the
 * small library the outbox uses. Loaded only when the form restores or saves them, so it costs the report screen's first load
 * nothing. Fails quietly: with no IndexedDB (some private modes) the text is still kept.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { PhotoInput } from '@/lib/photo-limits';
import { photoCharsMax, reportPhotosMax, voiceCharsMax, voiceSecondsMax } from '@/lib/policy';
import type { VoiceInput } from '../api/writes';

const KEY = 'photos';
const VOICE = 'voice';
let store: ReturnType<typeof createStore> | undefined;
const photos = () => (store ??= createStore('shequ-draft', 'photos'));

/** The kept photos the form (and the rules) would take: within the policy's size, at most the report's count. */
export async function keptPhotos(): Promise<PhotoInput[]> {
  try {
    const kept = await get<unknown>(KEY, photos());
    return (Array.isArray(kept) ? (kept as PhotoInput[]) : [])
      .filter((p) => typeof p?.dataUrl === 'string' && p.dataUrl.length <= photoCharsMax)
      .slice(0, reportPhotosMax);
  } catch {
    return [];
  }
}

export async function keepPhotos(value: PhotoInput[]) {
  try {
    await set(KEY, value, photos());
  } catch {
    /* not kept: the text still is */
  }
}

/** Forgets the draft's photos and voice message. */
export async function forgetPhotos() {
  try {
    await del(KEY, photos());
    await del(VOICE, photos());
  } catch {
    /* nothing to forget */
  }
}

/** The kept voice message, if the form (and the rules) would take it. */
export async function keptVoice(): Promise<VoiceInput | null> {
  try {
    const v = await get<VoiceInput | null>(VOICE, photos());
    return typeof v?.dataUrl === 'string' &&
      v.dataUrl.length <= voiceCharsMax &&
      Number.isInteger(v.seconds) &&
      v.seconds >= 1 &&
      v.seconds <= voiceSecondsMax
      ? { dataUrl: v.dataUrl, seconds: v.seconds }
      : null;
  } catch {
    return null;
  }
}

export async function keepVoice(value: VoiceInput | null) {
  try {
    await (value ? set(VOICE, value, photos()) : del(VOICE, photos()));
  } catch {
    /* not kept: the rest still is */
  }
}
