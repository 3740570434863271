import { isOpenAction, isOverdueAction } from '../actions';
import type { Action } from '../domain';

/** How urgent an action is on an organization's page: overdue, then open, then closed. */
export type ActionUrgency = 'overdue' | 'open' | 'closed';

/** The urgency of an action on the given day (`yyyy-MM-dd`). */
export function actionUrgency(
  action: Pick<Action, 'status' | 'dueDate'>,
  today: string,
): ActionUrgency {
  if (isOverdueAction(action, today)) return 'overdue';
  return isOpenAction(action) ? 'open' : 'closed';
}

const urgencyOrder: ActionUrgency[] = ['overdue', 'open', 'closed'];

/**
 * An organization's actions as its page lists them: overdue first, then the other open ones,
 * then completed and cancelled ones; within each, the nearest due date first (undated last),
 * and closed ones most recent first.
 */
export function orderOrganizationActions<T extends Pick<Action, 'status' | 'dueDate' | 'title'>>(
  actions: readonly T[],
  today: string,
): T[] {
  const rank = (action: T): number => urgencyOrder.indexOf(actionUrgency(action, today));
  return [...actions].sort((first, second) => {
    const byUrgency = rank(first) - rank(second);
    if (byUrgency !== 0) return byUrgency;
    const firstDue = first.dueDate ?? '9999-12-31';
    const secondDue = second.dueDate ?? '9999-12-31';
    const closed = actionUrgency(first, today) === 'closed';
    const byDue = closed ? secondDue.localeCompare(firstDue) : firstDue.localeCompare(secondDue);
    return byDue || first.title.localeCompare(second.title, 'it');
  });
}
