import type { ActionStatus } from '../domain';

/** Why a progress typed in a form cannot be stored. */
export type ProgressProblem = 'missing' | 'notWhole' | 'outOfRange';

/** The catalog key of each progress problem. */
export const progressProblemKeys = {
  missing: 'actions.progress.missing',
  notWhole: 'actions.progress.notWhole',
  outOfRange: 'actions.progress.outOfRange',
} as const satisfies Record<ProgressProblem, string>;

/**
 * Reads a progress as typed (a number, or the text of the field): a whole number from 0 to 100,
 * or the reason it is not one. Never clamps nor drops digits: 150 is refused, not read as 15.
 */
export function readProgress(
  typed: number | string,
): { progress: number } | { problem: ProgressProblem } {
  const text = typeof typed === 'number' ? String(typed) : typed.trim();
  if (text === '') return { problem: 'missing' };
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return { problem: 'notWhole' };
  if (value < 0 || value > 100) return { problem: 'outOfRange' };
  if (!Number.isInteger(value)) return { problem: 'notWhole' };
  return { progress: value };
}

/** Why a status and a progress do not agree. */
export type StatusProgressProblem = 'completedNotFull' | 'reopenedStillFull';

/**
 * Whether a status and a progress agree: a completed action is at 100%, and an action moved back
 * from completed to another status needs its new progress (below 100%) said.
 */
export function statusProgressProblem(
  previousStatus: ActionStatus | null,
  status: ActionStatus,
  progress: number,
): StatusProgressProblem | null {
  if (status === 'completata') return progress === 100 ? null : 'completedNotFull';
  if (previousStatus === 'completata' && status !== 'annullata' && progress >= 100) {
    return 'reopenedStillFull';
  }
  return null;
}

/**
 * The progress that goes with a new status where it follows from it: 100 for completed; for an
 * action reopened from completed, none (null), so that the person says how far it is.
 */
export function progressForStatus(
  previousStatus: ActionStatus,
  status: ActionStatus,
  progress: number,
): number | null {
  if (status === 'completata') return 100;
  if (previousStatus === 'completata' && status !== 'annullata' && progress >= 100) return null;
  return progress;
}
