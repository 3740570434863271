import type { Action, ActionStatus } from '../domain';
import { actionFilterPredicate, type ActionFilter } from './actionFilter';

/**
 * Sorted actions with, for each status, owner, project and origin meeting, the actions that have
 * it, in the same order: a filter then reads only the smallest of the lists its conditions
 * select instead of every action. Built once per change of the actions or of their order.
 */
export type ActionIndex = {
  all: readonly Action[];
  byStatus: ReadonlyMap<ActionStatus, readonly Action[]>;
  byOwner: ReadonlyMap<string, readonly Action[]>;
  byProject: ReadonlyMap<string, readonly Action[]>;
  byMeeting: ReadonlyMap<string, readonly Action[]>;
};

function push<K>(lists: Map<K, Action[]>, key: K, action: Action): void {
  const list = lists.get(key);
  if (list) list.push(action);
  else lists.set(key, [action]);
}

/** Indexes sorted actions; every list keeps their order. */
export function indexActions(sorted: readonly Action[]): ActionIndex {
  const byStatus = new Map<ActionStatus, Action[]>();
  const byOwner = new Map<string, Action[]>();
  const byProject = new Map<string, Action[]>();
  const byMeeting = new Map<string, Action[]>();
  for (const action of sorted) {
    push(byStatus, action.status, action);
    if (action.ownerOrganizationId !== null) push(byOwner, action.ownerOrganizationId, action);
    if (action.projectId !== null) push(byProject, action.projectId, action);
    if (action.originMeetingId !== null) push(byMeeting, action.originMeetingId, action);
  }
  return { all: sorted, byStatus, byOwner, byProject, byMeeting };
}

const none: readonly Action[] = [];

/** The smallest list of the index that holds every action the filter can let through. */
function candidatesOf(index: ActionIndex, filter: ActionFilter): readonly Action[] {
  const lists: (readonly Action[])[] = [index.all];
  if (filter.statuses.length === 1) {
    const [status] = filter.statuses;
    lists.push((status && index.byStatus.get(status)) ?? none);
  }
  if (filter.ownerOrganizationId !== null) {
    lists.push(index.byOwner.get(filter.ownerOrganizationId) ?? none);
  }
  if (filter.projectId !== null) lists.push(index.byProject.get(filter.projectId) ?? none);
  if (filter.originMeetingId !== null) {
    lists.push(index.byMeeting.get(filter.originMeetingId) ?? none);
  }
  return lists.reduce((smallest, list) => (list.length < smallest.length ? list : smallest));
}

/**
 * The indexed actions that pass a filter, in the index's order: the same result as
 * `filterActions` over the sorted actions, read from the narrowest list the filter allows.
 */
export function queryActionIndex(
  index: ActionIndex,
  filter: ActionFilter,
  today: string,
): Action[] {
  return candidatesOf(index, filter).filter(actionFilterPredicate(filter, today));
}
