// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pendingSettler, type SettleSdk } from './settle-pending';

/**
 * A fake SDK that records the order of calls; the test decides when writes are acknowledged. `shown` is
 * what the listener's latest snapshot shows as pending; a read from the server settles the document there.
 */
function fakeSdk(shown: Set<string>) {
  const calls: string[] = [];
  let acknowledge: () => void = () => undefined;
  const acknowledged = new Promise<void>((r) => (acknowledge = r));
  const sdk: SettleSdk = {
    waitForPendingWrites: async () => {
      calls.push('wait');
      await acknowledged;
    },
    sleep: async (ms) => {
      calls.push(`sleep ${ms}`);
    },
    readFromServer: async (path) => {
      calls.push(`read ${path}`);
      shown.delete(path);
    },
  };
  const stillShown = (path: string) => shown.has(path);
  return { sdk, calls, acknowledge, stillShown };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('pendingSettler', () => {
  it('reads a document the listener still shows pending once every write is acknowledged, and only then', async () => {
    const shown = new Set(['tickets/a']);
    const { sdk, calls, acknowledge, stillShown } = fakeSdk(shown);
    pendingSettler(sdk, 100)(['tickets/a'], stillShown);
    await flush();
    expect(calls).toEqual(['wait']); // nothing is read while a write is still on its way
    acknowledge();
    await flush();
    expect(calls).toEqual(['wait', 'sleep 100', 'read tickets/a']);
    expect(shown.has('tickets/a')).toBe(false);
  });

  it('reads nothing when the listener caught up during the grace period', async () => {
    const shown = new Set(['tickets/a']);
    const { sdk, calls, acknowledge, stillShown } = fakeSdk(shown);
    pendingSettler(sdk, 100)(['tickets/a'], stillShown);
    shown.delete('tickets/a'); // the server's copy arrived as usual
    acknowledge();
    await flush();
    expect(calls).toEqual(['wait', 'sleep 100']);
  });

  it('settles each document once at a time however many snapshots show it, and again later if needed', async () => {
    const shown = new Set(['tickets/a', 'tickets/b']);
    const { sdk, calls, acknowledge, stillShown } = fakeSdk(shown);
    const settle = pendingSettler(sdk, 0);
    settle(['tickets/a', 'tickets/b'], stillShown);
    settle(['tickets/a'], stillShown);
    settle(['tickets/a', 'tickets/b'], stillShown);
    acknowledge();
    await flush();
    expect(calls.filter((c) => c.startsWith('read')).sort()).toEqual(['read tickets/a', 'read tickets/b']);
    shown.add('tickets/a'); // written again and stuck again
    settle(['tickets/a'], stillShown);
    await flush();
    expect(calls.filter((c) => c === 'read tickets/a')).toHaveLength(2);
  });

  it('swallows a failed read (offline): a later snapshot asks again', async () => {
    const { sdk, calls, acknowledge, stillShown } = fakeSdk(new Set(['tickets/a']));
    let fail = true;
    const read = sdk.readFromServer;
    sdk.readFromServer = async (path) => {
      if (fail) throw Object.assign(new Error('offline'), { code: 'unavailable' });
      await read(path);
    };
    const settle = pendingSettler(sdk, 0);
    settle(['tickets/a'], stillShown);
    acknowledge();
    await flush();
    expect(calls).not.toContain('read tickets/a');
    fail = false;
    settle(['tickets/a'], stillShown);
    await flush();
    expect(calls).toContain('read tickets/a');
  });
});
