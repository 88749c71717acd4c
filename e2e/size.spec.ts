/**
 * The first-load budget (`npm run size`'s check, the same code) on the build these tests serve — an
 * emulator build, which also carries the reads counter: what a resident's phone downloads is a little less.
 */
import { describe, expect, inject, it } from 'vitest';
import { BUDGET, BUDGETED, kb, routeSizes } from '../scripts/lib/bundle-size';

describe('first-load JS', () => {
  it(`sign-in and every resident route stay within ${BUDGET / 1024} KB gzip`, () => {
    const sizes = routeSizes(inject('e2e').distDir);
    expect(
      sizes
        .filter((s) => s.budgeted)
        .map((s) => s.route)
        .sort(),
    ).toEqual([...BUDGETED].sort());
    const over = sizes.filter((s) => s.over).map((s) => `${s.route}: ${kb(s.bytes)}`);
    expect(over, `over ${kb(BUDGET)}`).toEqual([]);
  });
});
