import type { AppEnv } from './env';

// (its own module: only the Firebase modules and the public-document reader use it, after first paint;
// env.ts is in every first load)
/**
 * The proxy as the SDKs take it: Firestore's `host` and `ssl` settings and the origin for plain requests,
 * resolved against the page's own location for `same-origin`. Null when there is none.
 */
export function proxyOf(e: Pick<AppEnv, 'proxyHost'>, page: { host: string; protocol: string }) {
  if (!e.proxyHost) return null;
  // (checked here, with the SDKs it configures, not in every first load; `npm run deploy` checks it too)
  if (e.proxyHost !== 'same-origin' && !/^[a-z0-9.-]+(:\d+)?$/i.test(e.proxyHost))
    throw new Error(`Bad VITE_BACKEND_HOST: ${e.proxyHost} (a host[:port], or same-origin)`);
  const host = e.proxyHost === 'same-origin' ? page.host : e.proxyHost;
  const ssl =
    e.proxyHost === 'same-origin' ? page.protocol === 'https:' : !/^(localhost|127\.0\.0\.1)(:|$)/.test(host);
  return { host, ssl, origin: `${ssl ? 'https' : 'http'}://${host}` };
}
