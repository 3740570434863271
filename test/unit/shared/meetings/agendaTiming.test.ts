import { describe, expect, it } from 'vitest';
import {
  addRomeMinutes,
  agendaTiming,
  instantOfRomeTime,
  minutesBetween,
} from '../../../../shared/meetings';

const items = (...minutes: number[]) => minutes.map((plannedMinutes) => ({ plannedMinutes }));

describe('agenda timing', () => {
  it('places each item after the previous one from the start time', () => {
    const timing = agendaTiming('2026-04-15', '10:00', items(5, 30, 20, 10));
    expect(timing.items.map((item) => `${item.start.time}-${item.end.time}`)).toEqual([
      '10:00-10:05',
      '10:05-10:35',
      '10:35-10:55',
      '10:55-11:05',
    ]);
    expect(timing.totalMinutes).toBe(65);
    expect(timing.end).toEqual({ date: '2026-04-15', time: '11:05' });
  });

  it('ends on the next day when the agenda crosses midnight', () => {
    const timing = agendaTiming('2026-12-31', '23:00', items(45, 30));
    expect(timing.items[1]?.start).toEqual({ date: '2026-12-31', time: '23:45' });
    expect(timing.end).toEqual({ date: '2027-01-01', time: '00:15' });
  });

  it('moves the wall clock forward an hour when summer time starts in Rome', () => {
    // 29 March 2026: at 02:00 the clocks in Rome go to 03:00.
    const timing = agendaTiming('2026-03-29', '01:30', items(20, 40));
    expect(timing.items[1]?.start.time).toBe('01:50');
    expect(timing.end).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(timing.totalMinutes).toBe(60);
  });

  it('moves the wall clock back an hour when summer time ends in Rome', () => {
    // 25 October 2026: at 03:00 the clocks in Rome go back to 02:00.
    const timing = agendaTiming('2026-10-25', '01:30', items(60, 60, 30));
    expect(timing.items.map((item) => item.end.time)).toEqual(['02:30', '02:30', '03:00']);
    expect(timing.end).toEqual({ date: '2026-10-25', time: '03:00' });
  });

  it('counts the real minutes between two wall-clock times across a clock change', () => {
    expect(
      minutesBetween({ date: '2026-03-28', time: '23:00' }, { date: '2026-03-29', time: '04:00' }),
    ).toBe(240);
    expect(
      minutesBetween({ date: '2026-10-24', time: '23:00' }, { date: '2026-10-25', time: '04:00' }),
    ).toBe(360);
  });

  it('reads Rome wall-clock times as the right instants in winter and summer', () => {
    expect(instantOfRomeTime({ date: '2026-01-15', time: '10:00' }).toISOString()).toBe(
      '2026-01-15T09:00:00.000Z',
    );
    expect(instantOfRomeTime({ date: '2026-07-15', time: '10:00' }).toISOString()).toBe(
      '2026-07-15T08:00:00.000Z',
    );
    expect(addRomeMinutes({ date: '2026-07-15', time: '10:00' }, 0)).toEqual({
      date: '2026-07-15',
      time: '10:00',
    });
  });

  it('gives the total but no times when the meeting has no start time', () => {
    const timing = agendaTiming('2026-04-15', null, items(10, 20));
    expect(timing).toEqual({ items: [], totalMinutes: 30, end: null });
  });
});
