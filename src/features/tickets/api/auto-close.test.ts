import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmDays, DAY_MS } from '@/lib/policy';
import { ticket } from '@/testing/fixtures';
import type { Viewer } from '../policy';
import type { Ticket } from '../types';
import { useAutoClose } from './auto-close';

const changeTicket = vi.hoisted(() => vi.fn());
vi.mock('./lazy-mutations', () => ({ changeTicket }));

const household: Viewer = { uid: 'r', name: '王秀英', role: 'resident', householdId: 'h' };
const resolvedDaysAgo = (days: number) =>
  ticket({ status: 'resolved', open: false, resolvedAt: new Date(Date.now() - days * DAY_MS) });

beforeEach(() => {
  changeTicket.mockReset();
  changeTicket.mockResolvedValue(undefined);
});

describe('useAutoClose: opening a resolution left unconfirmed closes it', () => {
  it(`past ${confirmDays} days: records the close once, however often the screen renders`, () => {
    const due = resolvedDaysAgo(confirmDays + 1);
    const { rerender } = renderHook(({ t, v }: { t: Ticket; v: Viewer }) => useAutoClose(t, v), {
      initialProps: { t: due, v: household },
    });
    rerender({ t: { ...due }, v: { ...household } });
    expect(changeTicket).toHaveBeenCalledTimes(1);
    expect(changeTicket).toHaveBeenCalledWith(household, due, { kind: 'autoClose' });
  });

  it('within the window, while our own change is on its way, or with no ticket yet: nothing', () => {
    renderHook(() => useAutoClose(resolvedDaysAgo(confirmDays - 1), household));
    renderHook(() => useAutoClose({ ...resolvedDaysAgo(confirmDays + 1), pending: true }, household));
    renderHook(() => useAutoClose(null, household));
    expect(changeTicket).not.toHaveBeenCalled();
  });

  it('a refusal (someone closed it first) is quiet', async () => {
    changeTicket.mockRejectedValue(Object.assign(new Error('denied'), { code: 'permission-denied' }));
    renderHook(() => useAutoClose(resolvedDaysAgo(confirmDays + 1), household));
    await Promise.resolve();
    expect(changeTicket).toHaveBeenCalledTimes(1);
  });
});
