import { addMonths, format } from 'date-fns';
import { dateOfDay } from './calendarDays';

/** Completed actions in one calendar month (`yyyy-MM`). */
export type MonthlyCompletions = { month: string; count: number };

/**
 * How many actions were completed in each of the last `months` months up to today's,
 * oldest first; days outside the window are left out.
 */
export function completionsByMonth(
  completionDays: readonly string[],
  today: string,
  months = 12,
): MonthlyCompletions[] {
  const current = dateOfDay(today);
  const window = Array.from({ length: months }, (_, index) =>
    format(addMonths(current, index - months + 1), 'yyyy-MM'),
  );
  const counts = new Map(window.map((month) => [month, 0]));
  for (const day of completionDays) {
    const month = day.slice(0, 7);
    const count = counts.get(month);
    if (count !== undefined) counts.set(month, count + 1);
  }
  return window.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}
