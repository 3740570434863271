import type { Action, ActionStatus } from '../domain';

const openStatuses: readonly ActionStatus[] = ['daAvviare', 'inCorso', 'bloccata'];

/** Whether an action still asks for work: not completed and not cancelled. */
export function isOpenAction(action: Pick<Action, 'status'>): boolean {
  return openStatuses.includes(action.status);
}

/** Whether an open action's due day (`yyyy-MM-dd`) is before today (`yyyy-MM-dd`, the user's calendar). */
export function isOverdueAction(
  action: Pick<Action, 'status' | 'dueDate'>,
  today: string,
): boolean {
  return isOpenAction(action) && action.dueDate !== null && action.dueDate < today;
}
