import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorKind } from './error-kind';
import { liveListenerCount, liveQueryOptions, manageLiveQueries } from './live-query';

afterEach(() => vi.useRealTimers());

function setup() {
  let push: (v: string) => void = () => {};
  const unsubscribe = vi.fn();
  const subscribe = vi.fn(async (emit: (v: string) => void) => {
    push = emit;
    emit('first');
    return unsubscribe;
  });
  const options = liveQueryOptions(['test', 'live'], subscribe);
  function Show() {
    const q = useQuery(options);
    return <p>{q.data ?? 'loading'}</p>;
  }
  const client = new QueryClient();
  manageLiveQueries(client);
  return { Show, client, subscribe, unsubscribe, push: (v: string) => push(v) };
}

describe('live queries', () => {
  it('show the first snapshot, then every change, from one listener', async () => {
    const { Show, client, subscribe, push } = setup();
    render(
      <QueryClientProvider client={client}>
        <Show />
        <Show />
      </QueryClientProvider>,
    );
    expect(await screen.findAllByText('first')).toHaveLength(2);
    act(() => push('second'));
    expect(await screen.findAllByText('second')).toHaveLength(2);
    expect(subscribe).toHaveBeenCalledTimes(1);
  });

  it('stop listening a few seconds after the last screen using them goes away', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { Show, client, unsubscribe } = setup();
    const view = render(
      <QueryClientProvider client={client}>
        <Show />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('first')).toBeInTheDocument();
    const before = liveListenerCount();
    view.unmount();
    expect(unsubscribe).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(liveListenerCount()).toBe(before - 1);
  });

  it('say a list never loaded on this phone needs a connection, not "none"; one the server answered is empty', async () => {
    localStorage.clear();
    let push: (v: string[], fromCache: boolean) => void = () => {};
    const subscribe = vi.fn(async (emit: (v: string[], fromCache?: boolean) => void) => {
      push = emit;
      return () => {};
    });
    const key = ['test', 'nothing-kept'] as const;
    function Show() {
      const q = useQuery(liveQueryOptions(key, subscribe));
      if (q.isError) return <p>{errorKind(q.error)}</p>;
      return <p>{q.data ? `${q.data.length} items` : 'loading'}</p>;
    }
    const client = new QueryClient();
    const view = render(
      <QueryClientProvider client={client}>
        <Show />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(subscribe).toHaveBeenCalled());
    act(() => push([], true)); // offline, Firestore's cache has nothing
    expect(screen.getByText('loading')).toBeInTheDocument(); // (the server may still answer)
    expect(await screen.findByText('needsConnection', undefined, { timeout: 3_000 })).toBeInTheDocument();
    act(() => push([], false)); // back online: the server says there are none
    expect(await screen.findByText('0 items')).toBeInTheDocument();
    view.unmount();
    client.clear();

    // Next time, offline, the cache's empty answer is the server's last word: shown as empty.
    const again = new QueryClient();
    render(
      <QueryClientProvider client={again}>
        <Show />
      </QueryClientProvider>,
    );
    await vi.waitFor(() => expect(subscribe).toHaveBeenCalledTimes(2));
    act(() => push([], true));
    expect(await screen.findByText('0 items')).toBeInTheDocument();
  });
});
