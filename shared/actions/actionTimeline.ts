import type { Action, ActionUpdate, ChangeSource, Draft } from '../domain';
import { compareIso } from './actionOrdering';

/** The fields of an action whose every change the timeline records. */
export type TrackedFields = Pick<Action, 'status' | 'progress' | 'dueDate'>;

/** The tracked part of a timeline entry: each pair is null when that field did not change. */
export type TimelineChange = Pick<
  ActionUpdate,
  'statusFrom' | 'statusTo' | 'progressFrom' | 'progressTo' | 'dueDateFrom' | 'dueDateTo'
>;

/** Who writes a timeline entry, when, from where, and what they say. */
export type TimelineContext = { author: string; at: string; source: ChangeSource; text?: string };

/** One change a timeline entry records, ready to be shown. */
export type TimelineFieldChange =
  | { field: 'status'; from: Action['status'] | null; to: Action['status'] | null }
  | { field: 'progress'; from: number | null; to: number | null }
  | { field: 'dueDate'; from: string | null; to: string | null };

/**
 * What changed between two versions of an action among status, progress and due date;
 * `before` null for a new action, whose starting values are all recorded.
 */
export function timelineChangeOf(
  before: TrackedFields | null,
  after: TrackedFields,
): TimelineChange | null {
  const statusChanged = before === null || before.status !== after.status;
  const progressChanged = before === null || before.progress !== after.progress;
  const dueChanged = before === null ? after.dueDate !== null : before.dueDate !== after.dueDate;
  if (!statusChanged && !progressChanged && !dueChanged) return null;
  return {
    statusFrom: statusChanged ? (before?.status ?? null) : null,
    statusTo: statusChanged ? after.status : null,
    progressFrom: progressChanged ? (before?.progress ?? null) : null,
    progressTo: progressChanged ? after.progress : null,
    dueDateFrom: dueChanged ? (before?.dueDate ?? null) : null,
    dueDateTo: dueChanged ? after.dueDate : null,
  };
}

const unchanged: TimelineChange = {
  statusFrom: null,
  statusTo: null,
  progressFrom: null,
  progressTo: null,
  dueDateFrom: null,
  dueDateTo: null,
};

/**
 * The timeline entry for an edit of an action: its tracked changes and the author's text;
 * null when neither a tracked field changed nor any text was written.
 */
export function timelineEntryFor(
  actionId: string,
  before: TrackedFields | null,
  after: TrackedFields,
  context: TimelineContext,
): Draft<ActionUpdate> | null {
  const change = timelineChangeOf(before, after);
  const text = context.text?.trim() ?? '';
  if (change === null && text === '') return null;
  return {
    actionId,
    at: context.at,
    author: context.author,
    source: context.source,
    text,
    ...(change ?? unchanged),
  };
}

/** The field changes an entry records, in the order status, progress, due date. */
export function fieldChangesOf(update: TimelineChange): TimelineFieldChange[] {
  const changes: TimelineFieldChange[] = [];
  if (update.statusFrom !== null || update.statusTo !== null) {
    changes.push({ field: 'status', from: update.statusFrom, to: update.statusTo });
  }
  if (update.progressFrom !== null || update.progressTo !== null) {
    changes.push({ field: 'progress', from: update.progressFrom, to: update.progressTo });
  }
  if (update.dueDateFrom !== null || update.dueDateTo !== null) {
    changes.push({ field: 'dueDate', from: update.dueDateFrom, to: update.dueDateTo });
  }
  return changes;
}

/** Timeline entries newest first; entries of the same moment keep the later-created first. */
export function newestFirst<T extends Pick<ActionUpdate, 'at' | 'createdAt'>>(
  updates: readonly T[],
): T[] {
  return [...updates].sort((first, second) =>
    first.at === second.at
      ? compareIso(second.createdAt, first.createdAt)
      : compareIso(second.at, first.at),
  );
}
