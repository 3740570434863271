import type { AgendaItem, Meeting } from '../../../../shared/domain';
import { wallClockOf } from '../../../../shared/meetings/meetingMoment';
import { approvalProblem, type ApprovalProblem } from '../../../../shared/meetings/minutesApproval';
import type { RegiaDatabase } from '../../../db';
import type { MeetingWriters } from '../meetingWrites';

/** Whether the meeting's minutes are approved, and so locked. */
export const isMinutesLocked = (meeting: Meeting): boolean => meeting.status === 'verbaleApprovato';

const meetingOf = async (db: RegiaDatabase, meetingId: string): Promise<Meeting> => {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new Error(`Meeting ${meetingId} not found.`);
  return meeting;
};

/** Records that the draft minutes went to the members for remarks: the minutes are in draft. */
export function markDraftSent(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  now: Date = new Date(),
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    return repositories.meetings.update(meetingId, {
      minutesDraftSentAt: now.toISOString(),
      ...(meeting.status === 'svolta' ? { status: 'verbaleInBozza' } : {}),
    });
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
 * amendment. Refuses a meeting still to be held, an earlier one, or minutes already approved,
 * judged on both meetings as stored when the approval is written.
 */
export function approveMinutes(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  approvingMeetingId: string,
  now: Date = new Date(),
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    const approving = await meetingOf(db, approvingMeetingId);
    const problem = approvalProblem(meeting, approving, wallClockOf(now).date);
    if (problem !== null) throw new ApprovalRefusedError(problem);
    return repositories.meetings.update(meetingId, {
      status: 'verbaleApprovato',
      minutesApprovedInMeetingId: approvingMeetingId,
      minutesApprovedAt: now.toISOString(),
    });
  });
}

/** Records a correction to approved minutes after those already recorded; the minutes stay as approved. */
export function addAmendment(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  text: string,
  approvedInMeetingId: string | null,
  now: Date = new Date(),
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], async () => {
    const meeting = await meetingOf(db, meetingId);
    return repositories.meetings.update(meetingId, {
      minutesAmendments: [
        ...meeting.minutesAmendments,
        { at: now.toISOString(), text: text.trim(), approvedInMeetingId },
      ],
    });
  });
}

/** Saves the premise of the minutes (what precedes the items). */
export function saveMinutesPremise(
  { db, repositories }: MeetingWriters,
  meetingId: string,
  minutesPremise: string,
): Promise<Meeting> {
  return db.transaction('rw', [db.meetings, db.auditEntries], () =>
    repositories.meetings.update(meetingId, { minutesPremise }),
  );
}

/**
 * Saves the text of an item's recorded decision as the minutes word it, its vote unchanged;
 * an item whose decision was removed meanwhile is left as it is.
 */
export function saveDecisionText(
  { db, repositories }: MeetingWriters,
  itemId: string,
  text: string,
): Promise<AgendaItem | undefined> {
  return db.transaction('rw', [db.agendaItems, db.meetings, db.auditEntries], async () => {
    const item = await db.agendaItems.get(itemId);
    if (!item?.decision) return item;
    return repositories.agendaItems.update(itemId, { decision: { ...item.decision, text } });
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
