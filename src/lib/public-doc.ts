import { env } from '@/config/env';
import { proxyOf } from '@/config/proxy';
import { reads } from './reads';

type Value =
  | { stringValue: string }
  | { integerValue: string }
  | { doubleValue: number }
  | { booleanValue: boolean }
  | { nullValue: null }
  | Record<string, unknown>;

/** Plain fields of a REST document (strings, numbers, booleans, null); other kinds are left out. */
function decode(fields: Record<string, Value>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if ('stringValue' in v) out[k] = v.stringValue;
    else if ('integerValue' in v) out[k] = Number(v.integerValue);
    else if ('doubleValue' in v) out[k] = v.doubleValue;
    else if ('booleanValue' in v) out[k] = v.booleanValue;
    else if ('nullValue' in v) out[k] = null;
  }
  return out;
}

/**
 * One document anyone may read (the rules' `allow get: if true`), through Firestore's REST API: a single
 * small request, without the SDK. The sign-in screen shows the office's phone number this way before (or
 * without) Firestore's 109 KB: on a weak connection the number someone needs to call should not wait for
 * it. `null` when the document does not exist; throws when the server cannot be reached.
 */
export function getPublicDoc(collection: string, id: string): Promise<Record<string, unknown> | null> {
  const key = `${collection}/${id}`;
  const started = early.get(key);
  early.delete(key);
  return started ?? read(collection, id);
}

const early = new Map<string, Promise<Record<string, unknown> | null>>();

/**
 * Starts reading a public document now, before the screen that shows it has even downloaded (called by the
 * start-up script); the screen's first `getPublicDoc` for it takes this answer.
 */
export function prefetchPublicDoc(collection: string, id: string) {
  const answer = read(collection, id);
  answer.catch(() => undefined); // the screen that takes it handles a failure
  early.set(`${collection}/${id}`, answer);
}

async function read(collection: string, id: string): Promise<Record<string, unknown> | null> {
  const origin =
    proxyOf(env, location)?.origin ??
    (env.emulators
      ? `http://${env.emulators.firestoreHost}:${env.emulators.firestorePort}`
      : 'https://firestore.googleapis.com');
  const key = env.emulators ? '' : `?key=${encodeURIComponent(env.apiKey)}`;
  const res = await fetch(
    `${origin}/v1/projects/${encodeURIComponent(env.projectId)}/databases/(default)/documents/${collection}/${encodeURIComponent(id)}${key}`,
  );
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${collection}/${id}: HTTP ${res.status}`);
  if (import.meta.env.VITE_USE_EMULATORS === 'true') reads.add(collection, 1); // (./reads.ts)
  const body = (await res.json()) as { fields?: Record<string, Value> };
  return decode(body.fields ?? {});
}
