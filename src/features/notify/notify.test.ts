// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { kindsFor } from './kinds';
import { maskPhone } from './mask';

describe('maskPhone', () => {
  it('hides the middle of a number as Chinese services print it', () => {
    expect(maskPhone('+8613800000001')).toBe('138****0001');
    expect(maskPhone('+85261234567')).toBe('+852****4567');
  });
});

describe('kindsFor', () => {
  it('offers each person only the messages that can reach them', () => {
    expect(kindsFor({ role: 'resident', active: true, householdId: 'h1' })).toEqual(['myTickets', 'events']);
    expect(kindsFor({ role: 'resident', active: true, householdId: null })).toEqual(['events']);
    expect(kindsFor({ role: 'worker', active: true, householdId: null })).toEqual([
      'buildingNew',
      'escalations',
    ]);
    expect(kindsFor({ role: 'head', active: true, householdId: 'h1' })).toEqual([
      'myTickets',
      'buildingNew',
      'escalations',
    ]);
  });
});
