/**
 * firestore.rules and src/lib/policy.ts state the same limits: each rules constant
 * (`function descriptionMax() { return 1000; }`) must equal the policy's value of the same name, neither
 * side may have one the other lacks, and the rules write no other number that could drift.
 */
import { describe, expect, it } from 'vitest';
import rules from '../../firestore.rules?raw';
import * as policy from './policy';
import {
  bucketOf,
  cannedMax,
  eventRolesMax,
  histBounds,
  histBuckets,
  idNumbersMax,
  inviteBuildingsMax,
  isFinishedStatus,
  isOpenStatus,
  membersMax,
  nameMax,
  notBlank,
  partiesMax,
  phonesMax,
  relationMax,
  questionTextMax,
  questionsMax,
  searchTokenMax,
  searchTokensMax,
  searchTokensPattern,
  choicesMax,
  choiceTextMax,
  answerMax,
  otherFlatMax,
  TICKET_STATUSES,
} from './policy';

/** The rules' constants: the policy's lowerCamelCase exports that are values, not functions. */
const RULES = Object.fromEntries(
  Object.entries(policy).filter(([name, value]) => /^[a-z]/.test(name) && typeof value !== 'function'),
);

/** The rules without comments (a `//` inside a string literal does not occur in this file). */
const code = rules.replace(/\/\/.*$/gm, '');
const CONSTANT = /function (\w+)\(\)\s*\{\s*return\s+((?:\d+|'[^']*'|\[[^\]]*\]));\s*\}/g;

/** A rules literal (number, 'string', [list of those]) as a JS value. */
function literal(text: string): unknown {
  return JSON.parse(text.replace(/'([^']*)'/g, (_, inner: string) => JSON.stringify(inner)));
}

/** The constants section at the top of the rules (other functions may return key lists). */
const section = code.slice(code.indexOf('function nameMax()'), code.indexOf('function capped('));
const inRules = new Map([...section.matchAll(CONSTANT)].map((m) => [m[1]!, literal(m[2]!)]));

describe('firestore.rules states the policy', () => {
  it.each(Object.entries(RULES))('%s is the same in the rules', (name, value) => {
    expect(inRules.has(name), `firestore.rules has no function ${name}()`).toBe(true);
    expect(inRules.get(name)).toEqual(value);
  });

  it('has no constant the policy lacks', () => {
    expect([...inRules.keys()].filter((k) => !(k in RULES))).toEqual([]);
  });

  it('uses every constant it states', () => {
    // (relationMax and the question limits are written into their shapes' patterns, checked below)
    const inShapes = [
      'relationMax',
      'questionTextMax',
      'choiceTextMax',
      'answerMax',
      'otherFlatMax',
      'searchTokenMax',
      'searchTokensMax',
    ];
    const unused = [...inRules.keys()].filter(
      (name) => !inShapes.includes(name) && code.split(`${name}()`).length < 3,
    );
    expect(unused).toEqual([]);
  });

  it('writes no other number: every limit is one of the constants', () => {
    const rest = code.replace(CONSTANT, '').replace(/'[^']*'/g, "''"); // (patterns are strings)
    // 0 and 1 (empty, first, one more), 10 (two-digit padding of dates), list indexes (`bound[2]`,
    // `namedEntry(l, 2, …)`: the index of a check the rules unroll), and how many keys an exact shape has
    // (`e.size() == 11`: a shape, not a limit — limits are compared with < and <=); anything else is a limit.
    const numbers = [
      ...rest.matchAll(/(?<![\w.[])(?<!Entry\([\w.]+, )(?<!\.size\(\) == )\d+(?![\w\]])/g),
    ].map((m) => Number(m[0]));
    expect(numbers.filter((n) => ![0, 1, 10].includes(n))).toEqual([]);
  });

  it('the names and relations of list entries are as long as the policy says, and blank as notBlank says', () => {
    const shape = (fn: string) => new RegExp(`function ${fn}\\(\\) \\{\\s*return '([^']*)'`).exec(code)?.[1];
    expect(shape('nameShape')).toMatch(new RegExp(`\\.\\{0,${nameMax - 1}\\}\\$$`));
    expect(shape('relationShape')).toMatch(new RegExp(`\\.\\{0,${relationMax - 1}\\}\\$$`));
    const blank =
      /function notBlank\(v\) \{\s*return v is string && v\.matches\('\(\?s\)\.\*\[\^([^\]]*)\]/.exec(
        code,
      )?.[1];
    expect(blank).toBeTruthy();
    expect(shape('nameShape')).toContain(`[^${blank}]`);
    expect(shape('relationShape')).toContain(`[^${blank}]`);
    for (const [fn, max] of [
      ['questionShape', questionTextMax],
      ['choiceShape', choiceTextMax],
      ['answerShape', answerMax],
      ['otherFlatShape', otherFlatMax],
    ] as const) {
      expect(shape(fn)).toMatch(new RegExp(`\\.\\{0,${max - 1}\\}\\$$`));
      expect(shape(fn)).toContain(`[^${blank}]`);
    }
  });

  it('the search tokens pattern allows searchTokensMax tokens of 1 to searchTokenMax characters', () => {
    const one = `[^ ]{1,${searchTokenMax}}`;
    expect(searchTokensPattern).toBe(`^${one}( ${one}){0,${searchTokensMax - 1}}$`);
  });

  it('lists the rules check entry by entry fit the entries they unroll', () => {
    expect(Math.max(membersMax, idNumbersMax)).toBeLessThanOrEqual(12);
    expect(phonesMax).toBeLessThanOrEqual(6);
    expect(inviteBuildingsMax).toBeLessThanOrEqual(6); // joinedEntry, config/buildings
    expect(eventRolesMax).toBeLessThanOrEqual(8);
    expect(cannedMax).toBeLessThanOrEqual(8);
    expect(questionsMax).toBeLessThanOrEqual(2); // questionEntry, answerEntry
    expect(choicesMax).toBeLessThanOrEqual(4); // choiceEntry
    expect(partiesMax).toBeLessThanOrEqual(10);
  });

  it('the stats buckets the rules unroll: six bounds, seven buckets', () => {
    expect(histBounds).toHaveLength(6);
    expect(histBuckets).toHaveLength(histBounds.length + 1);
  });
});

describe('policy helpers', () => {
  it('bucketOf puts a time in the first bucket whose bound it is under', () => {
    expect(bucketOf(0)).toBe('h0');
    expect(bucketOf(3599)).toBe('h0');
    expect(bucketOf(3600)).toBe('h1');
    expect(bucketOf(86_399)).toBe('h12');
    expect(bucketOf(345_599)).toBe('h48');
    expect(bucketOf(345_600)).toBe('h96');
    expect(bucketOf(10_000_000)).toBe('h96');
  });

  it('open and finished statuses split the statuses, with resolved in neither', () => {
    const open = TICKET_STATUSES.filter(isOpenStatus);
    const finished = TICKET_STATUSES.filter(isFinishedStatus);
    expect(open).toEqual(['submitted', 'accepted', 'in_progress', 'reopened']);
    expect(finished).toEqual(['closed', 'cancelled', 'rejected', 'merged']);
    expect(TICKET_STATUSES.filter((s) => !isOpenStatus(s) && !isFinishedStatus(s))).toEqual(['resolved']);
  });

  it.each([
    ['', false],
    ['   ', false],
    ['\u3000\u3000', false], // ideographic space
    ['\u00a0\u00a0', false], // no-break space
    ['\u2003\u2009\u202f\u205f', false], // em, thin, narrow no-break, medium mathematical spaces
    ['\u200b\u200c\u200d\u2060\ufeff', false], // zero-width space, joiners, word joiner, BOM
    ['\t\n\r\u0085', false], // controls
    ['\u3164\u115f\u1160\uffa0\u2800', false], // Hangul fillers, blank Braille
    ['\u200e\u200f\u202a\u202e', false], // direction marks and embeddings
    ['漏水', true],
    [' a ', true],
    ['\u00a0水\u00a0', true],
    ['👍', true],
  ])('notBlank(%j) is %s', (text, expected) => {
    expect(notBlank(text)).toBe(expected);
  });
});
