import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONFLICT_BUDGET_MS, retryConflicts } from './signup';

const denied = () => Object.assign(new Error('denied'), { code: 'permission-denied' });

describe('retryConflicts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs a transaction whose commit was denied after its checks again, however many times, within the budget', async () => {
    let attempts = 0;
    const done = retryConflicts(async (a) => {
      a.readsDone = true;
      if (++attempts <= 100) throw denied();
      return 'signed up';
    });
    await vi.runAllTimersAsync();
    await expect(done).resolves.toBe('signed up');
    expect(attempts).toBe(101);
  });

  it('gives up with the refusal once the time budget is spent', async () => {
    let t = 0;
    let attempts = 0;
    const done = retryConflicts(
      async (a) => {
        a.readsDone = true;
        attempts++;
        t += 10_000; // each attempt takes 10 s on this clock
        throw denied();
      },
      () => t,
    );
    const settled = done.catch((e: { code: string }) => e.code);
    await vi.runAllTimersAsync();
    expect(await settled).toBe('permission-denied');
    expect(attempts).toBe(CONFLICT_BUDGET_MS / 10_000);
  });

  it('throws a refusal of the reads at once: that is a real "no", not a conflict', async () => {
    let attempts = 0;
    const done = retryConflicts(async () => {
      attempts++;
      throw denied();
    });
    await expect(done).rejects.toMatchObject({ code: 'permission-denied' });
    expect(attempts).toBe(1);
  });
});
