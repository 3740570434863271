import { describe, expect, it } from 'vitest';
import { todayIsoDate } from '../../../../renderer/app/isoDate';

describe('today as an ISO date', () => {
  it('writes the local calendar day with two-digit month and day', () => {
    expect(todayIsoDate(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
    expect(todayIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('pads a year below 1000 to four digits', () => {
    const early = new Date(2026, 0, 1);
    early.setFullYear(987);
    expect(todayIsoDate(early)).toBe('0987-01-01');
  });
});
