import { addDays, differenceInCalendarDays, endOfWeek, format, isValid } from 'date-fns';

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar day written as `yyyy-MM-dd`. */
export function isCalendarDay(text: string): boolean {
  const match = dayPattern.exec(text);
  if (!match) return false;
  const date = dateOfDay(text);
  return isValid(date) && format(date, 'yyyy-MM-dd') === text;
}

/**
 * The day as a local Date at noon. Noon, not midnight: in zones that change the clock at
 * midnight (Chile, formerly Brazil) local midnight does not exist on the day of the change.
 */
export function dateOfDay(day: string): Date {
  const match = dayPattern.exec(day);
  if (!match) return new Date(Number.NaN);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

/** The calendar day (`yyyy-MM-dd`) an instant falls on in the local time zone. */
export function calendarDayOf(instant: Date): string {
  return format(instant, 'yyyy-MM-dd');
}

/** The day `count` days after (or before, when negative) a day. */
export function addCalendarDays(day: string, count: number): string {
  return calendarDayOf(addDays(dateOfDay(day), count));
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(dateOfDay(to), dateOfDay(from));
}

/** The Sunday that ends the (Monday to Sunday) week a day belongs to. */
export function endOfWeekDay(day: string): string {
  return calendarDayOf(endOfWeek(dateOfDay(day), { weekStartsOn: 1 }));
}
