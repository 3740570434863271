import type { Action, ActionUpdate } from '../domain';
import { compareIso } from './actionOrdering';

/** The part of a timeline entry that says what it changed and when. */
export type RecordedChange = Pick<
  ActionUpdate,
  | 'actionId'
  | 'at'
  | 'createdAt'
  | 'statusFrom'
  | 'statusTo'
  | 'progressFrom'
  | 'progressTo'
  | 'dueDateFrom'
  | 'dueDateTo'
>;

// The entry written when an action is created records its starting values with nothing before:
// it has a new status and no old one, which no later entry has.
const isCreation = (change: RecordedChange): boolean =>
  change.statusFrom === null && change.statusTo !== null;

/** What else tells whether an action existed at a moment. */
export type HistoryContext = {
  /** Meetings held after the moment: an action decided at one of them did not exist yet. */
  laterMeetingIds?: ReadonlySet<string>;
};

/**
 * An action as it stood at a moment (an ISO timestamp): status, progress and due date rewound
 * through the timeline entries recorded after it, archived only if it was by then. Null when it
 * did not exist yet: its timeline records its creation after the moment, or it was decided at a
 * later meeting. An action whose creation the timeline does not record (demo data, old imports)
 * is taken to have existed, whatever its `createdAt` (the day it came into this database).
 */
export function actionAsOf(
  action: Action,
  changes: readonly RecordedChange[],
  moment: string,
  context: HistoryContext = {},
): Action | null {
  if (action.originMeetingId !== null && context.laterMeetingIds?.has(action.originMeetingId)) {
    return null;
  }
  const later = changes
    .filter((change) => change.actionId === action.id && compareIso(change.at, moment) > 0)
    .sort(
      (first, second) =>
        compareIso(second.at, first.at) || compareIso(second.createdAt, first.createdAt),
    );
  if (later.some(isCreation)) return null;
  const then: Action = {
    ...action,
    archivedAt:
      action.archivedAt !== null && compareIso(action.archivedAt, moment) <= 0
        ? action.archivedAt
        : null,
  };
  for (const change of later) {
    if (change.statusFrom !== null) then.status = change.statusFrom;
    if (change.progressFrom !== null) then.progress = change.progressFrom;
    if (change.dueDateFrom !== null || change.dueDateTo !== null) then.dueDate = change.dueDateFrom;
  }
  return then;
}

/** Every action as it stood at a moment, leaving out those that did not exist yet. */
export function actionsAsOf(
  actions: readonly Action[],
  changes: readonly RecordedChange[],
  moment: string,
  context: HistoryContext = {},
): Action[] {
  const byAction = new Map<string, RecordedChange[]>();
  for (const change of changes) {
    if (compareIso(change.at, moment) <= 0) continue;
    const list = byAction.get(change.actionId);
    if (list) list.push(change);
    else byAction.set(change.actionId, [change]);
  }
  return actions.flatMap((action) => {
    const then = actionAsOf(action, byAction.get(action.id) ?? [], moment, context);
    return then ? [then] : [];
  });
}
