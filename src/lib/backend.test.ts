import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test loads a fresh copy: "the first screen has painted" happens once per page.
const fresh = async () => {
  vi.resetModules();
  return import('./backend');
};

type Callback = (list: { getEntries: () => { startTime: number }[] }) => void;
let report: Callback | undefined;
class FakeObserver {
  static supportedEntryTypes = ['largest-contentful-paint'];
  constructor(cb: Callback) {
    report = cb;
  }
  observe() {}
  disconnect() {
    report = undefined;
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
  report = undefined;
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function settledAfter(p: Promise<void>, ms: number) {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

describe('Firebase waits until the first screen has painted', () => {
  it("starts when the browser reports the screen's paint", async () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const { contentPainted, firstContentPainted } = await fresh();
    contentPainted();
    // the next frame alone is not enough: the frame may reach the screen much later on a slow phone
    expect(await settledAfter(firstContentPainted(), 100)).toBe(false);
    report!({ getEntries: () => [{ startTime: performance.now() }] });
    expect(await settledAfter(firstContentPainted(), 0)).toBe(true);
  });

  it('a paint from before the screen rendered (the loading text) does not count', async () => {
    vi.stubGlobal('PerformanceObserver', FakeObserver);
    const { contentPainted, firstContentPainted } = await fresh();
    await vi.advanceTimersByTimeAsync(50);
    contentPainted();
    report!({ getEntries: () => [{ startTime: 10 }] });
    expect(await settledAfter(firstContentPainted(), 200)).toBe(false);
    // nothing larger painted, so nothing reported: 0.3 s after the next frame at the latest
    expect(await settledAfter(firstContentPainted(), 200)).toBe(true);
  });

  it('a browser without the API: right after the next frame', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const { contentPainted, firstContentPainted } = await fresh();
    contentPainted();
    expect(await settledAfter(firstContentPainted(), 5)).toBe(false);
    expect(await settledAfter(firstContentPainted(), 20)).toBe(true);
  });
});

describe('once the first screen has painted', () => {
  it('later screens watch for nothing more', async () => {
    const observers: unknown[] = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class extends FakeObserver {
        constructor(cb: Callback) {
          super(cb);
          observers.push(this);
        }
      },
    );
    const { contentPainted, firstContentPainted } = await fresh();
    contentPainted();
    report!({ getEntries: () => [{ startTime: performance.now() }] });
    expect(await settledAfter(firstContentPainted(), 0)).toBe(true);
    contentPainted(); // the next screen
    contentPainted();
    expect(observers).toHaveLength(1);
  });
});
