// @ts-check
/**
 * Import zones by path (what bulletproof-react gets from `import/no-restricted-paths`, without a module
 * resolver): every import — `@/…` alias or relative, static, dynamic, `export … from`, `import('…')` in a
 * type, `vi.mock('…')` — is resolved against the importing file and held to the zone it lands in.
 *
 *  - `src/features/<name>/` may import its own feature, shared code and packages; never another feature
 *    nor the app (features meet in `src/app`).
 *  - shared code (`src/components`, `src/lib`, `src/i18n`, `src/config`) may import shared code and
 *    packages; never a feature nor the app.
 *  - the app (`src/app`, and the entries `src/main.tsx`, `src/boot.ts`) may import anything.
 *  - `src/testing` (test helpers, never shipped) may import anything and be imported by any test.
 *
 * Paths are resolved by name only (no file system): a zone is a folder, so `../../tickets/api/queries` from
 * `src/features/households/api/x.ts` is `src/features/tickets/…` whether or not the file exists.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: this file lives in `<root>/eslint/`. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SHARED = ['components', 'lib', 'i18n', 'config'];
const APP_ENTRIES = ['main.tsx', 'boot.ts'];

/**
 * The zone of a path relative to the root (`/`-separated), or null outside the zones (packages, files
 * outside src/, src/testing).
 * @param {string} path
 * @returns {{ kind: 'feature', name: string } | { kind: 'shared', name: string } | { kind: 'app' } | null}
 */
export function zoneOf(path) {
  const [top, dir, name] = path.split('/');
  if (top !== 'src' || dir === undefined) return null;
  if (dir === 'features' && name) return { kind: 'feature', name };
  if (dir === 'app' || APP_ENTRIES.includes(dir)) return { kind: 'app' };
  if (SHARED.includes(dir)) return { kind: 'shared', name: dir };
  return null;
}

/**
 * Where a specifier points, relative to the root (`/`-separated), or null for a package.
 * @param {string} specifier
 * @param {string} importer absolute path of the importing file
 */
export function target(specifier, importer) {
  const path = specifier.replace(/[?#].*$/, ''); // Vite's `?raw`, `?url`…
  let absolute;
  if (path === '@' || path.startsWith('@/')) absolute = resolve(ROOT, 'src', path.slice(2));
  else if (path.startsWith('./') || path.startsWith('../') || path === '.' || path === '..')
    absolute = resolve(dirname(importer), path);
  else if (isAbsolute(path)) absolute = path;
  else return null;
  const rel = relative(ROOT, absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/**
 * Why `from` may not import `to`, or null when it may.
 * @param {ReturnType<typeof zoneOf>} from
 * @param {ReturnType<typeof zoneOf>} to
 */
export function refusal(from, to) {
  if (!from || !to || from.kind === 'app') return null;
  if (from.kind === 'feature') {
    if (to.kind === 'app') return 'featureToApp';
    if (to.kind === 'feature' && to.name !== from.name) return 'featureToFeature';
    return null;
  }
  if (to.kind === 'feature') return 'sharedToFeature';
  if (to.kind === 'app') return 'sharedToApp';
  return null;
}

/** @param {NonNullable<ReturnType<typeof zoneOf>>} zone */
const zoneName = (zone) =>
  zone.kind === 'feature' ? `features/${zone.name}` : zone.kind === 'app' ? 'app' : zone.name;

const MOCKS = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']);

/** @type {import('eslint').Rule.RuleModule} */
export const importZones = {
  meta: {
    type: 'problem',
    docs: { description: 'Features, shared code and the app import each other only one way, by path.' },
    schema: [],
    messages: {
      featureToFeature:
        '{{from}} imports {{to}} ({{path}}): features do not import other features. They meet in src/app; move what both need to shared code (src/lib, src/components) or into the route.',
      featureToApp:
        '{{from}} imports the app ({{path}}): features do not depend on src/app; pass what they need in from the route.',
      sharedToFeature:
        'Shared code (src/{{from}}) imports {{to}} ({{path}}): shared code does not depend on features; move the piece into shared code or pass it in.',
      sharedToApp:
        'Shared code (src/{{from}}) imports the app ({{path}}): shared code does not depend on src/app.',
    },
  },
  create(context) {
    const importer = context.physicalFilename;
    const rel = relative(ROOT, importer).split(sep).join('/');
    const from = zoneOf(rel);
    if (!from || from.kind === 'app') return {};
    /**
     * @param {import('estree').Node | null | undefined} source
     */
    function check(source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const path = target(source.value, importer);
      if (!path) return;
      const to = zoneOf(path);
      const messageId = refusal(from, to);
      if (!messageId || !from || !to) return;
      context.report({
        node: source,
        messageId,
        data: { from: zoneName(from), to: zoneName(to), path },
      });
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // `typeof import('…')` in a type (typescript-eslint's node, not in ESTree's types)
      /** @param {any} node */
      TSImportType: (node) => check(node.source),
      CallExpression(node) {
        const callee = node.callee;
        if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'vi' &&
          callee.property.type === 'Identifier' &&
          MOCKS.has(callee.property.name)
        ) {
          const first = node.arguments[0];
          if (first && first.type !== 'SpreadElement') check(first);
        }
      },
    };
  },
};

/** The repository's own ESLint plugin (eslint.config.js names it `local`). */
export default { meta: { name: 'local' }, rules: { 'import-zones': importZones } };
