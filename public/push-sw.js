// @ts-check
/**
 * Phone notifications in the app's service worker: the worker vite-plugin-pwa generates imports this file
 * (`workbox.importScripts` in vite.config.ts). A push from the community's functions carries JSON
 * `{ title, body, url, silent }` (functions/src/notify/push.ts); it is shown as a notification, and a tap
 * on it brings the app to that page (an open window of the app if there is one, else a new one).
 *
 * The handlers are plain functions of what they need (`shequPush`), so a unit test runs them without a
 * browser (src/features/notify/push-sw.test.ts).
 */
(function (scope) {
  /** @param {unknown} data @returns {{ title: string, body: string, url: string, silent: boolean }} */
  function readPayload(data) {
    /** @type {Record<string, unknown>} */
    let p = {};
    try {
      const parsed = typeof data === 'string' ? JSON.parse(data) : data;
      if (parsed && typeof parsed === 'object') p = /** @type {Record<string, unknown>} */ (parsed);
    } catch {
      // not JSON: shown as the app's name with nothing more
    }
    const str = (/** @type {unknown} */ v, /** @type {string} */ d) => (typeof v === 'string' && v ? v : d);
    return {
      title: str(p.title, '社区服务'),
      body: str(p.body, ''),
      url: str(p.url, '/'),
      silent: p.silent === true,
    };
  }

  /**
   * The notification for a push: title, words, the app's icon, the page to open; a later one about the same
   * page replaces it (its tag) rather than piling up.
   * @param {{ showNotification(title: string, options: object): Promise<void> }} registration
   * @param {string | null} text the push's data as text
   */
  function onPush(registration, text) {
    const p = readPayload(text);
    return registration.showNotification(p.title, {
      body: p.body,
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      tag: p.url,
      renotify: !p.silent,
      silent: p.silent,
      data: { url: p.url },
    });
  }

  /**
   * A tap on a notification: closes it and shows its page in the app — focusing a window of the app already
   * open (and taking it there), else opening one. Only the app's own pages: another site's address opens
   * the app's home.
   * @param {{ close(): void, data?: { url?: unknown } }} notification
   * @param {{ matchAll(o: object): Promise<ReadonlyArray<{ url: string, focus(): Promise<unknown>, navigate?(url: string): Promise<unknown> }>>, openWindow(url: string): Promise<unknown> }} clients
   * @param {string} origin the app's origin
   */
  async function onClick(notification, clients, origin) {
    notification.close();
    const raw = notification.data && typeof notification.data.url === 'string' ? notification.data.url : '/';
    let target;
    try {
      const u = new URL(raw, origin);
      target = u.origin === origin ? u.href : new URL('/', origin).href;
    } catch {
      target = new URL('/', origin).href;
    }
    const open = await clients.matchAll({ type: 'window', includeUncontrolled: true });
    const win = open.find((c) => c.url.startsWith(origin));
    if (win) {
      if (win.url !== target && win.navigate) await win.navigate(target);
      return win.focus();
    }
    return clients.openWindow(target);
  }

  const api = { readPayload, onPush, onClick };
  /** @type {any} */ (scope).shequPush = api;

  if (typeof scope.addEventListener === 'function' && 'registration' in scope) {
    const sw = /** @type {any} */ (scope);
    sw.addEventListener('push', (/** @type {any} */ event) => {
      event.waitUntil(onPush(sw.registration, event.data ? event.data.text() : null));
    });
    sw.addEventListener('notificationclick', (/** @type {any} */ event) => {
      event.waitUntil(onClick(event.notification, sw.clients, sw.location.origin));
    });
  }
})(self);
