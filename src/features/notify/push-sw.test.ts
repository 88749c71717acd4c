// @vitest-environment node
/**
 * The service worker's notification handlers (public/push-sw.js), run as the worker runs them: the script
 * evaluated with a worker's global (`self`), its `push` and `notificationclick` listeners called with
 * events, what they do recorded.
 */
import { describe, expect, it, vi } from 'vitest';
import source from '../../../public/push-sw.js?raw';
const ORIGIN = 'https://shequ.example.cn';

/** A service worker's global with one window of the app open (or none), and the script run in it. */
function worker(windows: { url: string }[] = []) {
  const listeners = new Map<string, (e: unknown) => void>();
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const open = windows.map((w) => ({
    url: w.url,
    focus: vi.fn(async () => undefined),
    navigate: vi.fn(async () => undefined),
  }));
  const self = {
    location: { origin: ORIGIN },
    registration: {
      showNotification: vi.fn(async (title: string, options: Record<string, unknown>) => {
        shown.push({ title, options });
      }),
    },
    clients: { matchAll: vi.fn(async () => open), openWindow: vi.fn(async () => null) },
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
  };
  // (the script as the worker evaluates it, its global `self` being this one)
  new Function('self', source)(self);
  /** Dispatches an event and waits for what it asked to wait for. */
  const fire = async (type: string, event: Record<string, unknown>) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({ ...event, waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  return { self, shown, open, fire };
}

const push = (payload: unknown) => ({
  data: { text: () => (typeof payload === 'string' ? payload : JSON.stringify(payload)) },
});

describe('a push arriving at the app’s service worker', () => {
  it('shows the notification: its title, its words, the app’s icon, the page in its data', async () => {
    const w = worker();
    await w.fire(
      'push',
      push({
        title: '社区服务',
        body: '您家12月3日反映的问题已受理。',
        url: `${ORIGIN}/tickets/t1`,
        silent: false,
      }),
    );
    expect(w.shown).toEqual([
      {
        title: '社区服务',
        options: {
          body: '您家12月3日反映的问题已受理。',
          icon: '/icon-192.png',
          badge: '/icon-192.png',
          tag: `${ORIGIN}/tickets/t1`,
          renotify: true,
          silent: false,
          data: { url: `${ORIGIN}/tickets/t1` },
        },
      },
    ]);
  });

  it('in quiet hours shows it silently; an empty or garbled push still shows the app’s name', async () => {
    const w = worker();
    await w.fire(
      'push',
      push({ title: '社区服务', body: '3栋有新报事。', url: '/tickets/t2', silent: true }),
    );
    expect(w.shown[0]!.options).toMatchObject({ silent: true, renotify: false });
    await w.fire('push', push('not json'));
    await w.fire('push', { data: null });
    expect(w.shown.slice(1).map((s) => [s.title, s.options.body, s.options.data])).toEqual([
      ['社区服务', '', { url: '/' }],
      ['社区服务', '', { url: '/' }],
    ]);
  });
});

describe('a tap on the notification', () => {
  const tap = (url: unknown) => {
    const notification = { close: vi.fn(), data: { url } };
    return { notification };
  };

  it('with the app open: closes the notification, takes that window to the page and brings it forward', async () => {
    const w = worker([{ url: `${ORIGIN}/me` }]);
    const e = tap(`${ORIGIN}/tickets/t1`);
    await w.fire('notificationclick', e);
    expect(e.notification.close).toHaveBeenCalled();
    expect(w.open[0]!.navigate).toHaveBeenCalledWith(`${ORIGIN}/tickets/t1`);
    expect(w.open[0]!.focus).toHaveBeenCalled();
    expect(w.self.clients.openWindow).not.toHaveBeenCalled();
  });

  it('with the app closed: opens it at the page; another site’s address opens the app’s home', async () => {
    const w = worker();
    await w.fire('notificationclick', tap('/events/ev1'));
    expect(w.self.clients.openWindow).toHaveBeenLastCalledWith(`${ORIGIN}/events/ev1`);
    await w.fire('notificationclick', tap('https://evil.example/phish'));
    expect(w.self.clients.openWindow).toHaveBeenLastCalledWith(`${ORIGIN}/`);
    await w.fire('notificationclick', tap(undefined));
    expect(w.self.clients.openWindow).toHaveBeenLastCalledWith(`${ORIGIN}/`);
  });
});
