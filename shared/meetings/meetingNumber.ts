import type { Meeting } from '../domain';

/** The number of the next meeting within a year: one more than the highest so far, starting at 1. */
export function nextMeetingNumber(numbersInYear: readonly number[]): number {
  return numbersInYear.reduce((highest, number) => Math.max(highest, number), 0) + 1;
}

/** The year a meeting on a calendar day (`yyyy-MM-dd`) is numbered in. */
export function meetingYearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A meeting's place in its year's numbering. */
export type MeetingNumbering = Pick<Meeting, 'year' | 'number'>;

/**
 * The year and number of a meeting held on `date`: a meeting that keeps its year keeps its
 * number; a new one, or one moved to another year, takes the next free number of that year.
 * Archived meetings keep their numbers, so a number is never given twice.
 */
export function numberingFor(
  meetingsOfNetwork: readonly Pick<Meeting, 'id' | 'year' | 'number'>[],
  date: string,
  meeting?: Pick<Meeting, 'id' | 'year' | 'number'>,
): MeetingNumbering {
  const year = meetingYearOf(date);
  if (meeting && meeting.year === year) return { year, number: meeting.number };
  const numbers = meetingsOfNetwork
    .filter((other) => other.year === year && other.id !== meeting?.id)
    .map((other) => other.number);
  return { year, number: nextMeetingNumber(numbers) };
}
