import { differenceInMinutes } from 'date-fns';
import type { AgendaItem } from '../domain';
import { addRomeMinutes, instantOfRomeTime, type RomeWallClock } from './romeTime';

/** When one agenda item is expected to start and end, in Rome wall-clock time. */
export type AgendaItemTiming = { start: RomeWallClock; end: RomeWallClock };

/** The expected timing of an agenda: each item, the total planned minutes and the expected end. */
export type AgendaTiming = {
  items: AgendaItemTiming[];
  totalMinutes: number;
  /** Null when the meeting has no start time. */
  end: RomeWallClock | null;
};

/**
 * Places the items one after the other from the meeting's start, in real minutes: an agenda
 * that crosses midnight ends the next day, one that crosses a clock change ends an hour apart
 * on the wall clock.
 */
export function agendaTiming(
  date: string,
  startTime: string | null,
  items: readonly Pick<AgendaItem, 'plannedMinutes'>[],
): AgendaTiming {
  const totalMinutes = items.reduce((total, item) => total + item.plannedMinutes, 0);
  if (startTime === null) return { items: [], totalMinutes, end: null };
  const start: RomeWallClock = { date, time: startTime };
  let elapsed = 0;
  const timings = items.map((item) => {
    const timing = {
      start: addRomeMinutes(start, elapsed),
      end: addRomeMinutes(start, elapsed + item.plannedMinutes),
    };
    elapsed += item.plannedMinutes;
    return timing;
  });
  return { items: timings, totalMinutes, end: addRomeMinutes(start, totalMinutes) };
}

/** Real minutes between two Rome wall-clock times (negative when the second comes first). */
export function minutesBetween(first: RomeWallClock, second: RomeWallClock): number {
  return differenceInMinutes(instantOfRomeTime(second), instantOfRomeTime(first));
}

/** Hours and minutes of a duration, e.g. `2 h 05′` style parts for the UI. */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
