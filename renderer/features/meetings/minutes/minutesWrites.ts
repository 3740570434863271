import type { Meeting } from '../../../../shared/domain';
import { wallClockOf } from '../../../../shared/meetings/meetingMoment';
import { approvalProblem, type ApprovalProblem } from '../../../../shared/meetings/minutesApproval';
import type { Repositories } from '../../../db';

type MeetingRepositories = Pick<Repositories, 'meetings'>;

/** Whether the meeting's minutes are approved, and so locked. */
export const isMinutesLocked = (meeting: Meeting): boolean => meeting.status === 'verbaleApprovato';

/** Records that the draft minutes went to the members for remarks: the minutes are in draft. */
export function markDraftSent(
  repositories: MeetingRepositories,
  meeting: Meeting,
  now: Date = new Date(),
): Promise<Meeting> {
  return repositories.meetings.update(meeting.id, {
    minutesDraftSentAt: now.toISOString(),
    ...(meeting.status === 'svolta' ? { status: 'verbaleInBozza' } : {}),
  });
}

/** Raised when a meeting cannot approve the minutes, with the reason in the catalog. */
export class ApprovalRefusedError extends Error {
  constructor(readonly problem: ApprovalProblem) {
    super(`Approval refused: ${problem}`);
    this.name = 'ApprovalRefusedError';
  }
}

/**
 * Approves the minutes at a later meeting already held: from now on they change only by
 * amendment. Refuses a meeting still to be held, an earlier one, or minutes already approved.
 */
export function approveMinutes(
  repositories: MeetingRepositories,
  meeting: Meeting,
  approving: Meeting,
  now: Date = new Date(),
): Promise<Meeting> {
  const problem = approvalProblem(meeting, approving, wallClockOf(now).date);
  if (problem === 'alreadyApproved') {
    return Promise.reject(new Error('Il verbale è già approvato.'));
  }
  if (problem !== null) return Promise.reject(new ApprovalRefusedError(problem));
  return repositories.meetings.update(meeting.id, {
    status: 'verbaleApprovato',
    minutesApprovedInMeetingId: approving.id,
    minutesApprovedAt: now.toISOString(),
  });
}

/** Records a correction to approved minutes; the minutes themselves stay as approved. */
export function addAmendment(
  repositories: MeetingRepositories,
  meeting: Meeting,
  text: string,
  approvedInMeetingId: string | null,
  now: Date = new Date(),
): Promise<Meeting> {
  return repositories.meetings.update(meeting.id, {
    minutesAmendments: [
      ...meeting.minutesAmendments,
      { at: now.toISOString(), text: text.trim(), approvedInMeetingId },
    ],
  });
}

/** The meetings after this one in its network, where its minutes can be approved. */
export function laterMeetings(meeting: Meeting, meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter(
    (other) =>
      other.id !== meeting.id &&
      (other.date > meeting.date || (other.date === meeting.date && other.number > meeting.number)),
  );
}
