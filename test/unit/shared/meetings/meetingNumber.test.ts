import { describe, expect, it } from 'vitest';
import { meetingYearOf, nextMeetingNumber, numberingFor } from '../../../../shared/meetings';

const meeting = (id: string, year: number, number: number) => ({ id, year, number });

describe('meeting number within the year', () => {
  it('starts at 1 and follows the highest number so far', () => {
    expect(nextMeetingNumber([])).toBe(1);
    expect(nextMeetingNumber([1, 2, 3])).toBe(4);
    expect(nextMeetingNumber([3, 1])).toBe(4);
  });

  it('numbers a new meeting after the others of the same year only', () => {
    const existing = [meeting('a', 2025, 1), meeting('b', 2025, 2), meeting('c', 2026, 1)];
    expect(numberingFor(existing, '2026-05-10')).toEqual({ year: 2026, number: 2 });
    expect(numberingFor(existing, '2025-12-30')).toEqual({ year: 2025, number: 3 });
    expect(numberingFor(existing, '2027-01-08')).toEqual({ year: 2027, number: 1 });
  });

  it('keeps the number of a meeting whose day changes within its year', () => {
    const moved = meeting('b', 2025, 2);
    const existing = [meeting('a', 2025, 1), moved, meeting('c', 2025, 3)];
    expect(numberingFor(existing, '2025-11-02', moved)).toEqual({ year: 2025, number: 2 });
  });

  it('gives the next number of the new year to a meeting moved into it', () => {
    const moved = meeting('b', 2025, 2);
    const existing = [meeting('a', 2025, 1), moved, meeting('c', 2026, 1)];
    expect(numberingFor(existing, '2026-01-20', moved)).toEqual({ year: 2026, number: 2 });
  });

  it('reads the year from the calendar day', () => {
    expect(meetingYearOf('2026-03-03')).toBe(2026);
  });
});
