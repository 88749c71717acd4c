import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfflineBanner } from './OfflineBanner';

// Firestore's view of its connection, driven by the test.
let report: (reachable: boolean) => void = () => undefined;
vi.mock('@/lib/backend', () => ({
  getBackend: () =>
    Promise.resolve({
      watchServerReach: (cb: (reachable: boolean) => void) => {
        report = cb;
        return () => undefined;
      },
    }),
}));

describe('OfflineBanner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says the server cannot be reached only once that has lasted a few seconds, and clears when it answers', async () => {
    render(<OfflineBanner />);
    await act(() => vi.advanceTimersByTimeAsync(0)); // the backend loads
    expect(screen.getByRole('status')).toHaveTextContent('');

    act(() => report(false)); // a page opening from the cache before its first server answer
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    act(() => report(true));
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(screen.getByRole('status')).toHaveTextContent('');

    act(() => report(false)); // the server went away
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(screen.getByRole('status')).toHaveTextContent('暂时连不上社区服务器');
    expect(screen.getByRole('status')).toHaveTextContent('填写的内容不会丢失');

    act(() => report(true));
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says the phone is offline when the browser has no connection', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<OfflineBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('网络已断开');
  });
});
