// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkCharacter, cleanIdNumber, idNumberProblem, maskIdNumber } from './id-number';

describe('ID numbers', () => {
  it('computes the check character of GB 11643 (an X where the sum calls for 10)', () => {
    // the standard's own example
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(checkCharacter('44052418800101001')).toBe('4');
  });
  it('accepts a valid 18-character number, typed with spaces and a small x', () => {
    const id = cleanIdNumber(' 110105 19491231 002x ');
    expect(id).toBe('11010519491231002X');
    expect(idNumberProblem(id)).toBeNull();
  });
  it('says what is wrong: too short or long, a letter inside, a wrong check character', () => {
    expect(idNumberProblem('1101051949123100')).toBe('length');
    expect(idNumberProblem('430602194001011234567')).toBe('length');
    expect(idNumberProblem('1101051949A231002X')).toBe('characters');
    expect(idNumberProblem('110105194912310021')).toBe('check');
  });
  it('masks all but the first and last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('430602400101123')).toBe('4306*******1123');
  });
});
