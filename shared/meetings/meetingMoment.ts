import type { Meeting } from '../domain';
import { presenceAt, type Presence, type PresenceInput } from './presence';

/** The parts of a meeting its moments are judged from. */
export type MomentMeeting = Pick<
  Meeting,
  'date' | 'startTime' | 'endTime' | 'openingTime' | 'closingTime'
>;

/** A local calendar day and time of day: `yyyy-MM-dd` and `HH:mm`. */
export type WallClock = { date: string; time: string };

const pad = (value: number): string => String(value).padStart(2, '0');

/** The computer's day and time of day at an instant. */
export function wallClockOf(now: Date): WallClock {
  return {
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
    time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
  };
}

/** The moment the minutes state the quorum at: the opening, or the start time before it opened. */
export function openingMomentOf(meeting: MomentMeeting): string | null {
  return meeting.openingTime ?? meeting.startTime;
}

/** Whether the meeting is being held right now: opened today and not closed yet. */
export function isInProgress(meeting: MomentMeeting, now: Date): boolean {
  return (
    meeting.date === wallClockOf(now).date &&
    meeting.openingTime !== null &&
    meeting.closingTime === null
  );
}

/**
 * The moment the live screen counts at: the clock while the meeting is in progress today (never
 * before its opening), otherwise the opening, the moment the minutes state the quorum at.
 */
export function liveMomentOf(meeting: MomentMeeting, now: Date): string | null {
  const opening = openingMomentOf(meeting);
  if (!isInProgress(meeting, now)) return opening;
  const clock = wallClockOf(now).time;
  return opening !== null && opening > clock ? opening : clock;
}

/**
 * The arrival to record when a body is checked in: the clock when it arrives late at a meeting in
 * progress today; otherwise none, which means from the opening. Never the computer's clock for a
 * meeting on another day.
 */
export function defaultArrivalTime(meeting: MomentMeeting, now: Date): string | null {
  if (!isInProgress(meeting, now)) return null;
  const clock = wallClockOf(now).time;
  const opening = openingMomentOf(meeting);
  return opening !== null && clock > opening ? clock : null;
}

/** The opening time "now" means: the clock on the meeting's day, its start time on another day. */
export function defaultOpeningTime(meeting: MomentMeeting, now: Date): string | null {
  const clock = wallClockOf(now);
  return meeting.date === clock.date ? clock.time : meeting.startTime;
}

/** The closing time "now" means: the clock on the meeting's day, its end time on another day. */
export function defaultClosingTime(meeting: MomentMeeting, now: Date): string | null {
  const clock = wallClockOf(now);
  return meeting.date === clock.date ? clock.time : meeting.endTime;
}

/** Presence as the live screen, the projector and the overview show it now. */
export function livePresence(
  input: PresenceInput & { meeting: MomentMeeting },
  now: Date,
): Presence {
  return presenceAt(input, liveMomentOf(input.meeting, now));
}

/** Presence as the minutes state it: at the opening. */
export function minutesPresence(input: PresenceInput & { meeting: MomentMeeting }): Presence {
  return presenceAt(input, openingMomentOf(input.meeting));
}
