import { describe, expect, it } from 'vitest';
import { pendingSettler, type SettleSdk } from './settle-pending';

/** A fake SDK that records the order of calls; the test decides when writes are acknowledged. */
function fakeSdk(pending: Set<string>) {
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
    stillPending: async (path) => pending.has(path),
    readFromServer: async (path) => {
      calls.push(`read ${path}`);
      pending.delete(path);
    },
  };
  return { sdk, calls, acknowledge };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('pendingSettler', () => {
  it('reads a document that is still pending once every write is acknowledged, and only then', async () => {
    const { sdk, calls, acknowledge } = fakeSdk(new Set(['tickets/a']));
    pendingSettler(sdk, 100)(['tickets/a']);
    await flush();
    expect(calls).toEqual(['wait']); // nothing is read while a write is still on its way
    acknowledge();
    await flush();
    expect(calls).toEqual(['wait', 'sleep 100', 'read tickets/a']);
  });

  it('reads nothing when the listener caught up during the grace period', async () => {
    const pending = new Set(['tickets/a']);
    const { sdk, calls, acknowledge } = fakeSdk(pending);
    pendingSettler(sdk, 100)(['tickets/a']);
    pending.delete('tickets/a'); // the server's copy arrived as usual
    acknowledge();
    await flush();
    expect(calls).toEqual(['wait', 'sleep 100']);
  });

  it('settles each document once at a time however many snapshots show it, and again later if needed', async () => {
    const pending = new Set(['tickets/a', 'tickets/b']);
    const { sdk, calls, acknowledge } = fakeSdk(pending);
    const settle = pendingSettler(sdk, 0);
    settle(['tickets/a', 'tickets/b']);
    settle(['tickets/a']);
    settle(['tickets/a', 'tickets/b']);
    acknowledge();
    await flush();
    expect(calls.filter((c) => c.startsWith('read')).sort()).toEqual(['read tickets/a', 'read tickets/b']);
    pending.add('tickets/a'); // written again and stuck again
    settle(['tickets/a']);
    await flush();
    expect(calls.filter((c) => c === 'read tickets/a')).toHaveLength(2);
  });

  it('swallows a failed read (offline): a later snapshot asks again', async () => {
    const { sdk, calls, acknowledge } = fakeSdk(new Set(['tickets/a']));
    let fail = true;
    const read = sdk.readFromServer;
    sdk.readFromServer = async (path) => {
      if (fail) throw Object.assign(new Error('offline'), { code: 'unavailable' });
      await read(path);
    };
    const settle = pendingSettler(sdk, 0);
    settle(['tickets/a']);
    acknowledge();
    await flush();
    expect(calls).not.toContain('read tickets/a');
    fail = false;
    settle(['tickets/a']);
    await flush();
    expect(calls).toContain('read tickets/a');
  });
});
