/**
 * A new community's first data (npm run admin:setup-community): what it writes is what the app can then
 * edit under the rules — the head gives a building to a worker and changes a category — and it never
 * overwrites a community already set up.
 */
import type { RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  FieldPath,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { deleteApp } from 'firebase-admin/app';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { planSetup, writeSetup } from '../../scripts/lib/setup-community';
import { adminApp } from '../../scripts/seed/write';
import { parseBuildingDirectory } from '../../src/features/buildings/api/converter';
import { assignWrites } from '../../src/features/buildings/api/writes';
import { addAudit, assertFails, assertSucceeds, db, makeEnv, profile, STAFF_ACTORS } from '../rules/support';

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../docs/community.example.json'), 'utf8'),
);

describe('the community file', () => {
  it('makes the community, the categories, each building and the directory', () => {
    const plan = planSetup(example, 'now');
    expect(plan.problems).toEqual([]);
    expect(plan.docs.map((d) => d.path)).toEqual([
      'config/community',
      'config/categories',
      'buildings/b1',
      'buildings/b2',
      'config/buildings',
    ]);
  });
  it('names every problem and where it is', () => {
    const plan = planSetup(
      {
        community: {
          name: ' ',
          officePhone: '1',
          officeHours: 'x'.repeat(200),
          officeHoursEn: 'y'.repeat(81),
        },
        buildings: [
          { number: 1, entrances: 0, floors: 6 },
          { number: 1, entrances: 2, floors: 99, commonAreas: ['garden'] },
        ],
      },
      'now',
    );
    expect(plan.docs).toEqual([]);
    expect(plan.problems).toEqual([
      'community.name: 1–40 characters',
      'community.officePhone: 3–30 characters',
      'community.officeHours: at most 80 characters',
      'community.officeHoursEn: at most 80 characters',
      'buildings[0].entrances: 1–12',
      'buildings[1].number: building 1 is listed twice',
      'buildings[1].floors: 1–40',
      expect.stringMatching(/^buildings\[1\]\.commonAreas: unknown garden/),
    ]);
    expect(planSetup({}, 'now').problems).toContain('buildings: at least one building');
  });
});

describe('on the emulator, under the rules', () => {
  let env: RulesTestEnvironment;
  beforeAll(async () => {
    env = await makeEnv('setup');
    await env.withSecurityRulesDisabled(async (ctx) => {
      const f = ctx.firestore() as unknown as Firestore;
      await setDoc(
        doc(f, 'users/head'),
        profile({ displayName: '主任', role: 'head', email: 'head@x.test' }),
      );
      await setDoc(doc(f, 'users/wX'), profile({ displayName: '网格X', role: 'worker', email: 'wx@x.test' }));
    });
  });
  afterAll(() => env.cleanup());

  it('sets up once; the head then edits what it wrote; anyone reads the office', async () => {
    const { app, db: admin } = adminApp({
      projectId: env.projectId,
      firestorePort: inject('firestorePort'),
      authPort: null,
    });
    try {
      expect(await writeSetup(admin, example)).toEqual({ problems: [], written: 5 });
      const again = await writeSetup(admin, example);
      expect(again.written).toBe(0);
      expect(again.problems[0]).toMatch(/already set up/);
    } finally {
      await deleteApp(app);
    }
    const head = db(env, 'head');
    // The head gives building 1 to worker X, as the app's assignBuilding writes it (with its audit entry).
    const batch = writeBatch(head);
    const w = assignWrites(
      { serverTimestamp },
      STAFF_ACTORS.head,
      { id: 'b1', number: 1 },
      STAFF_ACTORS.workerX,
    );
    batch.update(doc(head, 'buildings/b1'), w.building);
    batch.update(
      doc(head, 'config/buildings'),
      new FieldPath('items', 'b1', 'workerId'),
      'wX',
      new FieldPath('items', 'b1', 'workerName'),
      '网格X',
      'lastBuilding',
      'b1',
      'updatedAt',
      serverTimestamp(),
    );
    batch.set(doc(head, 'auditLog', w.audit.id), w.audit.data);
    await assertSucceeds(batch.commit());
    // … and changes one category's deadline, as the category editor writes it (with its entry).
    const edit = writeBatch(head);
    const lastAuditId = addAudit(head, edit, 'head', {
      action: 'category.edit',
      targetId: 'water',
      targetLabel: '水',
      buildingId: null,
      fields: ['responseHours'],
    });
    edit.update(
      doc(head, 'config/categories'),
      new FieldPath('items', 'water', 'responseHours'),
      2,
      'lastCategory',
      'water',
      'updatedAt',
      serverTimestamp(),
      'updatedBy',
      'head',
      'lastAuditId',
      lastAuditId,
    );
    await assertSucceeds(edit.commit());
    const office = await assertSucceeds(getDoc(doc(db(env, 'anonymous'), 'config/community')));
    expect(office.data()).toMatchObject({ name: '红星厂社区', officePhone: '0379-6123 4567' });
    const directory = await getDoc(doc(db(env, 'workerX'), 'config/buildings'));
    expect(parseBuildingDirectory(directory.data()?.items).map((b) => [b.number, b.workerName])).toEqual([
      [1, '网格X'],
      [2, null],
    ]);
    // Nobody else writes the office's details.
    await assertFails(setDoc(doc(db(env, 'workerX'), 'config/community'), { name: 'x' }));
  });
});
