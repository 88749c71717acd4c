// @vitest-environment node
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_GROUPS, groupOf, packageOf, type ChunkGroup } from './chunk-groups';
const ROOT = resolve(import.meta.dirname, '../..');
const groups: readonly ChunkGroup[] = CHUNK_GROUPS;

describe('the hand-made chunks (vite.config.ts)', () => {
  it('list only files and packages that exist (a renamed file would silently leave its chunk)', () => {
    const missing = groups.flatMap((g) => [
      ...(g.files ?? []).filter((f) => !existsSync(join(ROOT, f))).map((f) => `${g.name}: ${f}`),
      ...(g.packages ?? [])
        .filter((p) => !existsSync(join(ROOT, 'node_modules', p, 'package.json')))
        .map((p) => `${g.name}: ${p}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('list each file and package once', () => {
    const all = groups.flatMap((g) => [...(g.files ?? []), ...(g.packages ?? [])]);
    expect(all.length).toBe(new Set(all).size);
  });

  it("find a module's group by its path or its package, nothing else", () => {
    const byName = (id: string) => groupOf(ROOT, id)?.name;
    expect(byName(join(ROOT, 'src/lib/kept.ts'))).toBe('boot');
    expect(byName(join(ROOT, 'src/features/tickets/api/queries.ts'))).toBe('tickets');
    expect(byName(join(ROOT, 'src/features/tickets/api/queries.test.ts'))).toBeUndefined();
    expect(byName(join(ROOT, 'src/components/ui/Field.tsx'))).toBe('forms');
    expect(byName(join(ROOT, 'src/components/ui/PhoneLink.tsx'))).toBeUndefined();
    expect(byName(join(ROOT, 'node_modules/react-dom/cjs/react-dom-client.production.js'))).toBe('vendor');
    expect(byName(join(ROOT, 'node_modules/@tanstack/query-core/build/modern/index.js'))).toBe('vendor');
    expect(byName(join(ROOT, 'node_modules/react-redux/dist/react-redux.mjs'))).toBeUndefined();
    expect(byName('\0vite/preload-helper.js')).toBeUndefined();
    expect(packageOf('/x/node_modules/a/node_modules/@s/b/index.js')).toBe('@s/b');
  });
});
