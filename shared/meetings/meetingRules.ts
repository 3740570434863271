import type { Meeting } from '../domain';
import { isRangeReversed } from '../domain/ranges';
import type { MessageKey } from '../i18n';

/** The longest meeting title: long enough for any real title, short enough for the list. */
export const meetingTitleMaxLength = 200;
/** The longest long text (minutes notes, descriptions), as the schemas allow. */
export const meetingTextMaxLength = 20_000;
/** The longest reason for a cancellation or a postponement. */
export const meetingReasonMaxLength = 2_000;

/** A field of a meeting a rule may object to. */
export type MeetingField =
  | 'title'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'closingTime'
  | 'reason'
  | 'secondCallDate'
  | 'secondCallTime';

/** What is wrong with a value, as a catalog message. */
export type MeetingProblem = {
  field: MeetingField;
  message: MessageKey;
  params?: Record<string, string | number>;
};

/** The fields of a meeting the rules check when it is created or changed. */
export type MeetingSchedule = Pick<Meeting, 'title' | 'date' | 'startTime' | 'endTime'>;

/**
 * The problems of a meeting's title, day and times: a title is required and at most 200
 * characters, a day is `yyyy-MM-dd`, the end comes after the start.
 */
export function meetingScheduleProblems(values: MeetingSchedule): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  const title = values.title.trim();
  if (!title) problems.push({ field: 'title', message: 'meetings.rule.titleRequired' });
  if (title.length > meetingTitleMaxLength) {
    problems.push({
      field: 'title',
      message: 'meetings.rule.titleTooLong',
      params: { max: meetingTitleMaxLength, length: title.length },
    });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    problems.push({ field: 'date', message: 'meetings.rule.dateRequired' });
  }
  if (
    values.startTime &&
    values.endTime &&
    isRangeReversed(values.startTime, values.endTime, false)
  ) {
    problems.push({
      field: 'endTime',
      message: 'meetings.rule.endBeforeStart',
      params: { start: values.startTime, end: values.endTime },
    });
  }
  return problems;
}

/** The problem of a closing time not after the opening time, or null. */
export function closingTimeProblem(
  openingTime: string | null,
  closingTime: string | null,
): MeetingProblem | null {
  if (!openingTime || !closingTime || !isRangeReversed(openingTime, closingTime, false))
    return null;
  return {
    field: 'closingTime',
    message: 'meetings.rule.closingBeforeOpening',
    params: { opening: openingTime, closing: closingTime },
  };
}

/** Whether a meeting day lies before today (both `yyyy-MM-dd`): the user confirms such a day. */
export function isPastMeetingDate(date: string, today: string): boolean {
  return date < today;
}

/** The problem of a missing or too long cancellation or postponement reason, or null. */
export function reasonProblem(reason: string): MeetingProblem | null {
  const trimmed = reason.trim();
  if (!trimmed) return { field: 'reason', message: 'meetings.rule.reasonRequired' };
  if (trimmed.length > meetingReasonMaxLength) {
    return {
      field: 'reason',
      message: 'meetings.rule.reasonTooLong',
      params: { max: meetingReasonMaxLength },
    };
  }
  return null;
}

/** What can happen to a meeting in its life besides being held. */
export type MeetingLifecycleStep = 'delete' | 'cancel' | 'postpone';

/**
 * Why a meeting cannot take a step, or null when it can: only a draft never convoked is deleted;
 * only a convoked (or already postponed) meeting is cancelled or postponed.
 */
export function lifecycleProblem(
  meeting: Pick<Meeting, 'status'>,
  step: MeetingLifecycleStep,
): MessageKey | null {
  if (step === 'delete') return meeting.status === 'bozza' ? null : 'meetings.rule.deleteOnlyDraft';
  const open = meeting.status === 'convocata' || meeting.status === 'rinviata';
  return open ? null : 'meetings.rule.cancelOnlyConvoked';
}
