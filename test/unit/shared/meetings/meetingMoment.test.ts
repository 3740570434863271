import { describe, expect, it } from 'vitest';
import {
  defaultArrivalTime,
  defaultClosingTime,
  defaultOpeningTime,
  isInProgress,
  liveMomentOf,
  openingMomentOf,
} from '../../../../shared/meetings/meetingMoment';
import { meetingOn } from './presenceFixtures';

const now = new Date(2026, 11, 5, 15, 21);

describe('the moments of a meeting', () => {
  it('never takes the computer clock for a meeting on another day', () => {
    const ahead = meetingOn('2026-12-10', { startTime: '09:30', endTime: '12:00' });
    expect(defaultOpeningTime(ahead, now)).toBe('09:30');
    expect(defaultClosingTime(ahead, now)).toBe('12:00');
    const opened = { ...ahead, openingTime: '09:30' };
    expect(defaultArrivalTime(opened, now)).toBeNull();
    expect(liveMomentOf(opened, now)).toBe('09:30');
  });

  it('leaves the opening to be typed for a meeting on another day without a start time', () => {
    expect(defaultOpeningTime(meetingOn('2026-12-10', { startTime: null }), now)).toBeNull();
  });

  it('takes the clock on the meeting day, and a late arrival at a meeting in progress', () => {
    const today = meetingOn('2026-12-05', { startTime: '14:30' });
    expect(defaultOpeningTime(today, now)).toBe('15:21');
    expect(defaultArrivalTime(today, now)).toBeNull();
    const opened = { ...today, openingTime: '14:35' };
    expect(isInProgress(opened, now)).toBe(true);
    expect(defaultArrivalTime(opened, now)).toBe('15:21');
    expect(liveMomentOf(opened, now)).toBe('15:21');
    const closed = { ...opened, closingTime: '15:10' };
    expect(isInProgress(closed, now)).toBe(false);
    expect(liveMomentOf(closed, now)).toBe('14:35');
  });

  it('counts the minutes at the opening, or at the start time before the meeting opened', () => {
    expect(openingMomentOf(meetingOn('2026-12-10', { openingTime: '09:40' }))).toBe('09:40');
    expect(openingMomentOf(meetingOn('2026-12-10'))).toBe('09:30');
    expect(openingMomentOf(meetingOn('2026-12-10', { startTime: null }))).toBeNull();
  });
});
