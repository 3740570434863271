import type { Meeting } from '../domain';
import type { MeetingProblem } from './meetingRules';
import { appliedQuorumRule, type PresenceInput } from './presence';
import type { AppliedQuorumRule } from './quorum';

/** A meeting's second call (seconda convocazione) as its convocation states it. */
export type SecondCallFields = Pick<Meeting, 'secondCallDate' | 'secondCallTime'>;

/**
 * The problems of a second call: a day needs its time, and the second call comes after the
 * first (a later day, or the same day after the start time); none when no second call is set.
 */
export function secondCallProblems(
  meeting: Pick<Meeting, 'date' | 'startTime'>,
  second: SecondCallFields,
): MeetingProblem[] {
  if (second.secondCallTime === null) {
    return second.secondCallDate === null
      ? []
      : [{ field: 'secondCallTime', message: 'meetings.secondCall.timeRequired' }];
  }
  const day = second.secondCallDate ?? meeting.date;
  const sameDayTooEarly =
    day === meeting.date &&
    meeting.startTime !== null &&
    second.secondCallTime <= meeting.startTime;
  if (day >= meeting.date && !sameDayTooEarly) return [];
  return [
    {
      field: day < meeting.date ? 'secondCallDate' : 'secondCallTime',
      message: 'meetings.secondCall.notAfterFirst',
      params: { start: meeting.startTime ?? '' },
    },
  ];
}

/** Whether a meeting can be held in second call: its convocation set one. */
export function hasSecondCall(meeting: Pick<Meeting, 'secondCallTime'>): boolean {
  return meeting.secondCallTime !== null;
}

/** The quorum rule the meeting would follow if held in second call. */
export function secondCallQuorumRule(
  meeting: PresenceInput['meeting'],
  network: PresenceInput['network'],
): AppliedQuorumRule {
  return appliedQuorumRule({ ...meeting, secondCall: true }, network);
}
