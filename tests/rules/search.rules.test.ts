/**
 * Searching (docs/data-model.md "Search"): the queries the queue's and the register's search boxes run —
 * `array-contains` on `search`, a page at most — allowed to whoever may list those records: a worker in each
 * of their buildings, the head everywhere; refused for another building's records, for a resident, and
 * for a search that asks for more than the register's pages allow. (What a write may put in `search`:
 * tests/rules/tickets.rules.test.ts and register.rules.test.ts, "search tokens".)
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  doc,
  getDocs,
  limit,
  orderBy,
  query,
  setDoc,
  where,
  type Firestore,
  type QueryConstraint,
} from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { careListPage, householdsPage, SEARCH_PAGE } from '../../src/lib/policy';
import { householdTokens, ticketTokens } from '../../src/lib/search';
import { careTokens } from '../../src/features/households/api/writes';
import { assertFails, db, makeEnv, seedWorld, type Principal } from './support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('search');
});
afterAll(() => env.cleanup());
beforeEach(async () => {
  await env.clearFirestore();
  await seedWorld(env);
  // The world's tickets and households with their tokens, as the app writes them (src/lib/search.ts).
  await env.withSecurityRulesDisabled(async (ctx) => {
    const f = ctx.firestore() as unknown as Firestore;
    const add = (path: string, search: string[]) => setDoc(doc(f, path), { search }, { merge: true });
    for (const [id, flat] of [
      ['tA', '101'],
      ['tB', '201'],
    ] as const)
      await add(
        `tickets/${id}`,
        ticketTokens({
          id,
          description: '楼道灯坏了',
          reporterName: '王秀英',
          home: { flat },
          location: { flat: null },
        }),
      );
    for (const id of ['hA', 'hB'])
      await add(`households/${id}`, householdTokens({ flat: '101', members: [{ name: '王秀英' }] }));
    for (const id of ['hA', 'hB'])
      await add(`householdPrivate/${id}`, careTokens([{ name: '王', phone: '+8613900000077' }]));
  });
});

/** The search as the app runs it: [in one building,] records having `token`, at most SEARCH_PAGE. */
function search(
  who: Principal,
  path: 'tickets' | 'households' | 'householdPrivate',
  token: string,
  buildingId: string | null,
  size = SEARCH_PAGE,
) {
  const c: QueryConstraint[] = [
    ...(buildingId ? [where('buildingId', '==', buildingId)] : []),
    where('search', 'array-contains', token),
    ...(path === 'tickets' ? [orderBy('createdAt', 'desc')] : []),
    limit(size),
  ];
  return getDocs(query(collection(db(env, who), path), ...c));
}
const ids = async (p: ReturnType<typeof search>) => (await p).docs.map((d) => d.id).sort();

describe('searching tickets', () => {
  it('a worker finds a ticket of their building by a word, the reporter, the number and the flat', async () => {
    expect(await ids(search('workerX', 'tickets', '灯坏', 'b1'))).toEqual(['tA']);
    expect(await ids(search('workerX', 'tickets', '秀英', 'b1'))).toEqual(['tA']);
    expect(await ids(search('workerX', 'tickets', 'ta', 'b1'))).toEqual(['tA']);
    expect(await ids(search('workerX', 'tickets', '101', 'b1'))).toEqual(['tA']);
  });
  it('…but cannot search another building’s tickets, nor all of them', async () => {
    await assertFails(search('workerX', 'tickets', '灯坏', 'b2'));
    await assertFails(search('workerX', 'tickets', '灯坏', null));
  });
  it('the head searches every building at once', async () => {
    expect(await ids(search('head', 'tickets', '灯坏', null))).toEqual(['tA', 'tB']);
  });
  it('a resident cannot search tickets (not even their own building’s)', async () => {
    await assertFails(search('residentA', 'tickets', '灯坏', null));
    await assertFails(search('residentA', 'tickets', '灯坏', 'b1'));
  });
  it('deactivated staff and signed-out visitors cannot search', async () => {
    await assertFails(search('workerOff', 'tickets', '灯坏', 'b1'));
    await assertFails(search('anonymous', 'tickets', '灯坏', 'b1'));
  });
});

describe('searching the register', () => {
  it('a worker finds households of their building by name and flat, and care records by phone', async () => {
    expect(await ids(search('workerX', 'households', '秀英', 'b1'))).toEqual(['hA']);
    expect(await ids(search('workerX', 'households', '101', 'b1'))).toEqual(['hA']);
    expect(await ids(search('workerX', 'householdPrivate', '0077', 'b1'))).toEqual(['hA']);
    expect(await ids(search('workerX', 'householdPrivate', '13900000077', 'b1'))).toEqual(['hA']);
  });
  it('…but not another building’s, nor the whole register', async () => {
    await assertFails(search('workerX', 'households', '秀英', 'b2'));
    await assertFails(search('workerX', 'households', '秀英', null));
    await assertFails(search('workerX', 'householdPrivate', '0077', 'b2'));
    await assertFails(search('workerX', 'householdPrivate', '0077', null));
  });
  it('the head searches the whole register', async () => {
    expect(await ids(search('head', 'households', '秀英', null))).toEqual(['hA', 'hB']);
    expect(await ids(search('head', 'householdPrivate', '0077', null))).toEqual(['hA', 'hB']);
  });
  it('a resident cannot search the register, nor anyone’s phone numbers (not even their own household’s)', async () => {
    await assertFails(search('residentA', 'households', '秀英', 'b1'));
    await assertFails(search('residentA', 'households', '秀英', null));
    await assertFails(search('residentA', 'householdPrivate', '0077', 'b1'));
    await assertFails(search('residentA', 'householdPrivate', '0077', null));
  });
  it('a search asking for more than the lists’ pages is refused', async () => {
    await assertFails(search('workerX', 'households', '秀英', 'b1', householdsPage + 1));
    await assertFails(search('workerX', 'householdPrivate', '0077', 'b1', careListPage + 1));
    expect(SEARCH_PAGE).toBeLessThanOrEqual(Math.min(householdsPage, careListPage));
  });
});
