/**
 * Data saved before the building directory existed (a developer's `.emulator-data/`, a community imported
 * without it): `npm start` writes the directory once from the buildings, so the app's lists are not empty.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { deleteDoc, doc, getDoc, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ensureBuildingDirectory } from '../../scripts/seed/write';
import { parseBuildingDirectory } from '../../src/features/buildings/api/converter';
import { db, makeEnv, seedWorld } from '../rules/support';

let env: RulesTestEnvironment;
beforeAll(async () => {
  env = await makeEnv('directory');
  await seedWorld(env);
});
afterAll(() => env.cleanup());

it('writes a missing directory from the buildings, once, and residents read it', async () => {
  const target = { projectId: env.projectId, firestorePort: inject('firestorePort'), authPort: null };
  await env.withSecurityRulesDisabled((ctx) =>
    deleteDoc(doc(ctx.firestore() as unknown as Firestore, 'config/buildings')),
  );
  expect(await ensureBuildingDirectory(target)).toBe(3);
  const snap = await getDoc(doc(db(env, 'residentA'), 'config/buildings'));
  expect(parseBuildingDirectory(snap.data()?.items).map((b) => [b.id, b.number, b.workerId])).toEqual([
    ['b1', 1, 'wX'],
    ['b2', 2, 'wY'],
    ['b3', 3, null],
  ]);
  expect(await ensureBuildingDirectory(target)).toBeNull(); // already there: left as it is
});
