import {
  addDays,
  eachDayOfInterval,
  endOfMonth,
  endOfWeek,
  format,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import type { Meeting } from '../domain';

/** One day cell of a month calendar. */
export type CalendarDay = {
  /** `yyyy-MM-dd`. */
  date: string;
  inMonth: boolean;
  meetings: Meeting[];
};

/** A calendar month (`yyyy-MM`) and the one before or after it. */
export function shiftMonth(month: string, by: number): string {
  const [year = 2000, monthNumber = 1] = month.split('-').map(Number);
  const shifted = new Date(year, monthNumber - 1 + by, 1);
  return format(shifted, 'yyyy-MM');
}

/**
 * The weeks of a month as the calendar shows them, Monday first, with the days of the nearby
 * months that complete the first and last week; each day lists its meetings by start time.
 */
export function monthWeeks(month: string, meetings: readonly Meeting[]): CalendarDay[][] {
  const [year = 2000, monthNumber = 1] = month.split('-').map(Number);
  const first = startOfMonth(new Date(year, monthNumber - 1, 1));
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn: 1 }),
    end: endOfWeek(endOfMonth(first), { weekStartsOn: 1 }),
  });
  const byDay = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    byDay.set(meeting.date, [...(byDay.get(meeting.date) ?? []), meeting]);
  }
  const weeks: CalendarDay[][] = [];
  days.forEach((day, index) => {
    const date = format(day, 'yyyy-MM-dd');
    const cell: CalendarDay = {
      date,
      inMonth: format(day, 'yyyy-MM') === month,
      meetings: (byDay.get(date) ?? []).toSorted((a, b) =>
        (a.startTime ?? '').localeCompare(b.startTime ?? ''),
      ),
    };
    if (index % 7 === 0) weeks.push([cell]);
    else weeks.at(-1)?.push(cell);
  });
  return weeks;
}

/** The seven weekdays' dates of any week, Monday first, for the calendar's column headings. */
export function weekdayDates(): Date[] {
  const monday = startOfWeek(new Date(2024, 0, 10), { weekStartsOn: 1 });
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

const heldStatuses: ReadonlySet<Meeting['status']> = new Set([
  'svolta',
  'verbaleInBozza',
  'verbaleApprovato',
]);

/** Whether a meeting has taken place: held or closed, or with its minutes approved, whatever its date. */
export function hasTakenPlace(
  meeting: Pick<
    Meeting,
    'status' | 'closingTime' | 'minutesApprovedAt' | 'minutesApprovedInMeetingId'
  >,
): boolean {
  return (
    heldStatuses.has(meeting.status) ||
    meeting.closingTime !== null ||
    meeting.minutesApprovedAt !== null ||
    meeting.minutesApprovedInMeetingId !== null
  );
}

/**
 * The meetings still to hold, from today on, soonest first ("Prossime sedute"), and the rest,
 * latest first ("Sedute svolte"): a meeting that has taken place is past whatever its date, and
 * one not held whose day has gone is past too.
 */
export function splitByToday(
  meetings: readonly Meeting[],
  today: string,
): { upcoming: Meeting[]; past: Meeting[] } {
  const byTime = (a: Meeting, b: Meeting): number =>
    a.date.localeCompare(b.date) || (a.startTime ?? '').localeCompare(b.startTime ?? '');
  const isUpcoming = (meeting: Meeting): boolean =>
    meeting.date >= today && !hasTakenPlace(meeting);
  return {
    upcoming: meetings.filter(isUpcoming).toSorted(byTime),
    past: meetings.filter((meeting) => !isUpcoming(meeting)).toSorted((a, b) => byTime(b, a)),
  };
}
