// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { warningDays, clusterHouseholds } from './warning.js';

const cst = (iso: string) => new Date(`${iso}+08:00`);

describe('预警: several households of a building with the same kind of problem', () => {
  it('looks at today and the 7 days before, on the community’s calendar', () => {
    const days = warningDays(cst('2026-12-08T00:30:00'));
    expect(days).toHaveLength(8);
    expect(days[0]).toBe('2026-12-08');
    expect(days[7]).toBe('2026-12-01');
  });

  it('counts each household once, under its building and category only', () => {
    const day1 = { reports: { 'b3~water': { h1: true, h2: true }, 'b4~water': { h9: true } } };
    const day2 = { reports: { 'b3~water': { h2: true, h3: true }, 'b3~power': { h4: true } } };
    expect(clusterHouseholds([day1, undefined, day2], 'b3~water')).toBe(3);
    expect(clusterHouseholds([day1, day2], 'b3~power')).toBe(1);
    expect(clusterHouseholds([undefined], 'b3~water')).toBe(0);
  });
});
