/**
 * Rule coverage from the Firestore emulator: which lines of firestore.rules the test run evaluated, merged
 * over every project the tests used (each rules test file has its own). The emulator reports a tree of
 * evaluated expressions per project (`:ruleCoverage`) and renders the same as HTML (`:ruleCoverage.html`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  sourcePosition?: { line: number };
  values?: { count?: number }[];
  children?: Node[];
}

function walk(nodes: Node[] | undefined, covered: Set<number>) {
  for (const n of nodes ?? []) {
    if (n.sourcePosition && (n.values ?? []).some((v) => (v.count ?? 0) > 0))
      covered.add(n.sourcePosition.line);
    walk(n.children, covered);
  }
}

/**
 * Lines where a rule expression starts: not blank, not a comment, not only structure (match/function/
 * braces), not the continuation of a list literal (the emulator reports a list at the line it opens on).
 * Constant rules (`allow delete: if false;`, `allow get: if true;`, a `: false` branch) and the policy's
 * constants (`function nameMax() { return 40; }`) are left out: the emulator does not report literals; the
 * access matrix (tests/rules/matrix.rules.test.ts) exercises the former, src/lib/policy.test.ts the latter.
 */
export function expressionLines(rules: string): number[] {
  const out: number[] = [];
  rules.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (
      !line ||
      /^(rules_version|service\s|match\s)/.test(line) ||
      /^function\s+\w+\([^)]*\)\s*\{$/.test(line) ||
      /^[{}();,\]]*$/.test(line) ||
      /^'/.test(line) ||
      /^allow [\w, ]+: if (true|false);$/.test(line) ||
      /^function \w+\(\) \{ return (\d+|'[^']*'|\[[^\]]*\]); \}$/.test(line) ||
      /^: (true|false)\)*;?$/.test(line)
    )
      return;
    out.push(i + 1);
  });
  return out;
}

export async function ruleCoverage(port: number, projects: string[], rules: string, outDir: string) {
  const covered = new Set<number>();
  mkdirSync(outDir, { recursive: true });
  let complete = true; // every project was used (a partial run has less to show)
  for (const p of projects) {
    const base = `http://127.0.0.1:${port}/emulator/v1/projects/${p}:ruleCoverage`;
    const json = (await (await fetch(base)).json()) as { report?: Node[] };
    if (!json.report?.length) complete = false;
    walk(json.report, covered);
    writeFileSync(join(outDir, `${p}.html`), await (await fetch(`${base}.html`)).text());
  }
  const lines = expressionLines(rules);
  const missed = lines.filter((l) => !covered.has(l));
  const text = rules.split('\n');
  const summary = [
    `firestore.rules coverage: ${lines.length - missed.length}/${lines.length} expression lines evaluated by the tests`,
    ...missed.map((l) => `  not evaluated: line ${l}: ${text[l - 1]!.trim()}`),
  ].join('\n');
  writeFileSync(join(outDir, 'summary.txt'), summary + '\n');
  return { lines: lines.length, missed, summary, complete };
}
