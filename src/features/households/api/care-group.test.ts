// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CARE_SOON_DAYS, careGroup } from './queries';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 5, 6);

describe('careGroup: where a household is on the care list', () => {
  it('is overdue once its visit date has passed', () => {
    expect(careGroup(new Date(now - 1), now)).toBe('overdue');
    expect(careGroup(new Date(now - 40 * DAY), now)).toBe('overdue');
  });
  it('is due soon from now until the end of the week', () => {
    expect(careGroup(new Date(now), now)).toBe('soon');
    expect(careGroup(new Date(now + CARE_SOON_DAYS * DAY), now)).toBe('soon');
  });
  it('is later after that', () => {
    expect(careGroup(new Date(now + CARE_SOON_DAYS * DAY + 1), now)).toBe('later');
  });
});
