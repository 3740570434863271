import type { Meeting } from '../../../../shared/domain';
import { hasSecondCall, secondCallProblems } from '../../../../shared/meetings';
import type { Repositories } from '../../../db';
import { MeetingRuleError } from '../meetingWrites';

/** The convocation's letter details: protocol number and date, and the second call. */
export type LetterDetails = {
  protocolNumber: string;
  protocolDate: string | null;
  secondCallDate: string | null;
  secondCallTime: string | null;
};

/**
 * Saves a convocation's protocol and second call, refusing a second call without its time or not
 * after the first; removing the second call records the meeting as held in first call again.
 */
export async function saveLetterDetails(
  repositories: Pick<Repositories, 'meetings'>,
  meeting: Meeting,
  details: LetterDetails,
): Promise<Meeting> {
  const problems = secondCallProblems(meeting, details);
  if (problems.length > 0) throw new MeetingRuleError(problems);
  return repositories.meetings.update(meeting.id, {
    ...details,
    protocolNumber: details.protocolNumber.trim(),
    secondCall: details.secondCallTime === null ? false : meeting.secondCall,
  });
}

/**
 * Records whether a meeting is held in second call, so its quorum follows the network's
 * second-call rule; only where its convocation set a second call, never once its minutes are
 * approved.
 */
export async function setHeldInSecondCall(
  repositories: Pick<Repositories, 'meetings'>,
  meeting: Meeting,
  held: boolean,
): Promise<Meeting> {
  if (meeting.status === 'verbaleApprovato') {
    throw new MeetingRuleError([{ field: 'secondCallTime', message: 'live.locked' }]);
  }
  if (held && !hasSecondCall(meeting)) {
    throw new MeetingRuleError([
      { field: 'secondCallTime', message: 'meetings.secondCall.notSet' },
    ]);
  }
  return repositories.meetings.update(meeting.id, { secondCall: held });
}
