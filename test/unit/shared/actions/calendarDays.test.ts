import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDayOf,
  calendarDaysBetween,
  endOfWeekDay,
  isCalendarDay,
} from '../../../../shared/actions';
import { inTimeZone, timeZones } from './timeZones';

describe('calendar days', () => {
  it('really changes the local time zone between runs, so the other tests mean something', () => {
    const january = new Date(Date.UTC(2026, 0, 15, 12));
    const offsets = timeZones.map((zone) => inTimeZone(zone, () => january.getTimezoneOffset()));
    expect(new Set(offsets).size).toBe(timeZones.length);
  });

  for (const zone of timeZones) {
    describe(`in ${zone}`, () => {
      it('steps over the daylight-saving changes of every zone tested', () => {
        inTimeZone(zone, () => {
          expect(addCalendarDays('2026-03-07', 1)).toBe('2026-03-08');
          expect(addCalendarDays('2026-03-08', 1)).toBe('2026-03-09');
          expect(addCalendarDays('2026-09-26', 2)).toBe('2026-09-28');
          expect(addCalendarDays('2026-10-03', 1)).toBe('2026-10-04');
          expect(addCalendarDays('2026-10-04', -1)).toBe('2026-10-03');
          expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
          expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
          expect(addCalendarDays('2026-04-04', 1)).toBe('2026-04-05');
          expect(addCalendarDays('2026-09-05', 1)).toBe('2026-09-06');
          expect(addCalendarDays('2026-09-05', 2)).toBe('2026-09-07');
          expect(addCalendarDays('2026-10-24', 2)).toBe('2026-10-26');
          expect(addCalendarDays('2026-11-01', -1)).toBe('2026-10-31');
          expect(calendarDaysBetween('2026-03-01', '2026-04-01')).toBe(31);
          expect(calendarDaysBetween('2026-09-01', '2026-10-01')).toBe(30);
          expect(calendarDaysBetween('2026-11-10', '2026-10-20')).toBe(-21);
          expect(calendarDaysBetween('2026-01-01', '2027-01-01')).toBe(365);
        });
      });

      it('ends each week on Sunday, also across a clock change', () => {
        inTimeZone(zone, () => {
          expect(endOfWeekDay('2026-03-23')).toBe('2026-03-29');
          expect(endOfWeekDay('2026-03-29')).toBe('2026-03-29');
          expect(endOfWeekDay('2026-03-30')).toBe('2026-04-05');
          expect(endOfWeekDay('2026-09-02')).toBe('2026-09-06');
        });
      });

      it('recognizes only real days written as yyyy-MM-dd', () => {
        inTimeZone(zone, () => {
          expect(isCalendarDay('2026-09-06')).toBe(true);
          expect(isCalendarDay('2028-02-29')).toBe(true);
          expect(isCalendarDay('2026-02-29')).toBe(false);
          expect(isCalendarDay('2026-13-01')).toBe(false);
          expect(isCalendarDay('6/9/2026')).toBe(false);
        });
      });
    });
  }

  it('puts the same instant on the day of each time zone', () => {
    const lateEveningInUtc = new Date(Date.UTC(2026, 2, 31, 22, 30));
    const days = Object.fromEntries(
      timeZones.map((zone) => [zone, inTimeZone(zone, () => calendarDayOf(lateEveningInUtc))]),
    );
    expect(days).toEqual({
      'Europe/Rome': '2026-04-01',
      'America/New_York': '2026-03-31',
      'America/Santiago': '2026-03-31',
      'Australia/Lord_Howe': '2026-04-01',
      'Pacific/Auckland': '2026-04-01',
      'Asia/Kolkata': '2026-04-01',
      UTC: '2026-03-31',
    });
  });
});
