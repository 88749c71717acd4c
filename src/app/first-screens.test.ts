import { render, waitFor } from '@testing-library/react';
import { createElement, lazy, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { keep } from '@/lib/kept';
import {
  firstScreensArrived,
  needsOfficeNumber,
  preload,
  ready,
  screens,
  screensFor,
  within,
} from './first-screens';

const resident = { role: 'resident', active: true } as const;

describe('screensFor: the chunks fetched side by side as the page starts', () => {
  it('a returning resident on the home screen: the signed-in shell, the home and the resident home together', () => {
    expect(screensFor('/', true, resident)).toEqual(['shell', 'home', 'resident']);
  });
  it("a worker's or the head's own home, from the profile the phone kept", () => {
    expect(screensFor('/', true, { role: 'worker', active: true })).toEqual(['shell', 'home', 'worker']);
    expect(screensFor('/', true, { role: 'head', active: true })).toEqual(['shell', 'home', 'head']);
    // a deactivated worker sees the resident home
    expect(screensFor('/', true, { role: 'worker', active: false })).toEqual(['shell', 'home', 'resident']);
    expect(screensFor('/', true, undefined)).toEqual(['shell', 'home', 'resident']);
  });
  it('a ticket, the report form (also a refused report being fixed)', () => {
    expect(screensFor('/tickets/t1', true, resident)).toEqual(['shell', 'ticket']);
    expect(screensFor('/report', true, resident)).toEqual(['shell', 'report']);
    expect(screensFor('/report/abc/', true, resident)).toEqual(['shell', 'report']);
  });
  it('nobody remembered on this phone: the sign-in screen, wherever the link pointed', () => {
    expect(screensFor('/tickets/t1', false, undefined)).toEqual(['signIn']);
    expect(screensFor('/signin', true, resident)).toEqual(['signIn']);
  });
  it('other screens: only the signed-in shell (their own chunk loads as they render)', () => {
    expect(screensFor('/events', true, resident)).toEqual(['shell']);
  });
});

describe("the office's number asked for alongside the code", () => {
  it('on the sign-in page and the resident home, only when the phone has never seen it', () => {
    localStorage.clear();
    expect(needsOfficeNumber(['signIn'])).toBe(true);
    expect(needsOfficeNumber(['shell', 'home', 'resident'])).toBe(true);
    expect(needsOfficeNumber(['shell', 'home', 'worker'])).toBe(false);
    expect(needsOfficeNumber(['shell', 'ticket'])).toBe(false);
    // seen before: the screen shows the kept number at once and asks the server once it has rendered
    keep(
      ['config', 'community'],
      { name: '红星社区', officePhone: '0730-8881234', officeHours: '' },
      { shared: true },
    );
    expect(needsOfficeNumber(['signIn'])).toBe(false);
    expect(needsOfficeNumber(['shell', 'home', 'resident'])).toBe(false);
    localStorage.clear();
  });
});

describe('ready: a lazy screen whose code has already arrived', () => {
  const Screen = () => createElement('p', null, 'the screen');
  function renderLazy(load: () => Promise<{ default: () => ReturnType<typeof Screen> }>) {
    const fallbacks = { count: 0 };
    const Fallback = () => {
      fallbacks.count++;
      return createElement('p', null, 'loading');
    };
    const Lazy = lazy(() => ready(load));
    return {
      fallbacks,
      view: render(createElement(Suspense, { fallback: createElement(Fallback) }, createElement(Lazy))),
    };
  }

  it('renders in the first pass, never showing the loading fallback', async () => {
    const load = () => Promise.resolve({ default: Screen });
    await preload(load);
    const { fallbacks, view } = renderLazy(load);
    expect(view.container.textContent).toBe('the screen');
    expect(fallbacks.count).toBe(0);
  });

  it('still loading: the fallback, then the screen', async () => {
    const load = () =>
      new Promise<{ default: typeof Screen }>((r) => setTimeout(() => r({ default: Screen }), 10));
    const { fallbacks, view } = renderLazy(load);
    expect(view.container.textContent).toBe('loading');
    await waitFor(() => expect(view.container.textContent).toBe('the screen'));
    expect(fallbacks.count).toBe(1);
  });
});

describe("the first render waits for the first screen's code", () => {
  it('once it has arrived, the screen renders in the first pass (nobody signed in: the sign-in screen)', async () => {
    await firstScreensArrived(20_000);
    let now = false;
    void ready(screens.signIn).then(() => (now = true));
    expect(now).toBe(true);
  });

  it('waits no longer than it is told to, and not at all once the code is there', async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      void within(new Promise(() => {}), 1000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);

      let early = false;
      void within(Promise.resolve(), 1000).then(() => (early = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(early).toBe(true);
      let failed = false;
      void within(Promise.reject(new Error('offline')), 1000).then(() => (failed = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(failed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
