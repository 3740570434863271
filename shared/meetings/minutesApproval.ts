import type { Meeting } from '../domain';

/** Why a meeting cannot approve another's minutes. */
export type ApprovalProblem =
  'alreadyApproved' | 'minutesNotHeld' | 'sameMeeting' | 'otherNetwork' | 'notLater' | 'notHeldYet';

type ApprovalMeeting = Pick<
  Meeting,
  'id' | 'networkId' | 'date' | 'number' | 'status' | 'openingTime'
>;

const heldStatuses: ReadonlySet<Meeting['status']> = new Set([
  'svolta',
  'verbaleInBozza',
  'verbaleApprovato',
]);

/**
 * Whether a meeting has been held by `today` (`yyyy-MM-dd`): closed (held or with minutes) on a
 * day not after today, or opened today, since minutes are usually approved at the next meeting's
 * first item, while it is in progress.
 */
export function isHeldBy(meeting: ApprovalMeeting, today: string): boolean {
  if (meeting.date > today) return false;
  if (heldStatuses.has(meeting.status)) return true;
  return meeting.date === today && meeting.status === 'convocata' && meeting.openingTime !== null;
}

/** Whether `other` comes after `meeting`: a later day, or the same day with a higher number. */
export function isLaterMeeting(meeting: ApprovalMeeting, other: ApprovalMeeting): boolean {
  return (
    other.date > meeting.date || (other.date === meeting.date && other.number > meeting.number)
  );
}

/**
 * What forbids approving `meeting`'s minutes in `approving`, or null: the minutes must be of a
 * held meeting and not approved yet; the approving meeting must be another of the same network,
 * later, and already held.
 */
export function approvalProblem(
  meeting: ApprovalMeeting,
  approving: ApprovalMeeting,
  today: string,
): ApprovalProblem | null {
  if (meeting.status === 'verbaleApprovato') return 'alreadyApproved';
  if (meeting.status !== 'svolta' && meeting.status !== 'verbaleInBozza') return 'minutesNotHeld';
  if (approving.id === meeting.id) return 'sameMeeting';
  if (approving.networkId !== meeting.networkId) return 'otherNetwork';
  if (!isLaterMeeting(meeting, approving)) return 'notLater';
  if (!isHeldBy(approving, today)) return 'notHeldYet';
  return null;
}

/** The meetings of the network where these minutes can be approved today, oldest first. */
export function approvingMeetings<T extends ApprovalMeeting>(
  meeting: ApprovalMeeting,
  meetings: readonly T[],
  today: string,
): T[] {
  return meetings
    .filter((other) => approvalProblem({ ...meeting, status: 'svolta' }, other, today) === null)
    .sort((first, second) => first.date.localeCompare(second.date) || first.number - second.number);
}
