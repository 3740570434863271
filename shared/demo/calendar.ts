import {
  addDays,
  differenceInCalendarDays,
  endOfWeek,
  format,
  isWeekend,
  set,
  startOfDay,
} from 'date-fns';

/** Days and times of the demo, counted from the day the demo is built. */
export type DemoCalendar = {
  /** Local midnight of the day `now` falls on. */
  today: Date;
  /** `today` as `yyyy-MM-dd`. */
  todayIso: string;
  /** The programme year: the year `now` falls in. */
  programmeYear: number;
  /** The day `offset` days from today, as `yyyy-MM-dd`. */
  day: (offset: number) => string;
  /** A working day near `offset`: weekends move away from today, so a past day stays past. */
  workingDay: (offset: number) => string;
  /** A day later this week: `daysAhead` from today, but no later than Sunday. */
  laterThisWeek: (daysAhead: number) => string;
  /** A moment `offset` days from today at `time` (`HH:mm`), as an ISO date-time. */
  moment: (offset: number, time: string) => string;
  /** A day of the programme year, as `yyyy-MM-dd`. */
  ofProgrammeYear: (month: number, dayOfMonth: number, yearShift?: number) => string;
};

const isoDay = (date: Date): string => format(date, 'yyyy-MM-dd');

function parseTime(time: string): { hours: number; minutes: number } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Demo data: "${time}" is not a HH:mm time.`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** Builds the demo calendar around `now`, with pure date arithmetic in local time. */
export function createDemoCalendar(now: Date): DemoCalendar {
  const today = startOfDay(now);
  const programmeYear = today.getFullYear();
  return {
    today,
    todayIso: isoDay(today),
    programmeYear,
    day: (offset) => isoDay(addDays(today, offset)),
    workingDay: (offset) => {
      const step = offset < 0 ? -1 : 1;
      let date = addDays(today, offset);
      while (isWeekend(date)) date = addDays(date, step);
      return isoDay(date);
    },
    laterThisWeek: (daysAhead) => {
      const sunday = endOfWeek(today, { weekStartsOn: 1 });
      const wanted = addDays(today, daysAhead);
      return isoDay(differenceInCalendarDays(wanted, sunday) > 0 ? startOfDay(sunday) : wanted);
    },
    moment: (offset, time) => set(addDays(today, offset), parseTime(time)).toISOString(),
    ofProgrammeYear: (month, dayOfMonth, yearShift = 0) =>
      isoDay(new Date(programmeYear + yearShift, month - 1, dayOfMonth)),
  };
}

/** Adds minutes to a `HH:mm` time, staying within the same day. */
export function addMinutesToTime(time: string, minutes: number): string {
  const { hours, minutes: start } = parseTime(time);
  const total = Math.min(hours * 60 + start + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
