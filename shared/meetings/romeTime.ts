import { addMinutes } from 'date-fns';

/** A wall-clock moment in Rome: a calendar day (`yyyy-MM-dd`) and a time of day (`HH:mm`). */
export type RomeWallClock = { date: string; time: string };

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

const pad = (value: number): string => String(value).padStart(2, '0');

/** The UTC instant of 01:00 UTC on the last Sunday of a month: when the EU changes its clocks. */
function lastSundayAtOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * hourMs;
}

/** Rome's offset from UTC in minutes at an instant: +120 in summer time, +60 otherwise. */
export function romeOffsetMinutes(instant: Date): number {
  const year = instant.getUTCFullYear();
  const time = instant.getTime();
  const summer = time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9);
  return summer ? 120 : 60;
}

function parseWallClock({ date, time }: RomeWallClock): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hours, minutes);
}

/**
 * The instant of a Rome wall-clock time. A time skipped by the spring change counts as summer
 * time (02:30 becomes 03:30); a time repeated in autumn is its first occurrence.
 */
export function instantOfRomeTime(wallClock: RomeWallClock): Date {
  const naive = parseWallClock(wallClock);
  const asSummer = new Date(naive - 120 * minuteMs);
  if (romeOffsetMinutes(asSummer) === 120) return asSummer;
  return new Date(naive - 60 * minuteMs);
}

/** The Rome wall-clock time of an instant. */
export function romeTimeOf(instant: Date): RomeWallClock {
  const shifted = new Date(instant.getTime() + romeOffsetMinutes(instant) * minuteMs);
  return {
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
}

/** The Rome wall-clock time some real minutes after another (daylight-saving changes included). */
export function addRomeMinutes(start: RomeWallClock, minutes: number): RomeWallClock {
  return romeTimeOf(addMinutes(instantOfRomeTime(start), minutes));
}
