// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { phonePattern } from './policy';
import { formatPhone, isStoredPhone, parsePhone, telHref } from './phone';

describe('what a person types → the stored form', () => {
  it.each([
    // mainland mobiles, every way people write them
    ['13900000077', '+8613900000077', 'mobile'],
    ['139 0000 0077', '+8613900000077', 'mobile'],
    ['139-0000-0077', '+8613900000077', 'mobile'],
    [' 139 0000-0077 ', '+8613900000077', 'mobile'],
    ['+86 139 0000 0077', '+8613900000077', 'mobile'],
    ['+86-139-0000-0077', '+8613900000077', 'mobile'],
    ['86 13900000077', '+8613900000077', 'mobile'],
    ['8613900000077', '+8613900000077', 'mobile'],
    ['0086 139 0000 0077', '+8613900000077', 'mobile'],
    ['+8613900000077', '+8613900000077', 'mobile'],
    ['１３９００００００７７', '+8613900000077', 'mobile'],
    ['＋８６ １３９ ００００ ００７７', '+8613900000077', 'mobile'],
    ['１３９－００００－００７７', '+8613900000077', 'mobile'],
    ['139\u30000000\u30000077', '+8613900000077', 'mobile'],
    ['(139) 0000.0077', '+8613900000077', 'mobile'],
    ['013900000077', '+8613900000077', 'mobile'],
    ['19912345678', '+8619912345678', 'mobile'],
    // landlines with their area code
    ['0730-8821234', '+867308821234', 'landline'],
    ['0730 882 1234', '+867308821234', 'landline'],
    ['07308821234', '+867308821234', 'landline'],
    ['(0730) 8821234', '+867308821234', 'landline'],
    ['（０７３０）８８２１２３４', '+867308821234', 'landline'],
    ['+86 730 8821234', '+867308821234', 'landline'],
    ['+86 (0)730 8821234', '+867308821234', 'landline'],
    ['+867308821234', '+867308821234', 'landline'],
    ['010-65529988', '+861065529988', 'landline'],
    ['+861065529988', '+861065529988', 'landline'],
    ['021 5888 1234', '+862158881234', 'landline'],
    ['0755-88881234', '+8675588881234', 'landline'],
    // abroad, written with + or 00
    ['+852 6123 4567', '+85261234567', 'abroad'],
    ['00852 6123 4567', '+85261234567', 'abroad'],
    ['+1 202 555 0100', '+12025550100', 'abroad'],
  ])('%j → %s (%s)', (typed, e164, kind) => {
    expect(parsePhone(typed)).toEqual({ ok: true, e164, kind });
    expect(e164).toMatch(new RegExp(phonePattern));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    [' - ', 'empty'],
    ['1234', 'invalid'],
    ['1380000', 'invalid'],
    ['1391234', 'invalid'],
    ['12800000001', 'invalid'],
    ['1380000000', 'invalid'],
    ['138000000012', 'invalid'],
    ['8821234', 'invalid'],
    ['7308821234', 'invalid'],
    ['0730-1', 'invalid'],
    ['010-1234567', 'invalid'],
    ['0730-0821234', 'invalid'],
    ['+86 12345', 'invalid'],
    ['+86 128 0000 0001', 'invalid'],
    ['+1234567', 'invalid'],
    ['+1234567890123456', 'invalid'],
    ['139 0000 007７x', 'invalid'],
    ['一三九', 'invalid'],
    ['139+00000077', 'invalid'],
    ['wang@example.com', 'invalid'],
  ])('%j is not a number: %s', (typed, problem) => {
    expect(parsePhone(typed)).toEqual({ ok: false, problem });
  });

  it.each([
    ['139 0000 0077', { ok: true, e164: '+8613900000077', kind: 'mobile' }],
    ['+86 139 0000 0077', { ok: true, e164: '+8613900000077', kind: 'mobile' }],
    ['0730-8821234', { ok: false, problem: 'notMobile' }],
    ['+86 10 6552 9988', { ok: false, problem: 'notMobile' }],
    ['+852 6123 4567', { ok: false, problem: 'invalid' }],
    ['1380000000', { ok: false, problem: 'invalid' }],
    ['', { ok: false, problem: 'empty' }],
  ])('where only a mobile will do: %j', (typed, result) => {
    expect(parsePhone(typed, { mobile: true })).toEqual(result);
  });

  it('the sign-in check (the cases of the old normalizeCnMobile)', () => {
    const e164 = (typed: string) => {
      const p = parsePhone(typed, { mobile: true });
      return p.ok ? p.e164 : null;
    };
    expect(e164('138 0000 0001')).toBe('+8613800000001');
    expect(e164('+86 138-0000-0001')).toBe('+8613800000001');
    expect(e164('12800000001')).toBeNull();
    expect(e164('1380000000')).toBeNull();
  });

  it('the stored form is exactly what the rules accept', () => {
    expect(isStoredPhone('+8613900000077')).toBe(true);
    expect(isStoredPhone('+867308821234')).toBe(true);
    expect(isStoredPhone('13900000077')).toBe(false);
    expect(isStoredPhone('0730-8821234')).toBe(false);
  });
});

describe('the stored form (or an older one) → what people read and dial', () => {
  it.each([
    // stored
    ['+8613900000077', '139 0000 0077', 'tel:13900000077'],
    ['+867308821234', '0730 882 1234', 'tel:07308821234'],
    ['+861065529988', '010 6552 9988', 'tel:01065529988'],
    ['+8675588881234', '0755 8888 1234', 'tel:075588881234'],
    ['+85261234567', '+85261234567', 'tel:+85261234567'],
    // saved before phones were stored as E.164: shown and dialled the same
    ['13800000001', '138 0000 0001', 'tel:13800000001'],
    ['0730-8821234', '0730 882 1234', 'tel:07308821234'],
    ['0730-8881234', '0730 888 1234', 'tel:07308881234'],
    // not a phone number: shown as written, no link
    ['12345', '12345', null],
    ['0730-1', '0730-1', null],
    ['0730-8881234 转 8', '0730-8881234 转 8', null],
    ['不详', '不详', null],
    [' ', '', null],
  ])('%s → %j, %s', (stored, shown, href) => {
    expect(formatPhone(stored)).toBe(shown);
    expect(telHref(stored)).toBe(href);
  });

  it('reads back what it stores', () => {
    for (const typed of ['139-0000-0077', '0730 8821234', '010 6552 9988', '+852 6123 4567']) {
      const p = parsePhone(typed);
      if (!p.ok) throw new Error(typed);
      expect(parsePhone(formatPhone(p.e164))).toEqual(p);
      expect(parsePhone(p.e164)).toEqual(p);
    }
  });
});
