// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSixDigitCode, normalizeCnMobile } from './sign-in';
import { validateAddress, validateName } from './validate';

describe('input checks (the same the rules enforce)', () => {
  it('mobile numbers', () => {
    expect(normalizeCnMobile('138 0000 0001')).toBe('+8613800000001');
    expect(normalizeCnMobile('+86 138-0000-0001')).toBe('+8613800000001');
    expect(normalizeCnMobile('12800000001')).toBeNull();
    expect(normalizeCnMobile('1380000000')).toBeNull();
    expect(isSixDigitCode(' 123456 ')).toBe(true);
    expect(isSixDigitCode('12345')).toBe(false);
  });
  it('names', () => {
    expect(validateName('  ')).toBe('nameMissing');
    expect(validateName('\u3000')).toBe('nameMissing');
    expect(validateName('名'.repeat(41))).toBe('nameTooLong');
    expect(validateName('王秀英')).toBeNull();
  });
  it('addresses', () => {
    const b = [{ id: 'b1', number: 1, entrances: 2 }];
    expect(validateAddress({ buildingId: 'b1', entrance: '2', flat: ' 601 ' }, b)).toEqual({
      link: { buildingId: 'b1', entrance: 2, flat: '601' },
      errors: {},
    });
    expect(validateAddress({ buildingId: 'b1', entrance: '3', flat: '601' }, b).errors).toEqual({
      entrance: 'entranceMissing',
    });
    expect(validateAddress({ buildingId: 'b9', entrance: '', flat: '6a1' }, b).errors).toEqual({
      buildingId: 'buildingMissing',
      entrance: 'entranceMissing',
      flat: 'flatInvalid',
    });
  });
});
