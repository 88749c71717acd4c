/**
 * The chunks made by hand (vite.config.ts), as lists of files and packages instead of path patterns: a file
 * renamed or moved no longer matches a pattern and silently leaves its chunk — into the first load, or out
 * of it. Here it leaves the list's path dangling, which `chunk-groups.test.ts` catches (every listed file
 * exists), and `checkChunkGroups` fails the build if a chunk no longer holds what its group lists or the
 * start-up script's chunk starts waiting for another.
 *
 * A group holds the listed modules; Rolldown adds the modules only they import (e.g. `tickets/types.ts`).
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';

export interface ChunkGroup {
  /** The chunk's name (`assets/<name>-<hash>.js`). */
  name: string;
  /** Source files, from the repository's root. */
  files?: readonly string[];
  /** npm packages (every module under `node_modules/<package>/`). */
  packages?: readonly string[];
}

export const CHUNK_GROUPS = [
  {
    // What src/boot.ts needs (shared with the app): nothing that waits for React's chunk.
    name: 'boot',
    files: [
      'src/app/first-screens.ts',
      'src/app/placeholder.ts',
      'src/app/routes/home/load.ts',
      'src/i18n/stored.ts',
      'src/config/paths.ts',
      'src/config/env.ts',
      'src/lib/kept.ts',
      'src/features/account/api/session-hint.ts',
      'src/features/account/api/keys.ts',
    ],
  },
  {
    // The public-document reader and the reads counter it shares with Firestore's chunk: one file.
    name: 'public-doc',
    files: ['src/lib/public-doc.ts', 'src/lib/reads.ts'],
  },
  {
    // What every screen needs from npm: one file (compresses better than many small pieces).
    name: 'vendor',
    packages: [
      'react',
      'react-dom',
      'scheduler',
      'react-router',
      '@tanstack/react-query',
      '@tanstack/query-core',
      'rosetta',
      'dlv',
      'templite',
    ],
  },
  {
    // The app's shared UI and the helpers the first screen uses (not those only Firebase's chunk or the
    // writing code use: they stay with their importers).
    name: 'ui',
    files: [
      'src/components/ui/Button.tsx',
      'src/components/ui/Card.tsx',
      'src/components/ui/Icon.tsx',
      'src/components/ui/Loading.tsx',
      'src/components/ui/PageTitle.tsx',
      'src/components/ui/OfflineBanner.tsx',
      'src/components/ui/ErrorBoundary.tsx',
      'src/lib/backend.ts',
      'src/lib/converter.ts',
      'src/lib/live-query.ts',
      'src/lib/now.ts',
      'src/lib/online.ts',
      'src/lib/prefs.ts',
      'src/lib/unread.ts',
      'src/lib/policy.ts',
      'src/lib/query-client.ts',
      'src/i18n/format.ts',
      'src/i18n/index.ts',
      'src/i18n/react.ts',
      'src/i18n/zh-CN.ts',
      'src/features/account/api/session.ts',
      'src/features/account/api/queries.ts',
      'src/lib/converters/users.ts',
      'src/features/account/types.ts',
      'src/app/me.ts',
    ],
  },
  {
    // The form primitives: fields with their limits, and the form's own message (every form has both).
    name: 'forms',
    files: [
      'src/components/ui/Field.tsx',
      'src/components/ui/FormError.tsx',
      // the report form's choices, also the merge picker's (staff): one chunk rather than a small one of its own
      'src/features/tickets/components/RadioCards.tsx',
    ],
  },
  {
    // What the resident's ticket screens share (home, a ticket, the report form): one file instead of a
    // dozen small ones, each with its own request and compression overhead.
    name: 'tickets',
    files: [
      'src/features/tickets/api/queries.ts',
      'src/features/tickets/api/converter.ts',
      'src/features/tickets/api/outbox.ts',
      'src/features/tickets/api/lazy-mutations.ts',
      'src/features/tickets/components/category-label.ts',
    ],
  },
  {
    // How a ticket is shown in a list (the homes, a ticket, the followed problems): not the report form's,
    // which shows none before a category is chosen.
    name: 'ticket-rows',
    files: [
      'src/features/tickets/components/TicketList.tsx',
      'src/features/tickets/components/StatusBadge.tsx',
      'src/features/tickets/components/DueLabel.tsx',
    ],
  },
  {
    // Writing (docs/decisions.md, "Every write as a plan"): the plan's encoders and `commitPlan`, one file
    // loaded with the screens that write (in backend.ts, `commitPlan` cost every route's first load). The
    // decoder (src/lib/plan-commit.ts) stays apart, with Firebase's chunk: never in a first load.
    name: 'plans',
    files: ['src/lib/write-plan.ts', 'src/lib/commit-plan.ts'],
  },
] as const satisfies readonly ChunkGroup[];

/** A module id as a path from the root with `/`, or null outside it (virtual modules). */
function fromRoot(root: string, id: string) {
  if (id.startsWith('\0')) return null;
  const rel = relative(root, id.replace(/[?#].*$/, ''));
  return rel.startsWith('..') ? null : rel.split(sep).join('/');
}

/** The npm package a module id belongs to (the innermost `node_modules/<package>`), or null. */
export function packageOf(id: string) {
  const parts = id.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at === -1) return null;
  const name = parts[at + 1];
  if (!name) return null;
  return name.startsWith('@') ? `${name}/${parts[at + 2] ?? ''}` : name;
}

/** The group a module is listed in, if any. */
export function groupOf(root: string, id: string): ChunkGroup | undefined {
  const pkg = packageOf(id);
  if (pkg) return CHUNK_GROUPS.find((g: ChunkGroup) => g.packages?.includes(pkg));
  const path = fromRoot(root, id);
  return path === null ? undefined : CHUNK_GROUPS.find((g: ChunkGroup) => g.files?.includes(path));
}

/** Rolldown's `output.codeSplitting.groups`, from the lists. */
export function codeSplittingGroups(root: string) {
  return CHUNK_GROUPS.map((group) => ({
    name: group.name,
    test: (id: string) => groupOf(root, id) === group,
  }));
}

/**
 * Fails the build when its chunks no longer match the groups' intent: every listed module that is part of
 * the build sits in its group's chunk (one chunk per group), and the start-up script's chunk imports no other
 * chunk (it must not wait for React's).
 */
export function checkChunkGroups(root: string): Plugin {
  return {
    name: 'shequ-check-chunk-groups',
    apply: 'build',
    generateBundle(_options, bundle) {
      const problems: string[] = [];
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      for (const group of CHUNK_GROUPS) {
        const own = chunks.filter((c) => c.name === group.name && !c.isEntry);
        if (own.length !== 1) {
          problems.push(`group "${group.name}" made ${own.length} chunks`);
          continue;
        }
        for (const chunk of chunks) {
          if (chunk === own[0]) continue;
          for (const id of chunk.moduleIds) {
            if (groupOf(root, id) === group)
              problems.push(`${fromRoot(root, id) ?? id} (group "${group.name}") is in ${chunk.fileName}`);
          }
        }
      }
      const boot = chunks.find((c) => c.name === 'boot' && !c.isEntry);
      if (boot?.imports.length)
        problems.push(`the start-up script's chunk ${boot.fileName} imports ${boot.imports.join(', ')}`);
      if (problems.length)
        this.error(
          `The build's chunks no longer match scripts/lib/chunk-groups.ts:\n  ${problems.join('\n  ')}`,
        );
    },
  };
}
