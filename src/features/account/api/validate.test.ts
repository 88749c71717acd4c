// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSixDigitCode } from './sign-in';
import { validateAddress, validateName } from './validate';

describe('input checks (the same the rules enforce)', () => {
  // Mobile numbers: src/lib/phone.test.ts (the same four cases).
  it('SMS codes', () => {
    expect(isSixDigitCode(' 123456 ')).toBe(true);
    expect(isSixDigitCode('12345')).toBe(false);
  });
  it('names', () => {
    expect(validateName('  ')).toBe('nameMissing');
    expect(validateName('\u3000')).toBe('nameMissing');
    expect(validateName('\u200b')).toBe('nameMissing'); // a zero-width space shows nothing (the rules' notBlank)
    expect(validateName('名'.repeat(41))).toBe('nameTooLong');
    expect(validateName('名'.repeat(40))).toBeNull();
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
    // five digits are refused, not cut to four (the field no longer cuts what is pasted)
    expect(validateAddress({ buildingId: 'b1', entrance: '1', flat: '12013' }, b).errors).toEqual({
      flat: 'flatInvalid',
    });
  });
});
