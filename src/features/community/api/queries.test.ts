import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { env } from '@/config/env';
import { contentPainted } from '@/lib/backend';
import { forgetKept, keep, kept } from '@/lib/kept';
import { prefetchPublicDoc } from '@/lib/public-doc';
import { communityQueries } from './queries';

const restDoc = {
  name: 'projects/demo-shequ/databases/(default)/documents/config/community',
  fields: {
    name: { stringValue: '红星社区' },
    officePhone: { stringValue: '0730-8881234' },
    officeHours: { stringValue: '周一至周五 8:00–17:30' },
    officeHoursEn: { stringValue: 'Mon–Fri 8:00–17:30' },
  },
};

const fetchMock = vi.fn<typeof fetch>();
const load = () => new QueryClient().fetchQuery({ ...communityQueries.info(), retry: false });

beforeEach(() => {
  localStorage.clear();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

// Runs first: the page's first screen has not painted yet (once painted, it stays painted for this file).
describe('a number the phone kept, before the first screen has painted', () => {
  it('is what the screen shows; the server is asked only once the screen has painted', async () => {
    keep(
      ['config', 'community'],
      { name: '红星社区', officePhone: '0730-0000000', officeHours: '' },
      { shared: true },
    );
    fetchMock.mockResolvedValue(new Response(JSON.stringify(restDoc), { status: 200 }));
    const client = new QueryClient();
    const placeholder = communityQueries.info().placeholderData as () => unknown;
    expect(placeholder()).toMatchObject({ officePhone: '0730-0000000' });
    const answer = client.fetchQuery({ ...communityQueries.info(), retry: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(fetchMock).not.toHaveBeenCalled();
    contentPainted();
    await expect(answer).resolves.toMatchObject({ officePhone: '0730-8881234' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe("the office's contact, read without the Firestore SDK", () => {
  it('reads the public document over REST and keeps it for the next visit, through sign-outs', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify(restDoc), { status: 200 }));
    const info = await load();
    expect(info).toEqual({
      name: '红星社区',
      officePhone: '0730-8881234',
      officeHours: '周一至周五 8:00–17:30',
      officeHoursEn: 'Mon–Fri 8:00–17:30',
    });
    const { firestoreHost, firestorePort } = env.emulators!; // the tests run against the emulators
    expect(String(fetchMock.mock.calls[0]![0])).toBe(
      `http://${firestoreHost}:${firestorePort}/v1/projects/${env.projectId}/databases/(default)/documents/config/community`,
    );
    forgetKept();
    expect(kept(['config', 'community'], { shared: true })).toEqual(info);
  });

  it('with no connection: the number seen last; never seen: the error', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(load()).rejects.toThrow('Failed to fetch');
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(restDoc), { status: 200 }));
    await load();
    await expect(load()).resolves.toMatchObject({ officePhone: '0730-8881234' });
  });

  it('no such document: nothing to show; a server error is an error', async () => {
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 404 }));
    await expect(load()).resolves.toBeNull();
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 503 }));
    await expect(load()).rejects.toThrow('HTTP 503');
  });

  it('takes the answer the start-up script asked for early: one request, not two', async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(restDoc), { status: 200 }));
    prefetchPublicDoc('config', 'community');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await expect(load()).resolves.toMatchObject({ officePhone: '0730-8881234' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await load(); // a later read asks the server again
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
