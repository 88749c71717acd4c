import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
});
