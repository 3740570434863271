import { describe, expect, it } from 'vitest';
import {
  closingTimeProblem,
  isPastMeetingDate,
  lifecycleProblem,
  meetingScheduleProblems,
  reasonProblem,
  type MeetingSchedule,
} from '../../../../shared/meetings/meetingRules';

const schedule = (changes: Partial<MeetingSchedule> = {}): MeetingSchedule => ({
  title: 'Cabina di regia',
  date: '2026-12-10',
  startTime: '10:00',
  endTime: '12:00',
  ...changes,
});

const messages = (values: MeetingSchedule): string[] =>
  meetingScheduleProblems(values).map((problem) => problem.message);

describe('meeting schedule rules', () => {
  it('accepts a titled meeting that ends after it starts, or has no end', () => {
    expect(messages(schedule())).toEqual([]);
    expect(messages(schedule({ endTime: null }))).toEqual([]);
  });

  it('refuses an end at or before the start', () => {
    expect(messages(schedule({ startTime: '10:00', endTime: '09:00' }))).toEqual([
      'meetings.rule.endBeforeStart',
    ]);
    expect(messages(schedule({ startTime: '10:00', endTime: '10:00' }))).toEqual([
      'meetings.rule.endBeforeStart',
    ]);
  });

  it('refuses an empty or blank title and one over 200 characters', () => {
    expect(messages(schedule({ title: '   ' }))).toEqual(['meetings.rule.titleRequired']);
    expect(messages(schedule({ title: 'x'.repeat(200) }))).toEqual([]);
    expect(messages(schedule({ title: 'x'.repeat(2000) }))).toEqual(['meetings.rule.titleTooLong']);
  });

  it('refuses a missing or malformed date', () => {
    expect(messages(schedule({ date: '' }))).toEqual(['meetings.rule.dateRequired']);
    expect(messages(schedule({ date: '10/12/2026' }))).toEqual(['meetings.rule.dateRequired']);
  });
});

describe('closing time', () => {
  it('must come after the opening time', () => {
    expect(closingTimeProblem('09:35', '09:00')?.message).toBe(
      'meetings.rule.closingBeforeOpening',
    );
    expect(closingTimeProblem('09:35', '12:10')).toBeNull();
    expect(closingTimeProblem(null, '09:00')).toBeNull();
  });
});

describe('past dates', () => {
  it('are the days before today, not today itself', () => {
    expect(isPastMeetingDate('2020-03-01', '2026-12-05')).toBe(true);
    expect(isPastMeetingDate('2026-12-05', '2026-12-05')).toBe(false);
    expect(isPastMeetingDate('2026-12-10', '2026-12-05')).toBe(false);
  });
});

describe('reasons', () => {
  it('are required and capped', () => {
    expect(reasonProblem('  ')?.message).toBe('meetings.rule.reasonRequired');
    expect(reasonProblem('Mancanza del numero legale')).toBeNull();
    expect(reasonProblem('x'.repeat(2001))?.message).toBe('meetings.rule.reasonTooLong');
  });
});

describe('a meeting’s life', () => {
  it('deletes only a draft never convoked', () => {
    expect(lifecycleProblem({ status: 'bozza' }, 'delete')).toBeNull();
    for (const status of ['convocata', 'svolta', 'verbaleApprovato', 'annullata'] as const) {
      expect(lifecycleProblem({ status }, 'delete')).toBe('meetings.rule.deleteOnlyDraft');
    }
  });

  it('cancels or postpones only a convoked meeting, even one postponed before', () => {
    for (const step of ['cancel', 'postpone'] as const) {
      expect(lifecycleProblem({ status: 'convocata' }, step)).toBeNull();
      expect(lifecycleProblem({ status: 'rinviata' }, step)).toBeNull();
      for (const status of ['bozza', 'svolta', 'verbaleInBozza', 'annullata'] as const) {
        expect(lifecycleProblem({ status }, step)).toBe('meetings.rule.cancelOnlyConvoked');
      }
    }
  });
});
