import {
  isPastMeetingDate,
  meetingScheduleProblems,
  type MeetingProblem,
  type MeetingSchedule,
} from '../../../shared/meetings';
import type { Translate } from '../../app/RegiaContext';
import { MeetingRuleError } from './meetingWrites';

/** The form errors of rule problems, one message per field. */
export function errorsOf(
  t: Translate,
  problems: readonly MeetingProblem[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) errors[problem.field] ??= t(problem.message, problem.params);
  return errors;
}

/**
 * The errors of a meeting form's title, day and times; a day in the past (when it changed) is an
 * error until the user ticks its confirmation.
 */
export function scheduleErrors(
  t: Translate,
  values: MeetingSchedule & { pastDateConfirmed: boolean },
  today: string,
  dateChanged = true,
): Record<string, string> {
  const past =
    dateChanged && !values.pastDateConfirmed && isPastMeetingDate(values.date, today)
      ? [{ field: 'date', message: 'meetings.rule.pastDate' } satisfies MeetingProblem]
      : [];
  return errorsOf(t, [...meetingScheduleProblems(values), ...past]);
}

/** The form errors of a command's refusal, or null when the failure is of another kind. */
export function refusalErrors(t: Translate, error: unknown): Record<string, string> | null {
  return error instanceof MeetingRuleError ? errorsOf(t, error.problems) : null;
}

/**
 * Runs a form's command: a refusal by the meeting rules shows on the form's fields and keeps it
 * open (`false`); any other failure is thrown for the form to report.
 */
export async function submitOrShowRefusal(
  t: Translate,
  setErrors: (errors: Record<string, string>) => void,
  task: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await task();
    return true;
  } catch (error) {
    const errors = refusalErrors(t, error);
    if (!errors) throw error;
    setErrors(errors);
    return false;
  }
}

/** A command's refusal as one message for a notification, or null when the failure is of another kind. */
export function refusalMessage(t: Translate, error: unknown): string | null {
  return error instanceof MeetingRuleError
    ? error.problems.map((problem) => t(problem.message, problem.params)).join(' ')
    : null;
}
