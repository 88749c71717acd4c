/**
 * First-load JavaScript per route, from Vite's build manifest: the entry chunk, every chunk it imports
 * statically, and the lazy chunks (with their static imports) a route needs before it can render.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The first-load budget: sign-in and every route a resident uses (`npm run size`, e2e/size.spec.ts). */
export const BUDGET = 120 * 1024;
export const BUDGETED = [
  'sign-in',
  'welcome',
  'home (resident)',
  'home (volunteer)',
  'ticket',
  'report',
  'notices',
  'notice',
  'events',
  'event',
  'profile',
  'messages',
] as const;

/** Routes → the lazy modules (manifest keys) they render. */
export const ROUTE_MODULES: Record<string, string[]> = {
  'sign-in': ['src/app/routes/sign-in.tsx'],
  welcome: ['src/app/routes/welcome.tsx'],
  'home (resident)': ['src/app/AppShell.tsx', 'src/app/routes/home.tsx', 'src/app/routes/home/resident.tsx'],
  'home (volunteer)': [
    'src/app/AppShell.tsx',
    'src/app/routes/home.tsx',
    'src/app/routes/home/resident.tsx',
    'src/app/routes/home/upcoming-events.tsx',
  ],
  'home (worker)': [
    'src/app/AppShell.tsx',
    'src/app/routes/home.tsx',
    'src/app/routes/home/worker.tsx',
    'src/i18n/zh-CN.staff.ts',
  ],
  'home (head)': [
    'src/app/AppShell.tsx',
    'src/app/routes/home.tsx',
    'src/app/routes/home/head.tsx',
    'src/i18n/zh-CN.staff.ts',
  ],
  ticket: ['src/app/AppShell.tsx', 'src/app/routes/ticket.tsx'],
  report: ['src/app/AppShell.tsx', 'src/app/routes/report.tsx'],
  notices: ['src/app/routes/notices.tsx', 'src/app/AppShell.tsx'],
  notice: ['src/app/AppShell.tsx', 'src/app/routes/notice.tsx'],
  events: ['src/app/AppShell.tsx', 'src/app/routes/events.tsx'],
  event: ['src/app/AppShell.tsx', 'src/app/routes/event.tsx'],
  profile: ['src/app/AppShell.tsx', 'src/app/routes/profile.tsx'],
  messages: ['src/app/AppShell.tsx', 'src/app/routes/messages.tsx'],
};

export function gzipSize(path: string) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function closure(manifest: Manifest, keys: string[], seen = new Set<string>()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" is not in the build manifest`);
    seen.add(key);
    closure(manifest, chunk.imports ?? [], seen);
  }
  return seen;
}

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The page's entry scripts (the app, and the small script that starts the first screen's chunks). */
export function entryKeys(manifest: Manifest) {
  const keys = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  if (!keys.length) throw new Error('no entry in the build manifest');
  return keys;
}

/** Gzipped bytes of the JS a route needs on first load. */
export function firstLoadJs(distDir: string, modules: string[]) {
  const manifest = readManifest(distDir);
  const keys = closure(manifest, [...entryKeys(manifest), ...modules]);
  let bytes = 0;
  for (const key of keys) bytes += gzipSize(join(distDir, manifest[key]!.file));
  return { bytes, files: [...keys].map((k) => manifest[k]!.file) };
}

/** The Firebase SDK chunk(s): loaded after first paint, never part of the first load. */
export function lazyBackendJs(distDir: string) {
  const manifest = readManifest(distDir);
  const key = Object.keys(manifest).find((k) => k.endsWith('src/lib/firebase.ts'));
  if (!key) return 0;
  const already = closure(manifest, entryKeys(manifest));
  let bytes = 0;
  for (const k of closure(manifest, [key])) {
    if (!already.has(k)) bytes += gzipSize(join(distDir, manifest[k]!.file));
  }
  return bytes;
}

export interface RouteSize {
  route: string;
  /** Gzipped first-load JS. */
  bytes: number;
  /** Held to BUDGET (sign-in and the resident's routes). */
  budgeted: boolean;
  over: boolean;
}

/** Every route's first-load JS in a build, and whether a budgeted one is over BUDGET. */
export function routeSizes(distDir: string): RouteSize[] {
  return Object.entries(ROUTE_MODULES).map(([route, modules]) => {
    const { bytes } = firstLoadJs(distDir, modules);
    const budgeted = (BUDGETED as readonly string[]).includes(route);
    return { route, bytes, budgeted, over: budgeted && bytes > BUDGET };
  });
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
